import { describe, expect, test } from 'vitest';
import { surveyItems } from '../../../../shared/checker/checks/text/survey-items';
import { contextFor } from '../../../../shared/checker/engine/analysis';
import {
  analyseDocument,
  extractFromText,
  normalizeCheckOptions,
} from '../../../../shared/checker/index';
import { runTextRule, textRule } from './run-rule';

function itemsOf(text: string) {
  const model = extractFromText(text);
  const analysis = analyseDocument(model, normalizeCheckOptions({}));
  const survey = surveyItems(contextFor(analysis, textRule('invites-contributions')));
  const items = model.blocks.flatMap((b) =>
    analysis
      .sentences(b)
      .filter((s) => survey.isItem(b.ref, s))
      .map((s) => s.text),
  );
  return { isSurvey: survey.isSurvey, items };
}

describe('survey items stand apart from prose', () => {
  test('a letter written in the first person is not a survey', () => {
    const letter = [
      'Dear families, I have loved my four years as PTO president, and I am proud of what we built together. I have also kept the website and the newsletter going. I can train whoever steps up next, and I will stay on to help through the fall.',
      'If you would like to help, please contact me at the front office. I would be delighted to talk with you about any of the open roles.',
    ].join('\n\n');
    const { isSurvey, items } = itemsOf(letter);
    expect(isSurvey).toBe(false);
    expect(items).toEqual([]);
    // So the letter's invitation is read, not skipped as a survey item.
    expect(runTextRule('invites-contributions', letter).hits.length).toBeGreaterThan(0);
  });

  test('a mention of a survey in a letter does not turn its sentences into items', () => {
    const letter =
      'Thank you for a great fall. I know how busy families are, and I am grateful for every hour you give. Please fill out the short survey in the folder so we can plan the spring events.';
    expect(itemsOf(letter).isSurvey).toBe(false);
  });

  test('items numbered by section letter ("B5:") are items', () => {
    const survey = [
      'Annual Parent Survey. Please mark one answer for each statement: strongly agree, agree, disagree, strongly disagree.',
      'B1: I feel welcome when I visit my child’s classroom.',
      'B2: I have been given a copy of the program’s policies.',
      'B3: Staff members communicate with me about my child’s day.',
    ].join('\n\n');
    const { isSurvey, items } = itemsOf(survey);
    expect(isSurvey).toBe(true);
    expect(items).toEqual([
      'B1: I feel welcome when I visit my child’s classroom.',
      'B2: I have been given a copy of the program’s policies.',
      'B3: Staff members communicate with me about my child’s day.',
    ]);
    // A room or bus number at the start of a sentence in a letter does not make items.
    const letter =
      'Dear families, the book fair is in the library this week.\n\nRoom B5: the art club meets on Tuesday after school. Bus 12: the route changes on Monday.';
    expect(itemsOf(letter).isSurvey).toBe(false);
  });

  test('list items of a rating survey are items even when they name the school', () => {
    const survey = [
      'Family survey. Please mark one answer for each statement: strongly agree, agree, disagree, strongly disagree.',
      '- Maple Grove keeps my child safe during the school day.',
      '- Maple Grove shares information about events in good time.',
      '- My child’s teacher helps me understand my child’s progress.',
    ].join('\n');
    const { isSurvey, items } = itemsOf(survey);
    expect(isSurvey).toBe(true);
    expect(items).toEqual([
      'Maple Grove keeps my child safe during the school day.',
      'Maple Grove shares information about events in good time.',
      'My child’s teacher helps me understand my child’s progress.',
    ]);
  });

  test.each([
    [
      'en',
      'Family program survey',
      '* 1. Safety - I feel my child is safe in the building.',
      '* 2. Communication - The staff keep me informed about my child’s day.',
      '* 3. Communication - I can reach a teacher when I need to.',
    ],
    [
      'es',
      'Encuesta para familias',
      '* 1. Seguridad - Siento que mi hijo está seguro en la escuela.',
      '* 2. Comunicación - El personal me mantiene informado sobre el día de mi hijo.',
      '* 3. Comunicación - Puedo hablar con la maestra cuando lo necesito.',
    ],
  ])('items after a section label set off by a dash are items (%s)', (_language, ...lines) => {
    const survey = lines.join('\n\n');
    const { isSurvey, items } = itemsOf(survey);
    expect(isSurvey).toBe(true);
    expect(items).toContain((lines[2] as string).slice(5));
    expect(runTextRule('rates-communication', survey).hits.length).toBeGreaterThan(0);
  });

  test('every sentence of an item’s line belongs to the item', () => {
    const survey = [
      'End of year survey. Please answer each question.',
      '1. How satisfied are you with our family events? (Open House, Science Fair, Spring Concert)',
      '2. How satisfied are you with school communication?',
      '3. How often do you read the newsletter?',
    ].join('\n\n');
    const { items } = itemsOf(survey);
    expect(items).toContain('(Open House, Science Fair, Spring Concert)');
    expect(runTextRule('parent-teacher-conversations', survey).hits).toEqual([]);
  });

  test('a question in a survey asks; it is not an item to rate', () => {
    const survey = [
      'Parent survey on school communication. Please answer these questions by Friday.',
      '- How often do you read the weekly newsletter?',
      '- Are our messages easy to understand?',
      '- In what language do you prefer to receive messages?',
    ].join('\n');
    const hits = runTextRule('asks-communication-preferences', survey).hits.map((h) => h.quote);
    expect(hits).toEqual(['In what language do you prefer to receive messages?']);
  });

  test('a rating survey whose items name families or home-school communication is a survey (round 5)', () => {
    const survey = [
      'Please use the scale of 1 to 4 to rate our school, 4 being very strong and 1 being very weak.',
      '* 1. Families are welcomed at school events.',
      '* 2. Communication between home and school is clear and frequent.',
      '* 3. Tips for reading at home are shared with families.',
    ].join('\n\n');
    const { isSurvey, items } = itemsOf(survey);
    expect(isSurvey).toBe(true);
    expect(items).toHaveLength(3);
    // Items rate practices; the home-learning rule does not read item 3 as guidance.
    expect(runTextRule('learning-at-home', survey).hits).toEqual([]);
    expect(runTextRule('gathers-family-input', survey).hits.length).toBeGreaterThan(0);
  });

  test('past-tense items and items about knowing whom to ask rate communication (round 5)', () => {
    const survey = [
      'Please mark one answer for each statement: strongly agree, agree, disagree, strongly disagree.',
      '1. I felt welcome at the fall open house.',
      '2. I knew who to contact when my child was absent.',
      '3. Sé a quién acudir cuando tengo una duda.',
    ].join('\n\n');
    const { isSurvey, items } = itemsOf(survey);
    expect(isSurvey).toBe(true);
    expect(items).toHaveLength(3);
    expect(runTextRule('rates-communication', survey).hits.map((h) => h.quote)).toEqual([
      'I knew who to contact when my child was absent.',
      'Sé a quién acudir cuando tengo una duda.',
    ]);
  });

  test('a list of learning targets ("I can ...") is not a survey', () => {
    const newsletter = [
      'Math this week: money.',
      '- I can name a penny.',
      '- I can name a nickel.',
      '- I can count coins to 20 cents.',
      'Please read with your child every night for 20 minutes.',
    ].join('\n');
    expect(itemsOf(newsletter).isSurvey).toBe(false);
  });
});
