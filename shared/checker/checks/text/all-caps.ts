import type { CheckFunction, Hit } from '../types';
import { blocksInScope } from './block-scope';

/**
 * Blocks written in capitals: harder to read for everyone, read letter by letter by some screen
 * readers, and taken for acronyms by translation tools. A block counts when it has at least
 * `minWords` words (default 3) and 15 letters, and 90% of its cased letters are capitals.
 */
const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/gu;

export function isMostlyCapitals(text: string, minLetters = 15): boolean {
  const upper = text.match(UPPER)?.length ?? 0;
  const lower = text.match(LOWER)?.length ?? 0;
  return upper + lower >= minLetters && upper / (upper + lower) >= 0.9;
}

export const allCapsBlocks: CheckFunction = (context) => {
  const minWords =
    typeof context.rule.options?.minWords === 'number' ? context.rule.options.minWords : 3;
  const hits: Hit[] = [];
  for (const block of blocksInScope(context)) {
    const words = block.text.match(/\p{L}+/gu)?.length ?? 0;
    if (words < minWords || !isMostlyCapitals(block.text)) continue;
    hits.push({
      quote: block.text,
      position: { ref: block.ref, start: 0, end: block.text.length },
    });
  }
  return hits;
};
