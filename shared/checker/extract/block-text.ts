/**
 * Builds one block's text the way a browser renders it: runs of ASCII white space collapse to one
 * space, leading and trailing space is dropped, and a `<br>` is kept as "\n" (a sentence never
 * runs across it). Each text node's share of the block is recorded so that an offset into the
 * block's text can be turned back into a DOM position (see `positionToRange`).
 */

/** One DOM text node's contribution to a block. */
export interface TextSegment {
  node: Text;
  /** Offset in the block text of the first character this node contributes (a collapsed space included). */
  blockStart: number;
  /** Offset just after the node's last contributed character. */
  blockEnd: number;
  /** Whether the node's contribution starts with a space that the white space before it collapsed into. */
  leadingSpace: boolean;
}

const isCollapsible = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 12 || code === 13;

export class BlockText {
  private parts: string[] = [];
  length = 0;
  private pendingSpace = false;
  /** The last emitted character was a line break: a space after it is dropped. */
  private afterBreak = true;
  readonly segments: TextSegment[] = [];

  /** The text so far ends with a line break: a second `<br>` here ends the paragraph. */
  get endsWithBreak(): boolean {
    return this.afterBreak && this.length > 0;
  }

  get isEmpty(): boolean {
    return this.length === 0;
  }

  appendText(data: string, node?: Text): void {
    let out = '';
    let leadingSpace = false;
    let emitted = false;
    for (let i = 0; i < data.length; ) {
      if (isCollapsible(data.charCodeAt(i))) {
        if (!this.afterBreak) this.pendingSpace = true;
        i++;
        continue;
      }
      // A run of visible characters, copied at once.
      let end = i + 1;
      while (end < data.length && !isCollapsible(data.charCodeAt(end))) end++;
      if (this.pendingSpace) {
        if (!emitted) leadingSpace = true;
        out += ' ';
        this.pendingSpace = false;
      }
      out += data.slice(i, end);
      emitted = true;
      this.afterBreak = false;
      i = end;
    }
    if (!out) return;
    if (node) {
      this.segments.push({
        node,
        blockStart: this.length,
        blockEnd: this.length + out.length,
        leadingSpace,
      });
    }
    this.parts.push(out);
    this.length += out.length;
  }

  /** A `<br>`: a hard line break, which also ends any sentence. */
  appendBreak(): void {
    if (this.length === 0 || this.afterBreak) return;
    this.pendingSpace = false;
    this.parts.push('\n');
    this.length += 1;
    this.afterBreak = true;
  }

  /** The finished text, without a trailing line break. */
  text(): string {
    let text = this.parts.join('');
    if (text.endsWith('\n')) text = text.slice(0, -1);
    return text;
  }
}

/** Collapse white space the same way, for labels, link texts and other short texts. */
export function collapseWhiteSpace(text: string): string {
  return text.replace(/[ \t\n\f\r]+/g, ' ').trim();
}

/**
 * Where in `segment.node` the character at block offset `offset` is. A collapsed space maps to the
 * first character after it. Returns an offset into the node's data.
 */
export function nodeOffsetFor(segment: TextSegment, offset: number): number {
  const data = segment.node.data;
  let count = segment.blockStart;
  let pending = segment.leadingSpace;
  let seenText = false;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    if (isCollapsible(code)) {
      if (seenText) pending = true;
      continue;
    }
    seenText = true;
    if (pending) {
      if (count === offset) return i;
      count++;
      pending = false;
    }
    if (count === offset) return i;
    count++;
  }
  return data.length;
}
