import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  DETECTABLE_LANGUAGES,
  DISTRICT_LANGUAGES,
  isDetectableLanguage,
  languageLabel,
  languageName,
  languageNames,
} from '../../../extension/common/languages';
import {
  findLanguages,
  foldForSearch,
  unambiguousMatch,
} from '../../../extension/options/language-search';
import { FRANC_CODES, normalizeLanguages } from '../../../shared/checker';
import { repoRoot } from '../../support/paths';

describe('languages the options page offers', () => {
  test('exactly the ones the checker accepts, the twelve defaults among them', () => {
    expect(DETECTABLE_LANGUAGES).toEqual(Object.keys(FRANC_CODES));
    expect(normalizeLanguages(DETECTABLE_LANGUAGES)).toEqual(DETECTABLE_LANGUAGES);
    for (const { code } of DISTRICT_LANGUAGES) expect(isDetectableLanguage(code)).toBe(true);
    expect(isDetectableLanguage('km')).toBe(false);
    expect(isDetectableLanguage('xx')).toBe(false);
  });

  test('every one has an own name, and a Spanish name in the Spanish UI', () => {
    for (const code of DETECTABLE_LANGUAGES) {
      expect(languageName(code), code).not.toBe(code);
      // Not the English name it would fall back to: Intl has Spanish names for all of them.
      expect(languageNames(code, 'es').local, code).not.toBe(FRANC_CODES[code]?.name);
    }
  });

  test.each([
    ['hmn', 'Hmong'],
    ['ny', 'Chichewa'],
    ['ilo', 'Ilocano'],
  ])(
    'without locale data, the own name of %s is its English name %j, whatever the default locale',
    (code, name) => {
      expect(Intl.DisplayNames.supportedLocalesOf([code])).toEqual([]);
      // In a process whose default locale is Spanish, Intl alone would answer "hmong".
      const source = `import('${join(repoRoot, 'extension/common/languages.ts')}').then((m) => console.log(m.languageName('${code}')))`;
      const env = { ...process.env, LC_ALL: 'es_ES.UTF-8', LANG: 'es_ES.UTF-8' };
      const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', source], { env });
      expect(out.toString().trim()).toBe(name);
    },
  );

  test.each([
    ['de', 'en', 'Deutsch — German (de)'],
    ['de', 'es', 'Deutsch — alemán (de)'],
    ['uk', 'en', 'українська — Ukrainian (uk)'],
    ['es', 'es', 'Español (es)'],
    ['ha', 'en', 'Hausa (ha)'],
    ['hmn', 'en', 'Hmong (hmn)'],
    // franc-min's Kurdish is Sorani, named as such.
    ['ku', 'en', 'کوردیی ناوەندی — Central Kurdish (ku)'],
  ])('%s in a %s UI is shown as %j', (code, ui, label) => {
    expect(languageLabel(languageNames(code, ui))).toBe(label);
  });

  test.each([
    ['de', 'Deutsch'],
    ['ht', 'Kreyòl ayisyen'],
    ['not a code', 'not a code'],
  ])('own name of %j is %j', (code, name) => {
    expect(languageName(code)).toBe(name);
  });
});

describe('finding a language by what is typed', () => {
  test.each([
    // query, UI language, the codes expected first (in order)
    ['de', 'en', ['de']],
    ['DE', 'en', ['de']],
    ['German', 'en', ['de']],
    ['germ', 'en', ['de']],
    ['Deutsch', 'en', ['de']],
    ['deu', 'en', ['de']],
    ['alemán', 'es', ['de']],
    ['aleman', 'es', ['de']],
    ['Ukrainian', 'en', ['uk']],
    ['укр', 'en', ['uk']],
    ['uk', 'en', ['uk']],
    ['Türkçe', 'en', ['tr']],
    ['turkce', 'en', ['tr']],
    ['hmn', 'en', ['hmn']],
    ['Hmong', 'en', ['hmn']],
    ['Filipino', 'en', ['tl']],
    ['Bangla', 'en', ['bn']],
    ['Bengali', 'en', ['bn']],
    ['Sorani', 'en', ['ku']],
    ['Polish', 'en', ['pl']],
    ['polski', 'en', ['pl']],
    ['日本語', 'en', ['ja']],
    ['Italian', 'en', ['it']],
    ['español', 'en', ['es']],
    // Marks on other scripts are vowels, not accents: they are kept.
    ['हिन्दी', 'en', ['hi']],
    ['বাংলা', 'en', ['bn']],
    ['Ελληνικά', 'en', ['el']],
    // Other names (LANGUAGE_ALIASES).
    ['हिंदी', 'en', ['hi']],
    ['Farsi', 'en', ['fa']],
    ['farsi', 'es', ['fa']],
    ['Mandarin', 'en', ['zh']],
    ['mandarin chinese', 'en', ['zh']],
  ])('%j (%s UI) finds %j first', (query, ui, first) => {
    const codes = findLanguages(query, { uiLanguage: ui }).map((m) => m.code);
    expect(codes.slice(0, first.length)).toEqual(first);
  });

  test.each([[''], ['   '], ['xyz'], ['Klingon'], ['km']])('%j finds nothing', (query) => {
    expect(findLanguages(query, { uiLanguage: 'en' })).toEqual([]);
  });

  test('a word inside a name matches from its start, not from the middle of two letters', () => {
    expect(findLanguages('creole', { uiLanguage: 'en' }).map((m) => m.code)).toEqual(['ht']);
    // "ma" is inside "German" but starts no word of its names: Malay, Malayalam, Marathi and
    // Magyar (Hungarian) are found, German is not.
    const ma = findLanguages('ma', { uiLanguage: 'en' }).map((m) => m.code);
    expect(ma).toEqual(expect.arrayContaining(['ms', 'ml', 'mr', 'hu']));
    expect(ma).not.toContain('de');
    // From three letters on, anywhere inside a name counts.
    expect(findLanguages('man', { uiLanguage: 'en' }).map((m) => m.code)).toContain('de');
  });

  test.each([
    ['Deutsch', 'de'],
    ['ukr', 'uk'],
    ['germ', 'de'],
    ['Ukra', 'uk'],
    ['s', undefined],
    ['ch', undefined],
    ['xyz', undefined],
  ])('Enter on %j adds %j without a choice from the list', (query, code) => {
    expect(unambiguousMatch(findLanguages(query, { uiLanguage: 'en' }))?.code).toBe(code);
  });

  test.each([
    ['Español', 'espanol'],
    ['Tiếng Việt', 'tieng viet'],
    ['  Kreyòl ', 'kreyol'],
    ['Ελληνικά', 'ελληνικά'],
    ['हिंदी', 'हिंदी'],
  ])('%j folds to %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });
});
