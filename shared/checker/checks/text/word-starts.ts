import type { DocumentModel } from '../../document-model';
import { oncePerBlock } from './once-per-block';
import { TRIGGER_LENGTH } from './pattern-starts';

/** The block's text in lower case, same length as the original. */
export const lowered = oncePerBlock((block) => lowerSameLength(block.text));

export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few characters (İ) grow when lower-cased: keep those as they are.
  let out = '';
  for (const c of text) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const MARK = /\p{M}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Where words start in a document, by their first three letters (the whole word when shorter), so
 * a pattern starting with "we " need not read every "week" or "welcome". Positions are ordinals
 * into `blockOf`/`offsetOf`, in document order.
 *
 * A pattern's leading word edge can also fall inside what the index calls a word: ASCII `\b`
 * between a non-ASCII letter and an ASCII one ("Kreyòl": before the "l"), and the edge
 * phrasePattern writes, `(?<![\p{L}\p{N}])`, after a combining mark. Those inner starts are
 * indexed too, so every position where a pattern with triggers can match is listed.
 */
export interface WordStarts {
  /** Each block's lower-cased text. */
  texts: string[];
  blockOf: number[];
  offsetOf: number[];
  byKey: Map<string, number[]>;
  /** Lists of `byKey` by a shorter prefix, for triggers of one or two letters; grouped on demand. */
  byShortPrefix?: Map<string, number[][]>;
}

const wordStartsCache = new WeakMap<DocumentModel, WordStarts>();

export function wordStarts(model: DocumentModel): WordStarts {
  let starts = wordStartsCache.get(model);
  if (starts) return starts;
  const blockOf: number[] = [];
  const offsetOf: number[] = [];
  const byKey = new Map<string, number[]>();
  const addStart = (blockIndex: number, offset: number, key: string) => {
    const list = byKey.get(key);
    if (list) list.push(blockOf.length);
    else byKey.set(key, [blockOf.length]);
    blockOf.push(blockIndex);
    offsetOf.push(offset);
  };
  const texts = model.blocks.map(lowered);
  for (let b = 0; b < texts.length; b++) {
    forEachWordStart(texts[b] as string, (offset, key) => addStart(b, offset, key));
  }
  starts = { texts, blockOf, offsetOf, byKey };
  wordStartsCache.set(model, starts);
  return starts;
}

/** Each place in a lower-cased text where a word starts (see WordStarts), with its key. */
export function forEachWordStart(text: string, visit: (offset: number, key: string) => void): void {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    visit(m.index, word.length <= TRIGGER_LENGTH ? word : word.slice(0, TRIGGER_LENGTH));
    if (!hasNonAscii(word)) continue;
    for (const inner of innerStarts(word)) {
      visit(m.index + inner, word.slice(inner, inner + TRIGGER_LENGTH));
    }
  }
}

/**
 * The ordinals of the word starts a trigger stands for, as lists: a three-letter trigger's own
 * list; `=we`, the word "we" itself; a one- or two-letter trigger, every word starting with it.
 */
export function startsFor(starts: WordStarts, trigger: string): readonly number[][] {
  if (trigger.startsWith('=')) {
    const list = starts.byKey.get(trigger.slice(1));
    return list ? [list] : [];
  }
  if (trigger.length >= TRIGGER_LENGTH) {
    const list = starts.byKey.get(trigger);
    return list ? [list] : [];
  }
  if (!starts.byShortPrefix) {
    const grouped = new Map<string, number[][]>();
    for (const [key, list] of starts.byKey) {
      for (let n = 1; n < TRIGGER_LENGTH && n <= key.length; n++) {
        const prefix = key.slice(0, n);
        const lists = grouped.get(prefix);
        if (lists) lists.push(list);
        else grouped.set(prefix, [list]);
      }
    }
    starts.byShortPrefix = grouped;
  }
  return starts.byShortPrefix.get(trigger) ?? [];
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** Offsets inside a word (with non-ASCII letters) where a pattern's leading word edge can hold. */
function innerStarts(word: string): number[] {
  const found: number[] = [];
  let previous = word.codePointAt(0) as number;
  for (let i = previous > 0xffff ? 2 : 1; i < word.length; ) {
    const code = word.codePointAt(i) as number;
    const asciiAfterOther = previous > 0x7f && isAsciiLetterOrDigit(code);
    const afterMark =
      previous > 0x7f &&
      MARK.test(String.fromCodePoint(previous)) &&
      LETTER_OR_DIGIT.test(String.fromCodePoint(code));
    if (asciiAfterOther || afterMark) found.push(i);
    previous = code;
    i += code > 0xffff ? 2 : 1;
  }
  return found;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
