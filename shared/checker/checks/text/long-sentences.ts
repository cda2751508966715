import { isAddress } from '../../reading-level/words';
import type { CheckFunction, Hit } from '../types';
import { blocksInScope } from './block-scope';
import { countWords } from './words';

/**
 * Sentences longer than `maxWords` (default 25), using the engine's sentence splitting, so a
 * sentence never runs across a heading or list item. In languages written without spaces (Chinese,
 * Japanese, Thai) words are told by Intl.Segmenter (`countWords`); a web or e-mail address is one
 * word.
 */

/** Something in the text that may be a web or e-mail address: "@", "/" or "www.". */
const MAY_HOLD_ADDRESS = /[@/]|www\./;
/** Brackets and punctuation around an address in a sentence: "(https://...)." */
const AROUND_ADDRESS = /^[(<[“"']+|[)>\]”"'.,;:!?]+$/gu;

/**
 * `countWords`, but a web or e-mail address counts as one word, as the reading level counts it:
 * families copy a link, they do not read it, and a 40-word tracking link is not a long sentence.
 */
function wordsCountingAddressesAsOne(text: string): number {
  let words = countWords(text);
  if (!MAY_HOLD_ADDRESS.test(text)) return words;
  for (const token of text.split(/\s+/)) {
    const core = token.replace(AROUND_ADDRESS, '');
    if (isAddress(core)) words -= countWords(core) - 1;
  }
  return words;
}

export const longSentences: CheckFunction = (context) => {
  const maxWords =
    typeof context.rule.options?.maxWords === 'number' ? context.rule.options.maxWords : 25;
  const hits: Hit[] = [];
  for (const block of blocksInScope(context)) {
    const language = context.blockLanguage(block) ?? context.primaryLanguage;
    for (const sentence of context.sentences(block)) {
      const words = wordsCountingAddressesAsOne(sentence.text);
      if (words <= maxWords) continue;
      hits.push({
        quote: sentence.text,
        position: { ref: block.ref, start: sentence.start, end: sentence.end },
        message:
          language === 'es'
            ? `Esta oración tiene ${words} palabras. Divídala en oraciones de ${maxWords} palabras o menos: los lectores y los traductores automáticos pierden el hilo en las oraciones largas.`
            : `This sentence has ${words} words. Split it into sentences of ${maxWords} words or fewer: readers and translation tools both lose track of long ones.`,
      });
    }
  }
  return hits;
};
