import { lowerCaseWords } from './function-words';

/**
 * franc-min has no Haitian Creole, one of the languages US districts most often translate into.
 * Kreyòl is written with short function words that French and other Latin-script languages do not
 * use in this form ("mwen", "nou", "yo", "nan", "pou", "ak", "gen"), plus school words such as
 * "lekòl" and "timoun". A block counts as Kreyòl when such words make up a good share of it.
 * The word list is the toolkit's own, drawn from common Kreyòl function words (see e.g. Valdman,
 * "Haitian Creole-English Bilingual Dictionary", Indiana University Creole Institute, 2007).
 */
const MARKERS = new Set([
  'mwen',
  'nou',
  'yo',
  'nan',
  'pou',
  'ak',
  'gen',
  'ki',
  'pa',
  'li',
  'se',
  'ou',
  'sa',
  'fè',
  'kapab',
  'kounye',
  'tanpri',
  'lekòl',
  'timoun',
  'paran',
  'pitit',
  'konnen',
  'tout',
  'yon',
  'sou',
  'anpil',
  'mèsi',
  'byen',
  'lè',
  'kòm',
  'oswa',
  'avèk',
  'rankontre',
  'reyinyon',
]);

/** Words French, Spanish and Portuguese share with the list: they must not decide alone. */
const SHARED_WITH_ROMANCE = new Set(['se', 'pa', 'sa', 'sou', 'tout', 'li', 'ou', 'ki', 'nan']);

/** `words`: the text's words in lower case, when the caller has them already (see lowerCaseWords). */
export function looksHaitianCreole(
  text: string,
  words: readonly string[] | null = lowerCaseWords(text),
): boolean {
  if (!words || words.length < 5) return false;
  let hits = 0;
  const distinct = new Set<string>();
  for (const word of words) {
    if (!MARKERS.has(word)) continue;
    hits++;
    if (!SHARED_WITH_ROMANCE.has(word)) distinct.add(word);
  }
  return distinct.size >= 2 && hits / words.length >= 0.2;
}
