import { oncePerBlock } from '../checks/text/once-per-block';
import { lowered } from '../checks/text/word-starts';

/**
 * A fast first opinion on a block's language from its most frequent function words, so that
 * franc (trigram profiles of ~300 entries for every configured language) runs only where the
 * answer is not obvious. Only words that are frequent in one of these languages and rare in the
 * others are listed (the toolkit's own selection from common function words). A language wins only
 * with a clear lead; anything closer goes to franc, so the fast path changes speed, not answers
 * (a test compares the two on paragraphs in every language).
 */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'you',
    'your',
    'our',
    'we',
    'will',
    'for',
    'with',
    'this',
    'that',
    'are',
    'be',
    'have',
    'please',
    'from',
    'it',
    'they',
    'their',
    'was',
    'can',
    'who',
    'what',
    'which',
    'would',
    'about',
    'at',
  ],
  es: [
    'el',
    'los',
    'las',
    'del',
    'que',
    'y',
    'para',
    'con',
    'por',
    'una',
    'su',
    'sus',
    'es',
    'está',
    'están',
    'al',
    'como',
    'más',
    'este',
    'esta',
    'pero',
    'nuestra',
    'nuestro',
    'usted',
    'ustedes',
    'sobre',
    'muy',
    'también',
    'hay',
  ],
  fr: [
    'le',
    'les',
    'des',
    'du',
    'et',
    'est',
    'une',
    'pour',
    'avec',
    'vous',
    'nous',
    'dans',
    'sur',
    'au',
    'aux',
    'ce',
    'cette',
    'pas',
    'qui',
    'votre',
    'vos',
    'sont',
    'être',
    'leur',
    'mais',
    'ou',
  ],
  pt: [
    'não',
    'são',
    'é',
    'da',
    'dos',
    'das',
    'em',
    'um',
    'uma',
    'com',
    'seu',
    'sua',
    'você',
    'vocês',
    'os',
    'ao',
    'nossa',
    'nosso',
    'também',
    'pelo',
    'pela',
    'estão',
  ],
  vi: [
    'của',
    'và',
    'các',
    'là',
    'có',
    'trong',
    'cho',
    'được',
    'những',
    'với',
    'này',
    'một',
    'không',
    'em',
    'học',
    'sinh',
    'trường',
    'phụ',
    'huynh',
    'quý',
    'vị',
  ],
  tl: [
    'ang',
    'ng',
    'mga',
    'sa',
    'na',
    'ay',
    'ito',
    'ko',
    'mo',
    'po',
    'namin',
    'ninyo',
    'inyong',
    'aming',
    'kung',
    'para',
  ],
  so: [
    'waa',
    'iyo',
    'ka',
    'ku',
    'oo',
    'ee',
    'ayaa',
    'ah',
    'aad',
    'uu',
    'ugu',
    'kale',
    'waxaa',
    'dugsiga',
    'ardayda',
    'waalidiinta',
  ],
};

const LOOKUP = new Map<string, string[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), language]);
}

/** The runs of letters in `text`, lower-cased; null when there are none. */
export function lowerCaseWords(text: string): string[] | null {
  return text.toLowerCase().match(LETTER_RUNS);
}

const LETTER_RUNS = /\p{L}+/gu;

/**
 * `lowerCaseWords` of a block, once per block and from the block's one lower-cased text (which
 * keeps "İ" as it is, see `lowered`): language detection and the function-word counts of the
 * checks read the same words.
 */
export const blockLowerCaseWords = oncePerBlock((block) => lowered(block).match(LETTER_RUNS));

/** At least this many function words of the winner, this share of all words, and this lead. */
const MIN_HITS = 4;
const MIN_SHARE = 0.15;
const MIN_LEAD = 3;

/**
 * The language whose function words clearly dominate the text, among `languages`; undefined
 * when no language has a clear lead (or the text is not in the Latin script).
 */
export function functionWordLanguage(
  text: string,
  languages: ReadonlySet<string>,
  words: readonly string[] | null = lowerCaseWords(text),
): string | undefined {
  if (!words || words.length < MIN_HITS) return undefined;
  const hits = new Map<string, number>();
  for (const word of words) {
    const owners = LOOKUP.get(word);
    if (!owners) continue;
    for (const language of owners) {
      if (languages.has(language)) hits.set(language, (hits.get(language) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  let bestHits = 0;
  let second = 0;
  for (const [language, n] of hits) {
    if (n > bestHits) {
      second = bestHits;
      best = language;
      bestHits = n;
    } else if (n > second) second = n;
  }
  if (!best || bestHits < MIN_HITS || bestHits / words.length < MIN_SHARE) return undefined;
  return bestHits >= MIN_LEAD * Math.max(1, second) ? best : undefined;
}
