import { oncePerBlock } from './once-per-block';

/** Words as readers count them: runs of letters (with inner apostrophes or hyphens) or digits. */
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

/** `countWords` of a block's text, counted once per block. */
export const blockWords = oncePerBlock((block) => countWords(block.text));
