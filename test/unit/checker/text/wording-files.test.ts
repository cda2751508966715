import { describe, expect, test } from 'vitest';
import { withWording } from '../../../../shared/checker/rules/merge-wording';
import { textRuleData, wordingFiles } from '../../../../shared/checker/rules/text-rules';

/** Two rules as their own files hold them, trimmed to what the merge reads. */
const RULES = [
  {
    id: 'crisis-communication',
    check: 'patterns',
    patterns: { en: ['\\bschool (?:is )?closed\\b'] },
    unless: { en: ['\\bholiday\\b'] },
    source: 'Indicator 2.1.6.',
  },
  { id: 'gives-contact-details', check: 'contact-details', source: 'Indicator 2.1.5.' },
];

const file = (rules: unknown, language = 'vi') => ({
  name: `text/wording/${language}.json`,
  data: { language, source: 'Vietnamese patterns: our own wording.', rules },
});

describe('wording files for the other district languages', () => {
  test('add patterns and unless patterns for their language, and name their source', () => {
    const [merged] = withWording(RULES, [
      file({ 'crisis-communication': { patterns: ['đóng cửa'], unless: ['nghỉ lễ'] } }),
    ]) as (typeof RULES)[0][];
    expect(merged?.patterns).toEqual({ en: ['\\bschool (?:is )?closed\\b'], vi: ['đóng cửa'] });
    expect(merged?.unless).toEqual({ en: ['\\bholiday\\b'], vi: ['nghỉ lễ'] });
    expect(merged?.source).toBe('Indicator 2.1.6. Vietnamese patterns: our own wording.');
    // The rule data given is not changed.
    expect(RULES[0]?.patterns).toEqual({ en: ['\\bschool (?:is )?closed\\b'] });
  });

  test.each([
    [
      'a rule that does not exist',
      file({ 'crisis-comunication': { patterns: ['đóng cửa'] } }),
      'text/wording/vi.json: rules.crisis-comunication: no text rule has this id',
    ],
    [
      'a rule that does not match patterns',
      file({ 'gives-contact-details': { patterns: ['liên hệ'] } }),
      'text/wording/vi.json: rules.gives-contact-details: the rule runs the "contact-details" check, not patterns',
    ],
    [
      'a language the rule already has',
      file({ 'crisis-communication': { patterns: ['\\bclosed\\b'] } }, 'en'),
      'text/wording/en.json: rules.crisis-communication: the rule\'s own file already has "en" patterns',
    ],
    [
      'a pattern that is not a regular expression',
      file({ 'crisis-communication': { patterns: ['đóng (cửa'] } }),
      'text/wording/vi.json: rules.crisis-communication.patterns.0: expected a valid regular expression',
    ],
    [
      'no patterns',
      file({ 'crisis-communication': { patterns: [] } }),
      'text/wording/vi.json: rules.crisis-communication.patterns:',
    ],
    [
      'a language that is not a code',
      file({}, 'Vietnamese'),
      'text/wording/Vietnamese.json: language: expected an ISO 639-1 code such as "vi"',
    ],
  ])('refuse %s, naming the file and the field', (_, wording, message) => {
    expect(() => withWording(RULES, [wording])).toThrow(message);
  });

  test('the built-in files each name their language and add to pattern rules only', () => {
    expect(wordingFiles.map((f) => (f.data as { language: string }).language)).toEqual([
      'pt',
      'vi',
      'ht',
      'tl',
      'so',
      'ru',
      'ar',
      'zh',
      'ko',
    ]);
    for (const { data } of wordingFiles) {
      const { language, rules } = data as { language: string; rules: Record<string, unknown> };
      expect(Object.keys(rules).length).toBeGreaterThanOrEqual(10);
      for (const id of Object.keys(rules)) {
        const rule = textRuleData.find((r) => (r as { id: string }).id === id) as {
          patterns: Record<string, string[]>;
        };
        expect(rule.patterns[language]?.length).toBeGreaterThan(0);
      }
    }
  });
});
