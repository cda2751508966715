import type { BlockKind, DocumentModel, ImageInfo, LinkInfo, TextBlock } from '../document-model';
import { collapseWhiteSpace } from './block-text';

export interface TextExtractOptions {
  /** Used when the text has no first line to name it. */
  title?: string;
  url?: string;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+•●▪◦‣]|\d{1,3}[.)])\s+(.*)$/;
/** A line that ends a sentence, a question, introduces what follows, or is a required form question. */
const ENDS_SENTENCE = /(?:[.!?:;…。！？]["'”’)\]]*|\s\*)\s*$/;
/** Hard-wrapped e-mail text breaks lines at about 60 to 80 characters. */
const WRAPPED_LINE_LENGTH = 55;
const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*([^)\s]+)(?:\s+"[^"]*")?\s*\)/g;
const MARKDOWN_LINK = /\[([^\]]+)\]\(\s*([^)\s]+)(?:\s+"[^"]*")?\s*\)/g;
/** Copies of web forms keep their marks: `Email *` (Google Forms), blanks, check boxes. */
const FORM_LINE = /(?:\s\*\s*$)|_{4,}|[☐☑☒□]|^\s*\[\s?\]\s|^\s*\(\s?\)\s/;

interface Line {
  text: string;
  number: number;
}

/**
 * Turns plain text into a `DocumentModel`. A blank line ends a paragraph; inside one, each line is
 * its own block unless it is a hard-wrapped continuation (the line before does not end a sentence
 * and either this line starts in lower case or the line before is long). `#` headings, list
 * markers and Markdown links and images are recognised, because newsletters saved as text often
 * carry them.
 */
export function extractFromText(input: string, options: TextExtractOptions = {}): DocumentModel {
  const source = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = source.split('\n');
  const blocks: TextBlock[] = [];
  const links: LinkInfo[] = [];
  const images: ImageInfo[] = [];
  let nextRef = 0;
  let formLines = 0;

  let pending: { kind: BlockKind; level?: number; lines: Line[] } | null = null;
  const flush = () => {
    if (!pending) return;
    const raw = pending.lines.map((l) => l.text).join(' ');
    const ref = nextRef++;
    const blockLinks: LinkInfo[] = [];
    let text = raw.replace(MARKDOWN_IMAGE, (_, alt: string, src: string) => {
      images.push({ ref: nextRef++, src, alt, inLink: false });
      return ' ';
    });
    text = text.replace(MARKDOWN_LINK, (_, label: string, href: string) => {
      blockLinks.push({ ref: nextRef++, text: collapseWhiteSpace(label), href, blockRef: ref });
      return label;
    });
    text = collapseWhiteSpace(text);
    if (text) {
      const block: TextBlock = {
        ref,
        kind: pending.kind,
        text,
        inMainContent: true,
        line: (pending.lines[0] as Line).number,
      };
      if (pending.level) block.headingLevel = pending.level;
      blocks.push(block);
      links.push(...blockLinks);
    }
    pending = null;
  };

  lines.forEach((rawLine, index) => {
    const line: Line = { text: rawLine, number: index + 1 };
    if (!rawLine.trim()) {
      flush();
      return;
    }
    if (FORM_LINE.test(rawLine)) formLines++;
    const heading = HEADING.exec(rawLine);
    if (heading) {
      flush();
      pending = {
        kind: 'heading',
        level: (heading[1] as string).length,
        lines: [{ ...line, text: heading[2] as string }],
      };
      flush();
      return;
    }
    const item = LIST_ITEM.exec(rawLine);
    if (item) {
      flush();
      pending = { kind: 'list-item', lines: [{ ...line, text: item[1] as string }] };
      return;
    }
    if (pending && continues(pending.lines[pending.lines.length - 1] as Line, rawLine)) {
      pending.lines.push(line);
      return;
    }
    flush();
    pending = { kind: 'paragraph', lines: [line] };
  });
  flush();

  const firstLine = blocks[0]?.text ?? '';
  const model: DocumentModel = {
    title: options.title ?? (firstLine.length <= 120 ? firstLine : `${firstLine.slice(0, 117)}...`),
    mainContent: 'plain-text',
    blocks,
    links,
    images,
    controls: [],
    tables: [],
    langAttributes: [],
    isForm: formLines >= 3,
  };
  if (options.url) model.url = options.url;
  return model;
}

function continues(previous: Line, next: string): boolean {
  const before = previous.text.trimEnd();
  if (ENDS_SENTENCE.test(before)) return false;
  const first = next.trimStart();
  if (/^\p{Ll}/u.test(first)) return true;
  return before.length >= WRAPPED_LINE_LENGTH;
}
