import type { DocumentModel } from '../../shared/checker/document-model';
import { extractFromText } from '../../shared/checker/extract/from-text';

/**
 * Text pages: Chrome shows a `.txt` (or Markdown) file as a `<pre>` of its text. That wrapper is
 * not the author's markup, so the page is read as plain text, the way a pasted draft is, and no
 * HTML-only check (page language, headings markup, axe-core) applies to it.
 */

/**
 * Content types of text pages that hold a message. Code (CSS, JavaScript, JSON) is shown as text
 * too, but is not a notice for families.
 */
const MESSAGE_TEXT_TYPES = new Set(['text/plain', 'text/markdown', 'text/x-markdown']);

export function isPlainTextType(contentType: string): boolean {
  return MESSAGE_TEXT_TYPES.has(contentType);
}

/** A text page read for checking, with what highlighting needs to find a passage again. */
export interface PlainTextReading {
  model: DocumentModel;
  /** The text that was read: the whole page, or the selected part of it. */
  source: string;
  /** Where `source` starts in the page's text (for a selection). */
  sourceStart: number;
  /** Block ref -> offset in `source` of the line the block starts on. */
  blockStarts: Map<number, number>;
}

/** Offsets in `text` where each line starts, counting line breaks as `extractFromText` does. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r\n?|\n/g)) starts.push(match.index + match[0].length);
  return starts;
}

/** Reads `pageText.slice(start, end)` as plain text (a draft), keeping where each block starts. */
export function readPlainText(
  pageText: string,
  options: { start?: number; end?: number; title?: string; url?: string } = {},
): PlainTextReading {
  const sourceStart = options.start ?? 0;
  const source = pageText.slice(sourceStart, options.end ?? pageText.length);
  const model = extractFromText(source, {
    ...(options.title ? { title: options.title } : {}),
    ...(options.url ? { url: options.url } : {}),
  });
  const starts = lineStarts(source);
  const blockStarts = new Map<number, number>();
  for (const block of model.blocks) {
    if (block.line !== undefined) blockStarts.set(block.ref, starts[block.line - 1] ?? 0);
  }
  return { model, source, sourceStart, blockStarts };
}

const isSpace = (character: string) => /\s/.test(character);

/**
 * Where a finding's passage (block ref, start and end in the block's text) is in the page's text:
 * `[start, end)` offsets, or null when the block is unknown. The block's text is the source lines
 * joined, white space collapsed and list, heading and link markup dropped, so each of its visible
 * characters is matched in order in the source from the block's first line.
 */
export function sourceRangeOf(
  reading: PlainTextReading,
  position: { ref: number; start: number; end: number },
): { start: number; end: number } | null {
  const block = reading.model.blocks.find((b) => b.ref === position.ref);
  const from = reading.blockStarts.get(position.ref);
  if (!block || from === undefined) return null;
  // A finding about the whole block (no span) covers all of it.
  const whole = position.end <= position.start;
  const first = whole ? 0 : position.start;
  const last = whole ? block.text.length : Math.min(position.end, block.text.length);
  let cursor = from;
  let start: number | undefined;
  let end: number | undefined;
  for (let index = 0; index < last; index++) {
    const character = block.text[index] as string;
    if (isSpace(character)) continue;
    const found = reading.source.indexOf(character, cursor);
    if (found < 0) break;
    cursor = found + 1;
    if (index >= first) {
      start ??= found;
      end = cursor;
    }
  }
  if (start === undefined || end === undefined) return null;
  return { start: reading.sourceStart + start, end: reading.sourceStart + end };
}
