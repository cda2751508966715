import type { TextBlock } from '../../document-model';
import type { CheckContext, Sentence } from '../types';
import {
  blockFunctionWordCounts,
  FUNCTION_WORD_LANGUAGES,
  functionWordCounts,
} from './function-words';
import { lowered } from './word-starts';
import { blockWords, countWords } from './words';

/**
 * Sentences written in another language than their block. Language detection works per block, so a
 * web page that runs an English message and its Spanish version together in one paragraph reads as
 * one language. Within such a block, each sentence is weighed by function words (function-words.ts);
 * a sentence counts as another language when that language's words clearly outnumber those of the
 * block's.
 */
/** Blocks shorter than this are one language as far as anyone can tell. */
const MIN_BLOCK_WORDS = 40;
const MIN_SENTENCE_WORDS = 6;
const MIN_FUNCTION_WORDS = 3;
const MARGIN = 2;

export interface OtherLanguageSentence {
  language: string;
  words: number;
  sentence: Sentence;
}

export function otherLanguageSentences(
  context: Pick<CheckContext, 'sentences'>,
  block: TextBlock,
  blockLanguage: string,
): OtherLanguageSentence[] {
  if (!FUNCTION_WORD_LANGUAGES.includes(blockLanguage)) return [];
  if (blockWords(block) < MIN_BLOCK_WORDS) return [];
  // Most blocks hold no sentence in another language: look at sentences only for the languages
  // whose function words the block has enough of.
  const inBlock = blockFunctionWordCounts(block);
  const candidates = FUNCTION_WORD_LANGUAGES.filter(
    (l) => l !== blockLanguage && (inBlock[l] ?? 0) >= MIN_FUNCTION_WORDS,
  );
  if (candidates.length === 0) return [];
  const lowerBlock = lowered(block);
  const found: OtherLanguageSentence[] = [];
  for (const sentence of context.sentences(block)) {
    const words = countWords(sentence.text);
    if (words < MIN_SENTENCE_WORDS) continue;
    const counts = functionWordCounts(lowerBlock.slice(sentence.start, sentence.end));
    const own = counts[blockLanguage] ?? 0;
    const other = candidates.find((l) => {
      const n = counts[l] ?? 0;
      return n >= MIN_FUNCTION_WORDS && n >= MARGIN * Math.max(own, 1);
    });
    if (other) found.push({ language: other, words, sentence });
  }
  return found;
}
