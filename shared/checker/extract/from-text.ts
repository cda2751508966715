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
 * Pages of static-site generators (Jekyll, Hugo, Eleventy), which many schools and PTAs publish
 * with, start with YAML (`---`) or TOML (`+++`) front matter: the page's title, date and tags,
 * which are not part of the message families read.
 */
const FRONT_MATTER_FENCE = /^(---|\+\+\+)\s*$/;
const FRONT_MATTER_KEY = /^[\w.-]+\s*[:=]/;
/** Nested values, list items, comments and blank lines. */
const FRONT_MATTER_OTHER = /^(?:\s+\S|-\s|#|\s*$)/;
const FRONT_MATTER_MAX_LINES = 80;
const FRONT_MATTER_TITLE = /^title\s*[:=]\s*["']?(.*?)["']?\s*$/;

interface FrontMatter {
  /** Index of the first line after the closing fence. */
  bodyStart: number;
  title?: string;
}

function frontMatterOf(lines: readonly string[]): FrontMatter | undefined {
  const fence = FRONT_MATTER_FENCE.exec(lines[0] ?? '')?.[1];
  if (!fence) return undefined;
  let title: string | undefined;
  let keys = 0;
  const last = Math.min(lines.length, FRONT_MATTER_MAX_LINES + 1);
  for (let index = 1; index < last; index++) {
    const line = lines[index] as string;
    if (line.trimEnd() === fence) {
      if (keys === 0) return undefined;
      return title ? { bodyStart: index + 1, title } : { bodyStart: index + 1 };
    }
    if (FRONT_MATTER_KEY.test(line)) {
      keys++;
      title ??= FRONT_MATTER_TITLE.exec(line)?.[1] || undefined;
    } else if (!FRONT_MATTER_OTHER.test(line)) {
      // A line of dashes followed by prose is a divider, not metadata.
      return undefined;
    }
  }
  return undefined;
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
  const frontMatter = frontMatterOf(lines);
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
    if (frontMatter && index < frontMatter.bodyStart) return;
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
    title:
      options.title ??
      frontMatter?.title ??
      (firstLine.length <= 120 ? firstLine : `${firstLine.slice(0, 117)}...`),
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
