import { oncePerBlock } from './once-per-block';

/** Words as readers count them: runs of letters (with inner apostrophes or hyphens) or digits. */
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*/gu;

export function countWords(text: string): number {
  if (isAscii(text)) return countAsciiWords(text);
  const unspaced = splitUnspaced(text);
  const spaced = unspaced?.spaced ?? text;
  let n = unspaced?.words.length ?? 0;
  WORD.lastIndex = 0;
  // test(), not exec(): a count needs no match arrays.
  while (WORD.test(spaced)) n++;
  return n;
}

/**
 * Runs of the scripts written without spaces between words: Chinese, Japanese, Thai, Lao, Khmer
 * and Burmese (with the Japanese length mark and iteration mark, which are common to both kana).
 */
const UNSPACED_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー々]+/gu;

/** Thai, the first of those scripts, starts at U+0E00: text below it holds none of them. */
function mayHoldUnspacedScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x0e00) return true;
  return false;
}

let segmenter: Intl.Segmenter | null | undefined;

/**
 * The words of a run of an unspaced script, told by Intl.Segmenter's dictionaries (node 20 and
 * Chrome have them): "我们为所有会议提供免费口译服务" is 8 words, not 1. Where there is no
 * Segmenter, each character counts as a word.
 */
function wordsOfUnspacedRun(run: string): string[] {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter(undefined, { granularity: 'word' })
        : null;
  }
  if (!segmenter) return [...run];
  const words: string[] = [];
  for (const part of segmenter.segment(run)) if (part.isWordLike) words.push(part.segment);
  return words;
}

/**
 * A text's runs of unspaced scripts, segmented into words, and the rest of the text with those
 * runs turned into spaces (its words are told by spaces as usual); `null` when it has none.
 */
export function splitUnspaced(text: string): { spaced: string; words: string[] } | null {
  if (!mayHoldUnspacedScript(text)) return null;
  const words: string[] = [];
  const spaced = text.replace(UNSPACED_RUN, (run) => {
    for (const word of wordsOfUnspacedRun(run)) words.push(word);
    return ' ';
  });
  return words.length > 0 ? { spaced, words } : null;
}

/** `countWords` of a block's text, counted once per block. */
export const blockWords = oncePerBlock((block) => countWords(block.text));

const BEYOND_ASCII = /[^\0-\x7f]/;

/** Most text is ASCII: one native scan tells, and then a loop over char codes can stand in for a Unicode regex. */
export function isAscii(text: string): boolean {
  return !BEYOND_ASCII.test(text);
}

/**
 * `WORD` on ASCII text, without the regex: every match there is ASCII letters joined by `'` or `-`
 * before another letter, or digits joined by `.`, `,` or `:` before another digit. Counting in a
 * loop is several times faster than a `u` regex, and words are counted for every block and most
 * sentences.
 */
function countAsciiWords(text: string): number {
  let n = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isAsciiLetter(code)) {
      n++;
      i = endOfRun(text, i + 1, isAsciiLetter, isWordJoiner);
    } else if (isAsciiDigit(code)) {
      n++;
      i = endOfRun(text, i + 1, isAsciiDigit, isNumberJoiner);
    } else i++;
  }
  return n;
}

/** Where a run of `inRun` characters ends, a joiner followed by another `inRun` continuing it. */
function endOfRun(
  text: string,
  from: number,
  inRun: (code: number) => boolean,
  joins: (code: number) => boolean,
): number {
  let i = from;
  for (;;) {
    while (i < text.length && inRun(text.charCodeAt(i))) i++;
    if (i + 1 < text.length && joins(text.charCodeAt(i)) && inRun(text.charCodeAt(i + 1))) i += 2;
    else return i;
  }
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `'` and `-`. */
const isWordJoiner = (code: number) => code === 39 || code === 45;
/** `.`, `,` and `:`. */
const isNumberJoiner = (code: number) => code === 46 || code === 44 || code === 58;
