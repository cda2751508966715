import { describe, expect, it, test } from 'vitest';
import {
  checkDocument,
  extractFromText,
  loadRules,
  RuleDataError,
  runRule,
} from '../../../../shared/checker/node';

const pantryTag = {
  id: 'food-pantry',
  kind: 'tag',
  category: 'indicator',
  severity: 'info',
  indicators: ['6.2.2'],
  check: 'patterns',
  minimumPassages: 2,
  patterns: { en: ['\\bfood pantry\\b'] },
  message: 'Points families to a food pantry.',
  note: 'A test rule.',
  source: 'The toolkit’s own wording.',
};

const rules = () => loadRules([{ name: 'test', rules: [pantryTag] }]);
const tagsOf = (text: string) =>
  checkDocument(extractFromText(text), { rules: rules() }).tags.map((t) => t.quote);

describe('minimumPassages', () => {
  it('drops a tag whose rule found one passage in the document', () => {
    expect(tagsOf('Our food pantry is open on Fridays after school.')).toEqual([]);
  });

  it('keeps every passage once the rule found enough of them', () => {
    const quotes = tagsOf(
      'Our food pantry is open on Fridays after school.\n\nDonations for the food pantry can be left at the front office.',
    );
    expect(quotes).toHaveLength(2);
    expect(quotes.every((q) => /food pantry/i.test(q))).toBe(true);
  });

  it('counts sentences, not matches: one sentence naming the practice twice is one passage', () => {
    expect(
      tagsOf('The food pantry is next to the gym, and the food pantry opens Fridays.'),
    ).toEqual([]);
    expect(
      tagsOf(
        'The food pantry is next to the gym, and the food pantry opens Fridays. The food pantry needs cans.',
      ),
    ).toHaveLength(2);
  });

  it('leaves a rule’s own hits alone: the threshold is the report’s, so rule fixtures still see each passage', () => {
    expect(runRule(pantryTag, ['Our food pantry is open on Fridays.'])).toHaveLength(1);
  });

  it('is refused on a finding, and below two', () => {
    const finding = {
      ...pantryTag,
      id: 'pantry-finding',
      kind: 'finding',
      category: 'plain-language',
      severity: 'minor',
    };
    expect(() => loadRules([{ name: 'test', rules: [finding] }])).toThrow(RuleDataError);
    expect(() => loadRules([{ name: 'test', rules: [finding] }])).toThrow(
      /\$\.minimumPassages: only a tag/,
    );
    expect(() =>
      loadRules([{ name: 'test', rules: [{ ...pantryTag, minimumPassages: 1 }] }]),
    ).toThrow(/pantry.*\$\.minimumPassages/s);
  });
});

describe('built-in rules that need two passages', () => {
  test.each([
    ['3.2.4', 'Extra chess sets are needed for the Chess Club.'],
    [
      '6.2.2',
      'The responses reflected our community, including families eligible for free school meals.',
    ],
    ['4.1.4', 'Below are resources for schools and families.'],
  ])('%s: one passing mention is not tagged: %s', (indicator, sentence) => {
    const report = checkDocument(
      extractFromText(
        `Dear families,\n\n${sentence}\n\nThank you for a wonderful first week of school. Picture day is on Tuesday.`,
      ),
    );
    expect(report.tags.map((t) => t.indicatorId)).not.toContain(indicator);
  });

  test.each([
    [
      '3.2.4',
      'Registration for after-school clubs opens Monday: chess, robotics and choir.',
      'The summer reading program at the public library starts in June; sign up at the front desk.',
    ],
    [
      '6.2.2',
      'Families can pick up free groceries at our food pantry every Friday.',
      'If your family needs help with rent or utilities, our family resource center can connect you with local agencies.',
    ],
  ])('%s: two passages are tagged', (indicator, first, second) => {
    const report = checkDocument(
      extractFromText(`Dear families,\n\n${first}\n\n${second}\n\nThank you.`),
    );
    expect(report.tags.filter((t) => t.indicatorId === indicator).length).toBeGreaterThanOrEqual(2);
  });
});
