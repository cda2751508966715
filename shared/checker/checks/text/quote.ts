import type { TextBlock } from '../../document-model';
import type { Position } from '../../finding';
import type { Hit, Sentence } from '../types';

/** The index of the sentence that contains `offset`, or -1 (offsets between sentences). */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A hit that always points at its passage. */
export type QuotedHit = Hit & { position: Position };

/**
 * Marks where a quote was shortened. The mark is not in the document: a hit's `position` covers
 * only the text between the marks, so `block.text.slice(start, end)` is the quote without them
 * (README, "Report format").
 */
export const CUT_MARK = '…';

const MAX_QUOTE = 240;
const CONTEXT = 100;
/** How far back (or on) from a cut a word edge is looked for before cutting inside a word. */
const WORD_EDGE_SEARCH = 30;

/**
 * The evidence to quote for a match: its whole sentence, or, in a run-on sentence (a list pasted
 * without punctuation), the match with up to 100 characters either side, cut at word edges and
 * marked with "…" where it was cut.
 */
export function quoteAround(
  block: TextBlock,
  sentence: Sentence | undefined,
  matchStart: number,
  matchEnd: number,
): QuotedHit {
  const start = sentence?.start ?? 0;
  const end = sentence?.end ?? block.text.length;
  if (end - start <= MAX_QUOTE) return quoteRange(block, start, end, false, false);
  const from = Math.max(start, matchStart - CONTEXT);
  const to = Math.min(end, matchEnd + CONTEXT);
  const cutStart = from > start ? wordStartAtOrAfter(block.text, from, matchStart) : from;
  const cutEnd = to < end ? wordEndAtOrBefore(block.text, to, matchEnd) : to;
  return quoteRange(block, cutStart, cutEnd, cutStart > start, cutEnd < end);
}

/**
 * The start of a block, for findings about a whole passage: the block whole when it has at most
 * `maxLength` characters, else its first sentence when that is short enough, else its first
 * `maxLength` characters cut at a word edge and ending in "…".
 */
export function quoteBlockStart(
  block: TextBlock,
  maxLength: number,
  sentences?: readonly Sentence[],
): QuotedHit {
  const { text } = block;
  if (text.trim().length <= maxLength) return quoteRange(block, 0, text.length, false, false);
  const first = sentences?.[0];
  if (first && first.end - first.start <= maxLength && first.text.trim().length > 0) {
    return quoteRange(block, first.start, first.end, false, true);
  }
  const end = wordEndAtOrBefore(text, maxLength, 1);
  return quoteRange(block, 0, end, false, true);
}

/** The quote and position for `[start, end)` of the block, white space trimmed, marked where cut. */
function quoteRange(
  block: TextBlock,
  start: number,
  end: number,
  cutBefore: boolean,
  cutAfter: boolean,
): QuotedHit {
  const { text } = block;
  // Trim white space so the highlight hugs the words.
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  const quoted = text.slice(start, end);
  const quote = `${cutBefore && quoted ? CUT_MARK : ''}${quoted}${cutAfter && quoted ? CUT_MARK : ''}`;
  return { quote, position: { ref: block.ref, start, end } };
}

/**
 * The first word start at or after `from` (and not past `limit`, the start of what must be
 * quoted). Text with no space near the cut (Chinese, Japanese, a long address) is cut at `from`,
 * moved off the second half of a surrogate pair.
 */
function wordStartAtOrAfter(text: string, from: number, limit: number): number {
  if (from === 0 || /\s/u.test(text[from - 1] ?? '')) return from;
  const stop = Math.min(limit, from + WORD_EDGE_SEARCH);
  for (let i = from; i < stop; i++) {
    if (/\s/u.test(text[i] ?? '')) return i + 1;
  }
  return isLowSurrogate(text.charCodeAt(from)) ? from + 1 : from;
}

/** The last word end at or before `to` (and not before `limit`, the end of what must be quoted). */
function wordEndAtOrBefore(text: string, to: number, limit: number): number {
  if (to >= text.length || /\s/u.test(text[to] ?? '')) return to;
  const stop = Math.max(limit, to - WORD_EDGE_SEARCH);
  for (let i = to; i > stop; i--) {
    if (/\s/u.test(text[i - 1] ?? '')) return i - 1;
  }
  return isLowSurrogate(text.charCodeAt(to)) ? to - 1 : to;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
