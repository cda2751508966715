import { francAll } from 'franc-min';
import { iso1FromFranc } from './codes';
import { outsideFunctionWordLanguage } from './function-words';
import { looksHaitianCreole } from './haitian-creole';

/**
 * Detection restricted to the district's languages reads a German newsletter as English. These
 * functions give a second opinion from franc-min over all its languages, run once per detected
 * language on a sample of that language's text (not per block: unrestricted franc compares ~40
 * trigram profiles instead of ~10), and per block only where the sample shows an outside language.
 */

/**
 * Fewer letters than this give too few trigrams to overrule the district's list: in the toolkit's
 * labelled sets, English titles of 35-50 letters are taken for German or Hungarian by unrestricted
 * franc with the best listed language 0.3-0.4 behind.
 */
export const OUTSIDE_MIN_LETTERS = 60;
/**
 * A text confirmed by its own letters or function words (see confirmedAs) can be shorter: a
 * one-line Polish or Czech notice has 45-60 letters, and an English title of that length has
 * neither German umlauts nor four German function words.
 */
export const CONFIRMED_MIN_LETTERS = 40;
/** A sample this long settles the language; more text only costs time. */
const SAMPLE_CHARS = 400;
/**
 * The best listed language's score (franc-min's, 1 for the winner) must be at most this for the
 * outside language to count as clearly ahead. Long samples: near languages stay close (Russian
 * against Bulgarian 0.87, Tagalog against Cebuano 0.93, Haitian Creole against Italian 0.97), while
 * German, Dutch, Italian, Polish and Turkish paragraphs leave the best listed language at 0.63-0.87.
 */
const MAX_LISTED_SCORE = 0.9;
/**
 * Short samples (up to LONG_SAMPLE_LETTERS letters) score further apart whatever the language, so
 * they need a wider lead: English lines of 50-80 letters leave English up to 0.28 behind German.
 */
const MAX_LISTED_SCORE_SHORT = 0.6;
const LONG_SAMPLE_LETTERS = 150;

/** The district's languages, as ISO 639-1 codes and as franc's ISO 639-3 codes. */
export interface ListedLanguages {
  iso1: ReadonlySet<string>;
  iso3: ReadonlySet<string>;
}

/**
 * The language, outside the district's list, that `text` is clearly in; undefined when it is in a
 * listed language, too short to tell, or only narrowly closer to an outside language whose own
 * letters or function words do not confirm it (confirmedAs). Haitian Creole, which franc-min
 * lacks, is recognised by its own test when the list leaves it out.
 */
export function clearlyOutsideList(
  text: string,
  letters: number,
  listed: ListedLanguages,
  {
    /** Only a language its own letters or function words confirm (short paragraphs, see detect.ts). */
    confirmedOnly = false,
  }: { confirmedOnly?: boolean } = {},
): string | undefined {
  const sample = text.slice(0, SAMPLE_CHARS);
  const latin = !beyondLatin(sample);
  if (letters < CONFIRMED_MIN_LETTERS && latin) return undefined;
  // Short Latin text can only be confirmed (below), which needs what mayBeOutsideList looks for:
  // without it, unrestricted franc would run for nothing on every short line of another language.
  if (letters < OUTSIDE_MIN_LETTERS && latin && !mayBeOutsideList(sample, listed)) return undefined;
  if (!listed.iso1.has('ja') && writtenWithKana(sample)) return 'ja';
  const ranked = francAll(sample, { minLength: 10 });
  const top = ranked[0]?.[0];
  if (!top || top === 'und' || listed.iso3.has(top)) return undefined;
  // A script only one of franc's languages uses (Greek, Thai, Japanese kana) needs no margin.
  if (ranked.length === 1) return codeFor(top);
  if (letters >= OUTSIDE_MIN_LETTERS && !listed.iso1.has('ht') && looksHaitianCreole(sample)) {
    return 'ht';
  }
  // franc names the language first, and its letters or function words say the same: a sentence is
  // enough, however close a listed language scores (a Turkish notice leaves French at 0.95).
  if (letters >= CONFIRMED_MIN_LETTERS && confirmedAs(top, sample, listed)) return codeFor(top);
  if (confirmedOnly || letters < OUTSIDE_MIN_LETTERS) return undefined;
  const bestListed = ranked.find(([code]) => listed.iso3.has(code))?.[1] ?? 0;
  const limit = letters >= LONG_SAMPLE_LETTERS ? MAX_LISTED_SCORE : MAX_LISTED_SCORE_SHORT;
  return bestListed <= limit ? codeFor(top) : undefined;
}

