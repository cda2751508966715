import type { CheckFunction, Hit } from '../types';
import { blocksInScope } from './block-scope';
import { countWords } from './words';

/**
 * Sentences longer than `maxWords` (default 25), using the engine's sentence splitting, so a
 * sentence never runs across a heading or list item. In languages written without spaces (Chinese,
 * Japanese, Thai) words are told by Intl.Segmenter (`countWords`).
 */

export const longSentences: CheckFunction = (context) => {
  const maxWords =
    typeof context.rule.options?.maxWords === 'number' ? context.rule.options.maxWords : 25;
  const hits: Hit[] = [];
  for (const block of blocksInScope(context)) {
    const language = context.blockLanguage(block) ?? context.primaryLanguage;
    for (const sentence of context.sentences(block)) {
      const words = countWords(sentence.text);
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
