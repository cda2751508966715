import type { TextBlock } from '../../document-model';
import { blockLowerCaseWords, lookupOf } from '../../language/function-words';
import { oncePerBlock } from './once-per-block';

/**
 * Function words that belong to one of English, Spanish, French and Portuguese only ("the", "with" /
 * "los", "para" / "les", "avec" / "não", "com"). Short texts that language detection cannot judge
 * can still be told apart by them. Words shared between these languages ("de", "la", "en", "que",
 * "a") are left out.
 */
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    'the and of to you your we our is are with for will this that be have it at from they their was were'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el los las del y para con por su sus es son una nuestra nuestro nuestros al más pero este esta está muy también usted ustedes'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le les des du et pour avec vous nous est une dans sur au aux ce cette qui pas sont être'.split(
      ' ',
    ),
  ),
  pt: new Set('os do da dos das e com não uma um em na é são você vocês nossa nosso'.split(' ')),
};

export const FUNCTION_WORD_LANGUAGES = Object.keys(FUNCTION_WORDS);

const WORD = /\p{L}+/gu;

/** How many function words of each language `text` (lower case) holds. */
export function functionWordCounts(text: string): Record<string, number> {
  return countsOf(text.match(WORD));
}

function countsOf(words: readonly string[] | null): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const language of FUNCTION_WORD_LANGUAGES) counts[language] = 0;
  for (const word of words ?? []) {
    const owners = OWNERS.get(word);
    if (!owners) continue;
    for (const language of owners) counts[language] = (counts[language] as number) + 1;
  }
  return counts;
}

const OWNERS = lookupOf(FUNCTION_WORDS);

/** `functionWordCounts` of a whole block, counted once per block from the block's words. */
export const blockFunctionWordCounts = oncePerBlock((block) =>
  countsOf(blockLowerCaseWords(block)),
);

/**
 * The one language whose function words a block has, when no other language's appear; `null` when
 * it has none or several ("Questions? Call us." has none: it could be read in any language).
 */
export function functionWordLanguage(block: TextBlock): string | null {
  const counts = blockFunctionWordCounts(block);
  const present = FUNCTION_WORD_LANGUAGES.filter((l) => (counts[l] ?? 0) > 0);
  return present.length === 1 ? (present[0] ?? null) : null;
}