/**
 * Letters a language writes often and no default district language uses (Turkish dotless ı,
 * German ß and umlauts, Polish ł and ogonek vowels, Czech ř ě ů, Ukrainian і ї є ґ...), by
 * franc's code. They confirm franc's first choice only: "bilingüe" in a Spanish line, or a Turkish
 * name in an English one, does not make the text German or Turkish, because franc puts the
 * listed language first there. Alphabets as the languages' standard orthographies give them.
 */
const OWN_LETTERS: Readonly<Record<string, RegExp>> = {
  tur: /[ığş]/giu,
  azj: /[əığş]/giu,
  deu: /[äöüß]/giu,
  hun: /[őűöü]/giu,
  swe: /[åäö]/giu,
  pol: /[łąęśćńźż]/giu,
  ces: /[řěůčšž]/giu,
  hrv: /[čćšž]/giu,
  bos: /[čćšž]/giu,
  srp: /[čćšž]/giu,
  ron: /[șțşţ]/giu,
  ukr: /[іїєґ]/giu,
};
/** One such letter can be a name; two in a sentence are the language's own spelling. */
const MIN_OWN_LETTERS = 2;
/** Any of them, for a quick look before franc runs (see mayBeOutsideList). */
const ANY_OWN_LETTER = new RegExp(
  `[${Object.values(OWN_LETTERS)
    .map((r) => r.source.slice(1, -1))
    .join('')}]`,
  'iu',
);

/** Whether the text's own letters or function words say it is in `top` (franc's code). */
function confirmedAs(top: string, sample: string, listed: ListedLanguages): boolean {
  const own = OWN_LETTERS[top];
  if (own && countMatches(own, sample) >= MIN_OWN_LETTERS) return true;
  const byWords = outsideFunctionWordLanguage(sample, listed.iso1);
  return byWords !== undefined && byWords === codeFor(top);
}

/**
 * A cheap first look for a short paragraph: whether it holds letters of an outside language or
 * its function words lead, so that unrestricted franc runs only then (see detect.ts).
 */
export function mayBeOutsideList(
  text: string,
  listed: ListedLanguages,
  words?: readonly string[] | null,
): boolean {
  return (
    ANY_OWN_LETTER.test(text) || outsideFunctionWordLanguage(text, listed.iso1, words) !== undefined
  );
}

function countMatches(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  let n = 0;
  while (regex.exec(text)) n++;
  return n;
}

/** Whether franc-min over all its languages puts a listed language first for `text`. */
export function listedLanguageFirst(text: string, listed: ListedLanguages): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (!listed.iso1.has('ja') && writtenWithKana(sample)) return false;
  const top = francAll(sample, { minLength: 10 })[0]?.[0];
  return !!top && listed.iso3.has(top);
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAN = /\p{Script=Han}/gu;

/**
 * Japanese text that uses more kanji than kana has Han as its main script, which franc-min gives
 * to Chinese alone; Chinese is never written with kana, while even terse Japanese notices (kanji
 * compounds joined by a few particles) are more than a twentieth kana.
 */
function writtenWithKana(text: string): boolean {
  const kana = text.match(KANA)?.length ?? 0;
  if (kana < MIN_KANA) return false;
  const han = text.match(HAN)?.length ?? 0;
  return kana >= MIN_KANA_SHARE * (kana + han);
}

const MIN_KANA_SHARE = 0.05;
/** One katakana character can be a loanword's mark in Chinese-script text copied from elsewhere. */
const MIN_KANA = 2;

/** Greek and every later script start at U+0370: text below it is Latin, digits and punctuation. */
function beyondLatin(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x370) return true;
  return false;
}

/** ISO 639-1 where codes.ts has one, else franc's ISO 639-3 code. */
function codeFor(iso3: string): string {
  return iso1FromFranc(iso3) ?? iso3;
}

/** Enough of the texts, in order, for a sample (see SAMPLE_CHARS). */
export function sampleOf(texts: Iterable<string>): string {
  let sample = '';
  for (const text of texts) {
    sample = sample ? `${sample}\n${text}` : text;
    if (sample.length >= SAMPLE_CHARS) break;
  }
  return sample;
}
