import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  formatJargon,
  type OptionsForm,
  parseJargon,
  settingsFromStorage,
  validateOptions,
} from '../../../extension/common/settings';

const form = (over: Partial<OptionsForm> = {}): OptionsForm => ({
  languages: ['en', 'es'],
  targetGrade: '8',
  jargonText: '',
  defaultFramework: 'pta-2022',
  hasCustomFramework: false,
  ...over,
});

describe('options validation', () => {
  test('a valid form becomes settings', () => {
    expect(
      validateOptions(form({ jargonText: 'MAP test = a reading test\nSST: Student Support Team' })),
    ).toEqual({
      ok: true,
      settings: {
        languages: ['en', 'es'],
        targetGrade: 8,
        jargon: [
          { term: 'MAP test', explanation: 'a reading test' },
          { term: 'SST', explanation: 'Student Support Team' },
        ],
        defaultFramework: 'pta-2022',
      },
    });
  });

  test.each([
    ['0', 'optionsGradeRange'],
    ['17', 'optionsGradeRange'],
    ['8.5', 'optionsGradeRange'],
    ['', 'optionsGradeRange'],
    ['eight', 'optionsGradeRange'],
  ])('grade %j is refused', (grade, key) => {
    const result = validateOptions(form({ targetGrade: grade }));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        { field: 'targetGrade', messageKey: key, substitutions: ['1', '16'] },
      ]);
  });

  test('at least one language; unknown codes are dropped', () => {
    const none = validateOptions(form({ languages: [] }));
    expect(none.ok || none.problems[0]).toEqual({
      field: 'languages',
      messageKey: 'optionsLanguagesNone',
    });
    const unknown = validateOptions(form({ languages: ['xx', 'vi', 'vi'] }));
    expect(unknown.ok && unknown.settings.languages).toEqual(['vi']);
  });

  test('the custom framework can be the default only when one is saved', () => {
    expect(validateOptions(form({ defaultFramework: 'custom' })).ok).toBe(false);
    expect(validateOptions(form({ defaultFramework: 'custom', hasCustomFramework: true })).ok).toBe(
      true,
    );
    expect(validateOptions(form({ defaultFramework: 'kb-r' })).ok).toBe(true);
  });

  test('every problem names its field, and jargon problems name the line', () => {
    const result = validateOptions(
      form({
        languages: [],
        targetGrade: '30',
        jargonText: 'ok = fine\nno separator here\n\nIEP = x\niep = again',
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.field, p.messageKey, p.substitutions?.[0]])).toEqual([
      ['languages', 'optionsLanguagesNone', undefined],
      ['targetGrade', 'optionsGradeRange', '1'],
      ['jargon', 'optionsJargonLineFormat', '2'],
      ['jargon', 'optionsJargonDuplicate', '5'],
    ]);
  });
});

describe('jargon lines', () => {
  test.each([
    ['MAP = Measures of Academic Progress', 'MAP', 'Measures of Academic Progress'],
    ['MAP=Measures of Academic Progress', 'MAP', 'Measures of Academic Progress'],
    ['MAP\tMeasures of Academic Progress', 'MAP', 'Measures of Academic Progress'],
    ['Title I: federal money for schools', 'Title I', 'federal money for schools'],
    ['  PBIS   =  a behaviour programme ', 'PBIS', 'a behaviour programme'],
  ])('%j', (line, term, explanation) => {
    expect(parseJargon(line)).toEqual({ terms: [{ term, explanation }], problems: [] });
  });

  test('comments and blank lines are skipped; formatting round-trips', () => {
    const { terms } = parseJargon('# our terms\n\nSST = Student Support Team\n');
    expect(terms).toHaveLength(1);
    expect(parseJargon(formatJargon(terms)).terms).toEqual(terms);
  });

  test('too long and too many are refused', () => {
    expect(parseJargon(`${'x'.repeat(81)} = y`).problems[0]?.messageKey).toBe(
      'optionsJargonLineTooLong',
    );
    const many = Array.from({ length: 301 }, (_, i) => `T${i} = e`).join('\n');
    expect(parseJargon(many).problems.map((p) => p.messageKey)).toEqual(['optionsJargonTooMany']);
  });
});

describe('settings read back from storage', () => {
  test('nothing stored gives the defaults', () => {
    expect(settingsFromStorage(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.targetGrade).toBe(8);
  });

  test('bad or outdated values fall back field by field', () => {
    expect(
      settingsFromStorage({
        languages: ['xx'],
        targetGrade: 99,
        jargon: [{ term: 'a' }, { term: 'b', explanation: 'c' }],
        defaultFramework: 'kb-r',
      }),
    ).toEqual({
      languages: DEFAULT_SETTINGS.languages,
      targetGrade: 8,
      jargon: [{ term: 'b', explanation: 'c' }],
      defaultFramework: 'kb-r',
    });
  });
});
