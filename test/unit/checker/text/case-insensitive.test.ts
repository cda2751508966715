import { describe, expect, test } from 'vitest';
import {
  caseInsensitivePatterns,
  matchesAnyBlock,
} from '../../../../shared/checker/checks/text/case-insensitive';
import { surveyWording } from '../../../../shared/checker/data';
import { builtInRules, extractFromText } from '../../../../shared/checker/index';
import { corpusModels } from './corpus';

/**
 * A gated case-insensitive test must answer exactly as testing every block's text with the `iu`
 * regex does: compared here on every fixture and evaluation text, for the survey wording and each
 * rule's `unless` patterns, and on letters where lower-casing and case folding disagree.
 */

const models = corpusModels();

const wording = surveyWording();
const lists: [string, string[]][] = [
  ['rating-scale wording', Object.values(wording.scaleWording).flat()],
  ['first-person wording', Object.values(wording.firstPerson).flat()],
  ...builtInRules().flatMap(({ rule }) =>
    Object.entries(rule.unless ?? {}).map(
      ([language, list]) => [`${rule.id} unless (${language})`, list] as [string, string[]],
    ),
  ),
];

describe('a gated case-insensitive test answers as testing every block', () => {
  test('the survey wording is gated', () => {
    expect(caseInsensitivePatterns(wording.scaleWording.en ?? []).gated).not.toBeNull();
  });

  let matched = 0;
  test.each(lists)('%s', (_, sources) => {
    const patterns = caseInsensitivePatterns(sources);
    for (const model of models) {
      const expected = model.blocks.some((block) => patterns.regex.test(block.text));
      expect(matchesAnyBlock(model, patterns)).toBe(expected);
      if (expected) matched++;
    }
  });

  test('the corpus holds matches for the comparison to mean something', () => {
    expect(matched).toBeGreaterThan(100);
  });

  test.each([
    ['a long s, which folds to "s"', 'Pleaſe take the ſurvey.', true],
    ['capitals', 'PLEASE TAKE THE SURVEY.', true],
    ['a Kelvin sign, which lower-cases to "k"', 'Please \u212Aeep the survey.', true],
    ['final sigma beside the words', 'ΣΟΦΟΣ survey', true],
    ['no survey wording', 'Please take a look at the calendar.', false],
  ])('%s', (_, text, expected) => {
    const patterns = caseInsensitivePatterns(['\\bsurvey\\b', '\\bkeep\\b']);
    const model = extractFromText(text);
    expect(model.blocks.some((b) => patterns.regex.test(b.text))).toBe(expected);
    expect(matchesAnyBlock(model, patterns)).toBe(expected);
  });

  test('a literal whose lower case is not its case folding is not gated', () => {
    expect(caseInsensitivePatterns(['\\bstraße\\b']).gated).toBeNull();
    const model = extractFromText('Die STRASSE ist zu.');
    const patterns = caseInsensitivePatterns(['\\bstraße\\b']);
    expect(matchesAnyBlock(model, patterns)).toBe(
      model.blocks.some((b) => patterns.regex.test(b.text)),
    );
  });
});
