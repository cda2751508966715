import type { CheckFunction, Hit } from '../types';
import { blocksInScope } from './block-scope';
import { oncePerBlock } from './once-per-block';

/**
 * Blocks written in capitals: harder to read for everyone, read letter by letter by some screen
 * readers, and taken for acronyms by translation tools. A block counts when it has at least
 * `minWords` words (default 3) and 15 letters, and 90% of its cased letters are capitals.
 */
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function isMostlyCapitals(text: string, minLetters = 15): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 65 && code <= 90) upper++;
      else if (code >= 97 && code <= 122) lower++;
      continue;
    }
    // Outside ASCII, ask the Unicode categories, a whole code point at a time.
    const point = text.codePointAt(i) as number;
    const char = String.fromCodePoint(point);
    if (UPPER.test(char)) upper++;
    else if (LOWER.test(char)) lower++;
    if (point > 0xffff) i++;
  }
  return upper + lower >= minLetters && upper / (upper + lower) >= 0.9;
}

/** `isMostlyCapitals` of a block's text, worked out once per block. */
export const isMostlyCapitalBlock = oncePerBlock((block) => isMostlyCapitals(block.text));

export const allCapsBlocks: CheckFunction = (context) => {
  const minWords =
    typeof context.rule.options?.minWords === 'number' ? context.rule.options.minWords : 3;
  const hits: Hit[] = [];
  for (const block of blocksInScope(context)) {
    if (!isMostlyCapitalBlock(block)) continue;
    const words = block.text.match(/\p{L}+/gu)?.length ?? 0;
    if (words < minWords) continue;
    hits.push({
      quote: block.text,
      position: { ref: block.ref, start: 0, end: block.text.length },
    });
  }
  return hits;
};
