import type { TextBlock } from '../../document-model';
import type { Sentence } from '../types';

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

const MAX_QUOTE = 240;
const CONTEXT = 100;

/**
 * The evidence to quote for a match: its whole sentence, or, in a run-on sentence (a list pasted
 * without punctuation), the match with up to 100 characters either side, cut at word edges.
 */
export function quoteAround(
  block: TextBlock,
  sentence: Sentence | undefined,
  matchStart: number,
  matchEnd: number,
): { quote: string; position: { ref: number; start: number; end: number } } {
  let start = sentence?.start ?? 0;
  let end = sentence?.end ?? block.text.length;
  if (end - start > MAX_QUOTE) {
    const from = Math.max(start, matchStart - CONTEXT);
    const to = Math.min(end, matchEnd + CONTEXT);
    start = from === start ? from : nextWordStart(block.text, from, matchStart);
    end = to === end ? to : previousWordEnd(block.text, to, matchEnd);
  }
  // Trim white space so the highlight hugs the words.
  while (start < end && /\s/.test(block.text[start] ?? '')) start++;
  while (end > start && /\s/.test(block.text[end - 1] ?? '')) end--;
  return { quote: block.text.slice(start, end), position: { ref: block.ref, start, end } };
}

function nextWordStart(text: string, from: number, limit: number): number {
  const space = text.indexOf(' ', from);
  return space >= 0 && space < limit ? space + 1 : from;
}

function previousWordEnd(text: string, to: number, limit: number): number {
  const space = text.lastIndexOf(' ', to);
  return space > limit ? space : to;
}
