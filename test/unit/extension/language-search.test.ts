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

describe('languages the options page offers', () => {
  test('exactly the ones the checker accepts, the twelve defaults among them', () => {
    expect(DETECTABLE_LANGUAGES).toEqual(Object.keys(FRANC_CODES));
    expect(normalizeLanguages(DETECTABLE_LANGUAGES)).toEqual(DETECTABLE_LANGUAGES);
    for (const { code } of DISTRICT_LANGUAGES) expect(isDetectableLanguage(code)).toBe(true);
    expect(isDetectableLanguage('km')).toBe(false);
    expect(isDetectableLanguage('xx')).toBe(false);
  });

  test('every one has an own name and a name in English and Spanish', () => {
    for (const code of DETECTABLE_LANGUAGES) {
      for (const ui of ['en', 'es']) {
        const names = languageNames(code, ui);
        expect(names.own, code).not.toBe(code);
        expect(names.local, code).not.toBe(code);
      }
    }
  });

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
  ])('%j (%s UI) finds %j first', (query, ui, first) => {
    const codes = findLanguages(query, { uiLanguage: ui }).map((m) => m.code);
    expect(codes.slice(0, first.length)).toEqual(first);
  });

  test.each([[''], ['   '], ['xyz'], ['Klingon'], ['km']])('%j finds nothing', (query) => {
    expect(findLanguages(query, { uiLanguage: 'en' })).toEqual([]);
  });

  test('a word inside a name matches from its start, not from the middle of two letters', () => {
    expect(findLanguages('creole', { uiLanguage: 'en' }).map((m) => m.code)).toEqual(['ht']);
    expect(findLanguages('an', { uiLanguage: 'en' }).map((m) => m.code)).not.toContain('de');
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
  ])('%j folds to %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });
});
