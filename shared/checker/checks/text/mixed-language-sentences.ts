import type { TextBlock } from '../../document-model';
import type { CheckContext, Sentence } from '../types';
import { countWords } from './words';

/**
 * Sentences written in another language than their block. Language detection works per block, so a
 * web page that runs an English message and its Spanish version together in one paragraph reads as
 * one language. Within such a block, each sentence is weighed by function words that belong to one
 * of English, Spanish, French and Portuguese only ("the", "with" / "los", "para" / "les", "avec" /
 * "não", "com"); a sentence counts as another language when that language's words clearly
 * outnumber those of the block's.
 */
const FUNCTION_WORDS: Record<string, RegExp> = {
  en: /\b(?:the|and|of|to|you|your|we|our|is|are|with|for|will|this|that|be|have|it|at|from|they|their|was|were)\b/gu,
  es: /(?<![\p{L}\p{N}])(?:el|los|las|del|y|para|con|por|su|sus|es|son|una|nuestra|nuestro|nuestros|al|más|pero|este|esta|está|muy|también|usted|ustedes)(?![\p{L}\p{N}])/gu,
  fr: /(?<![\p{L}\p{N}])(?:le|les|des|du|et|pour|avec|vous|nous|est|une|dans|sur|au|aux|ce|cette|qui|pas|sont|être)(?![\p{L}\p{N}])/gu,
  pt: /(?<![\p{L}\p{N}])(?:os|do|da|dos|das|e|com|não|uma|um|em|na|é|são|você|vocês|nossa|nosso)(?![\p{L}\p{N}])/gu,
};

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

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

export function otherLanguageSentences(
  context: CheckContext,
  block: TextBlock,
  blockLanguage: string,
): OtherLanguageSentence[] {
  const own = FUNCTION_WORDS[blockLanguage];
  if (!own || countWords(block.text) < MIN_BLOCK_WORDS) return [];
  const found: OtherLanguageSentence[] = [];
  for (const sentence of context.sentences(block)) {
    const words = countWords(sentence.text);
    if (words < MIN_SENTENCE_WORDS) continue;
    const lower = sentence.text.toLowerCase();
    const ownCount = count(own, lower);
    for (const [language, re] of Object.entries(FUNCTION_WORDS)) {
      if (language === blockLanguage) continue;
      const n = count(re, lower);
      if (n >= MIN_FUNCTION_WORDS && n >= MARGIN * Math.max(ownCount, 1)) {
        found.push({ language, words, sentence });
        break;
      }
    }
  }
  return found;
}
