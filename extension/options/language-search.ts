import { FRANC_CODES } from '../../shared/checker/language/codes';
import { DETECTABLE_LANGUAGES, type LanguageNames, languageNames } from '../common/languages';

/**
 * Finding a language on the options page by what the user types: its code (de, hmn, or franc's
 * deu), its own name (Deutsch), its English name (German), its name in the UI language (alemán)
 * or a common other name (Farsi, Mandarin: LANGUAGE_ALIASES), ignoring case and Latin accents.
 * Pure apart from Intl.DisplayNames, which needs no network.
 */

export interface LanguageMatch extends LanguageNames {
  /** 0 is the best: the code, then a whole name, a name's start, a word's start, anywhere. */
  rank: number;
}

/**
 * Lower case, accents on Latin letters dropped: "Español" and "espanol" match, as do "Türkçe" and
 * "turkce". Marks on other scripts stay: in Devanagari or Bengali they are vowels, not accents
 * (stripping them made हिन्दी "हनद").
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .trim();
}

/**
 * Names people use for a language that neither Intl.DisplayNames nor codes.ts gives. Sources:
 * "Farsi, Western" (pes) and "Chinese, Mandarin" (cmn) are the names in the UDHR in Unicode corpus
 * (OHCHR's translations of the Universal Declaration) that franc's language data is built from;
 * ISO 639-3 (SIL) names cmn "Mandarin Chinese". हिंदी is Hindi's spelling with anusvara, as in the
 * name of the Central Hindi Directorate (केंद्रीय हिंदी निदेशालय); CLDR writes हिन्दी.
 */
export const LANGUAGE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  fa: ['Farsi', 'Western Farsi'],
  zh: ['Mandarin', 'Mandarin Chinese'],
  hi: ['हिंदी'],
};

function rankOf(query: string, code: string, names: readonly string[]): number | undefined {
  if (query === code || query === FRANC_CODES[code]?.iso3) return 0;
  const folded = names.map(foldForSearch);
  if (folded.includes(query)) return 1;
  if (folded.some((n) => n.startsWith(query))) return 2;
  if (folded.some((n) => n.split(/[\s()\-‘'’]+/u).some((w) => w.startsWith(query)))) return 3;
  // Anywhere inside a name only from three letters on: "an" is in half the names.
  if (query.length >= 3 && folded.some((n) => n.includes(query))) return 4;
  return undefined;
}

/**
 * The detectable languages matching `query`, best first, then by the name shown in the UI
 * language. An empty query matches nothing.
 */
export function findLanguages(
  query: string,
  { uiLanguage }: { uiLanguage: string },
): LanguageMatch[] {
  const q = foldForSearch(query);
  if (!q) return [];
  const matches: LanguageMatch[] = [];
  for (const code of DETECTABLE_LANGUAGES) {
    const names = languageNames(code, uiLanguage);
    const rank = rankOf(q, code, [...names.all, ...(LANGUAGE_ALIASES[code] ?? [])]);
    if (rank !== undefined) matches.push({ ...names, rank });
  }
  return matches.sort((a, b) => a.rank - b.rank || a.local.localeCompare(b.local, uiLanguage));
}

/**
 * The language that Enter adds without the user choosing from the list: the best match when it
 * is the code or a whole name, or when it is the only match. Otherwise undefined (the user picks).
 */
export function unambiguousMatch(matches: readonly LanguageMatch[]): LanguageMatch | undefined {
  const [first, second] = matches;
  if (!first) return undefined;
  if (first.rank <= 1 && (second === undefined || second.rank > first.rank)) return first;
  return matches.length === 1 ? first : undefined;
}
