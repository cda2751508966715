import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  formatJargon,
  type OptionsForm,
  parseJargon,
  readStoredSettings,
  settingsFromStorage,
  settingsSchema,
  settingsToStore,
  storedFrameworkNote,
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

  // The CLI and the checker take grades 1 to 18 (graduate level); so does the extension.
  test.each([
    ['1', 1],
    ['17', 17],
    ['18', 18],
  ])('grade %j is accepted', (grade, expected) => {
    const result = validateOptions(form({ targetGrade: grade }));
    expect(result.ok && result.settings.targetGrade).toBe(expected);
  });

  test.each([
    ['0', 'optionsGradeRange'],
    ['19', 'optionsGradeRange'],
    ['8.5', 'optionsGradeRange'],
    ['', 'optionsGradeRange'],
    ['eight', 'optionsGradeRange'],
  ])('grade %j is refused', (grade, key) => {
    const result = validateOptions(form({ targetGrade: grade }));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        { field: 'targetGrade', messageKey: key, substitutions: ['1', '18'] },
      ]);
  });

  test.each([
    [
      ['en', 'es'],
      ['en', 'es'],
    ],
    // Any language the checker can detect, not only the twelve defaults, in the order given.
    [
      ['en', 'de', 'uk', 'hmn'],
      ['en', 'de', 'uk', 'hmn'],
    ],
    [['de'], ['de']],
    [
      [' DE ', 'de', 'vi', 'vi'],
      ['de', 'vi'],
    ],
  ])('languages %j are saved as %j', (languages, saved) => {
    const result = validateOptions(form({ languages }));
    expect(result.ok && result.settings.languages).toEqual(saved);
    if (result.ok) expect(settingsSchema.parse(result.settings)).toEqual(result.settings);
  });

  test.each([
    [[], 'optionsLanguagesNone', undefined],
    [['  '], 'optionsLanguagesNone', undefined],
    [['xx', 'vi'], 'optionsLanguagesUnknown', ['xx']],
    // Khmer and Lao: franc-min cannot detect them, so the checker would refuse them.
    [['km', 'lo', 'en'], 'optionsLanguagesUnknown', ['km, lo']],
  ])('languages %j are refused with %s', (languages, messageKey, substitutions) => {
    const result = validateOptions(form({ languages }));
    expect(result.ok || result.problems).toEqual([
      { field: 'languages', messageKey, ...(substitutions ? { substitutions } : {}) },
    ]);
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
    expect(readStoredSettings(undefined).notes).toEqual([]);
    expect(DEFAULT_SETTINGS.targetGrade).toBe(8);
  });

  const valid = { languages: ['en', 'de'], targetGrade: 6, jargon: [], defaultFramework: 'kb-r' };

  test('valid settings, outside languages included, come back unchanged and without notes', () => {
    expect(readStoredSettings(valid)).toEqual({ settings: valid, notes: [], keptLanguages: [] });
  });

  test.each([
    [
      'a code this version cannot detect is kept aside, with a note naming it',
      { ...valid, languages: ['en', 'xx', 'de'] },
      { languages: ['en', 'de'] },
      [['languages', 'optionsStoredLanguagesKeptOne', ['“xx”']]],
    ],
    [
      'several such codes get the plural note',
      { ...valid, languages: ['en', 'yue', 'zh-Hant', 'de', 'yue'] },
      { languages: ['en', 'de'] },
      [['languages', 'optionsStoredLanguagesKept', ['“yue”, “zh-Hant”']]],
    ],
    [
      'what is not a language code at all is dropped, with a note',
      { ...valid, languages: ['en', 'not a code', 7, 'de'] },
      { languages: ['en', 'de'] },
      [['languages', 'optionsStoredLanguagesDropped', ['“not a code”, “7”']]],
    ],
    [
      'codes are trimmed and lower-cased, duplicates merged',
      { ...valid, languages: ['EN', ' de', 'en'] },
      { languages: ['en', 'de'] },
      [],
    ],
    [
      'no usable code: the defaults, with the notes',
      { ...valid, languages: ['xx', 7] },
      { languages: DEFAULT_SETTINGS.languages },
      [
        ['languages', 'optionsStoredLanguagesKeptOne', ['“xx”']],
        ['languages', 'optionsStoredLanguagesDropped', ['“7”']],
        ['languages', 'optionsStoredLanguagesDefault', undefined],
      ],
    ],
    [
      'languages not a list: the defaults, with a note',
      { ...valid, languages: 'en,de' },
      { languages: DEFAULT_SETTINGS.languages },
      [['languages', 'optionsStoredLanguagesDefault', undefined]],
    ],
    [
      'a grade out of range: grade 8, with a note',
      { ...valid, targetGrade: 99 },
      { targetGrade: 8 },
      [['targetGrade', 'optionsStoredGradeDefault', ['99', '8', '1', '18']]],
    ],
    [
      'jargon entries not in form are dropped and counted',
      { ...valid, jargon: [{ term: 'a' }, { term: 'b', explanation: 'c' }, 'x'] },
      { jargon: [{ term: 'b', explanation: 'c' }] },
      [['jargon', 'optionsStoredJargonDropped', ['2']]],
    ],
    [
      'a framework id that is not text: PTA 2022, with a note',
      { ...valid, defaultFramework: 3 },
      { defaultFramework: 'pta-2022' },
      [['defaultFramework', 'optionsStoredFrameworkDefault', undefined]],
    ],
  ])('%s', (_, stored, expected, notes) => {
    const read = readStoredSettings(stored);
    expect(read.settings).toEqual({ ...valid, ...expected });
    expect(read.notes.map((n) => [n.field, n.messageKey, n.substitutions])).toEqual(notes);
    // What comes back is always valid settings: saving it again cannot fail.
    expect(settingsSchema.safeParse(read.settings).success).toBe(true);
  });

  test.each([
    ['a string', 'en,de', 'expected an object, got string'],
    ['an array', ['en'], 'expected an object, got an array'],
    ['null', null, 'expected an object, got null'],
  ])('a stored value that is %s gives the defaults and a note', (_, stored, detail) => {
    expect(readStoredSettings(stored)).toEqual({
      settings: DEFAULT_SETTINGS,
      keptLanguages: [],
      notes: [{ field: 'all', messageKey: 'optionsStoredUnreadable', substitutions: [detail] }],
    });
  });

  test.each([
    ['one kept code', ['en', 'xx', 'de'], ['xx'], ['en', 'de', 'xx']],
    [
      'kept codes exactly as stored',
      ['EN', 'zh-Hant', ' yue '],
      ['zh-Hant', ' yue '],
      ['en', 'zh-Hant', ' yue '],
    ],
    ['none to keep', ['en', 'de'], [], ['en', 'de']],
  ])('%s: a save writes them back after the languages in use', (_, stored, kept, written) => {
    const read = readStoredSettings({ ...valid, languages: stored });
    expect(read.keptLanguages).toEqual(kept);
    const store = settingsToStore(read.settings, read.keptLanguages);
    expect(store.languages).toEqual(written);
    // Read back again, nothing is lost: the same settings, the same codes kept.
    expect(readStoredSettings(store)).toMatchObject({
      settings: read.settings,
      keptLanguages: kept,
    });
  });

  test('a save keeps codes aside even when the user changed the languages, but never invalid settings', () => {
    const { settings, keptLanguages } = readStoredSettings({ ...valid, languages: ['xx', 'de'] });
    expect(settingsToStore({ ...settings, languages: ['fr'] }, keptLanguages).languages).toEqual([
      'fr',
      'xx',
    ]);
    // Kept codes are only codes this version cannot use; the settings themselves are checked.
    expect(settingsToStore(settings, ['de', 'not a code', 'xx']).languages).toEqual(['de', 'xx']);
    expect(() => settingsToStore({ ...settings, languages: ['xx'] }, [])).toThrow();
  });
});

describe('the stored default framework', () => {
  test.each([
    ['pta-2022', false, undefined],
    ['kb-r', false, undefined],
    ['custom', true, undefined],
    ['custom', false, ['optionsStoredFrameworkNoCustom', undefined]],
    ['pta-2030', true, ['optionsStoredFrameworkUnknown', ['pta-2030']]],
    ['lakeside-2026', true, ['optionsStoredFrameworkUnknown', ['lakeside-2026']]],
  ] as const)('%j with a custom framework saved: %s gives note %j', (id, custom, note) => {
    const got = storedFrameworkNote(id, custom);
    expect(got && [got.messageKey, got.substitutions]).toEqual(note);
    if (got) expect(got.field).toBe('defaultFramework');
  });
});
