import type {
  BlockKind,
  DocumentModel,
  ImageInfo,
  LangAttribute,
  LinkInfo,
  TableInfo,
  TextBlock,
  TranslateWidget,
} from '../document-model';
import { BlockText, collapseWhiteSpace, type TextSegment } from './block-text';
import {
  type ControlGroup,
  controlKind,
  groupFor,
  type PendingControl,
  resolveControls,
} from './controls';
import {
  DOCUMENT_FRAGMENT_NODE,
  isElement,
  isHiddenByMarkup,
  isText,
  justifiedByMarkup,
  numberAttribute,
  SKIPPED_ELEMENTS,
  textOf,
  textOfIdRefs,
} from './dom';
import { readabilityArticle } from './main-content';
import { TableBuilder } from './tables';
import { widgetForElement, widgetForScript } from './translate-widgets';

export interface ExtractOptions {
  url?: string;
  /** Used when the document has no `<title>`. */
  title?: string;
  /**
   * The caller's own visibility test, e.g. computed style in the browser. Markup that hides an
   * element (`hidden`, `aria-hidden`, inline `display:none`) is always honoured as well.
   */
  isHidden?: (element: Element) => boolean;
  /** The caller's own test for `text-align: justify`, e.g. computed style; asked for each block. */
  isJustified?: (element: Element) => boolean;
  /** The rendered size of an image, when the caller can measure it. */
  imageSize?: (image: Element) => { width: number; height: number } | undefined;
  /** Walk only this subtree (a selection): all of it is then the main content. */
  root?: Element | DocumentFragment;
  /** `auto` finds the main content with Readability and falls back to the whole body. */
  mainContent?: 'auto' | 'whole-body';
  /** Readability is skipped above this many elements (it would take seconds). Default 20,000. */
  readabilityMaxElements?: number;
  /** ...or when elements nest deeper than this. Default 400. */
  readabilityMaxDepth?: number;
}

/** The model plus what the extension needs to point back into the page it came from. */
export interface Extraction {
  model: DocumentModel;
  /** ref -> the element a block, link, image, control, table or lang attribute came from. */
  refs: Map<number, Element>;
  /** block ref -> the text nodes its text came from, for highlighting a passage. */
  segments: Map<number, TextSegment[]>;
}

const DEFAULT_READABILITY_MAX_ELEMENTS = 20_000;
const DEFAULT_READABILITY_MAX_DEPTH = 400;
/** Below this share of the page's words, Readability picked one section of a multi-part newsletter. */
const MIN_ARTICLE_SHARE = 0.5;

/** Elements that start and end a block of text (CSS block boxes, plus label and legend). */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'label',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const KIND_BY_TAG: Record<string, BlockKind> = {
  li: 'list-item',
  td: 'table-cell',
  th: 'table-cell',
  caption: 'caption',
  figcaption: 'caption',
  label: 'label',
  legend: 'legend',
  blockquote: 'quote',
  pre: 'preformatted',
  dt: 'other',
  dd: 'other',
  summary: 'other',
};

const KIND_BY_ROLE: Record<string, BlockKind> = {
  listitem: 'list-item',
  cell: 'table-cell',
  gridcell: 'table-cell',
  columnheader: 'table-cell',
  rowheader: 'table-cell',
};

/** Landmarks that hold a site's navigation and boilerplate rather than the message. */
const INHERITED_KINDS = new Set<BlockKind>([
  'list-item',
  'label',
  'legend',
  'caption',
  'quote',
  'preformatted',
  'heading',
]);

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
const SECTIONING = new Set(['article', 'main', 'section']);

/** Where the next text goes: set by the innermost element that starts a block. */
interface BlockContext {
  owner: Element;
  kind: BlockKind;
  headingLevel?: number;
  lang?: string;
  justified: boolean;
  chrome: boolean;
  inForm: boolean;
}

interface LinkBuilder {
  ref: number;
  element: Element;
  text: string;
  blockRef?: number;
}

/** What an element passes on to its descendants. Shared until an element changes something. */
interface WalkState {
  block: BlockContext;
  lang?: string;
  justified: boolean;
  chrome: boolean;
  inSectioning: boolean;
  inForm: boolean;
  formRef?: number;
  link: LinkBuilder | null;
  label: Element | null;
  group: ControlGroup | null;
  table: TableBuilder | null;
  pre: boolean;
}

type Frame =
  | { node: Node; state: WalkState; exit?: false }
  | { node: Element; state: WalkState; exit: true; table?: TableBuilder; link?: LinkBuilder };

/**
 * Turns a DOM document into a `DocumentModel`. Pure DOM API, so the same code runs on linkedom in
 * node and on the live page in the extension (which passes `isHidden`/`isJustified` built on
 * computed style). The walk is iterative, so deeply nested input cannot overflow the stack; it
 * enters open shadow roots and follows slots.
 */
export function extractFromDocument(document: Document, options: ExtractOptions = {}): Extraction {
  const refs = new Map<number, Element>();
  const segments = new Map<number, TextSegment[]>();
  let nextRef = 0;
  const allocate = (element: Element) => {
    const ref = nextRef++;
    refs.set(ref, element);
    return ref;
  };

  const blocks: TextBlock[] = [];
  const blockOwners: Element[] = [];
  const blockChrome: boolean[] = [];
  const blockInForm: boolean[] = [];
  const links: LinkInfo[] = [];
  const images: ImageInfo[] = [];
  const pendingControls: PendingControl[] = [];
  const labelsFor = new Map<string, Element[]>();
  const tables: TableInfo[] = [];
  const langAttributes: LangAttribute[] = [];
  const widgets = new Map<TranslateWidget['kind'], TranslateWidget>();
  let isForm = false;
  let elementCount = 0;
  let maxDepth = 0;

  const root = options.root ?? document.documentElement;
  const htmlElement = document.documentElement;
  const htmlLang = options.root ? undefined : htmlElement?.getAttribute('lang')?.trim() || null;

  // The block being filled, and the ref it will get once it has text.
  let current: BlockContext | null = null;
  let text = new BlockText();
  let currentRef = -1;

  const flush = () => {
    if (current && !text.isEmpty) {
      const value = text.text();
      if (value) {
        const block: TextBlock = {
          ref: currentRef,
          kind: current.kind,
          text: value,
          inMainContent: false,
        };
        if (current.headingLevel) block.headingLevel = current.headingLevel;
        if (current.lang) block.lang = current.lang;
        if (current.justified || options.isJustified?.(current.owner)) block.justified = true;
        if (current.inForm) block.inForm = true;
        blocks.push(block);
        blockOwners.push(current.owner);
        blockChrome.push(current.chrome);
        blockInForm.push(current.inForm);
        segments.set(currentRef, text.segments);
      }
    }
    current = null;
    text = new BlockText();
    currentRef = -1;
  };

  const appendText = (node: Text | null, data: string, state: WalkState) => {
    if (current !== state.block) {
      flush();
      current = state.block;
    }
    const before = text.length;
    if (state.pre) {
      const lines = data.split('\n');
      lines.forEach((line, i) => {
        if (i > 0) text.appendBreak();
        text.appendText(line, node ?? undefined);
      });
    } else {
      text.appendText(data, node ?? undefined);
    }
    if (text.length > before && currentRef < 0) currentRef = allocate(current.owner);
    if (state.link) {
      state.link.text += data;
      state.link.blockRef ??= currentRef >= 0 ? currentRef : undefined;
    }
  };

  const bodyState: WalkState = {
    block: {
      owner:
        (root as Element).nodeType === DOCUMENT_FRAGMENT_NODE ? htmlElement : (root as Element),
      kind: 'paragraph',
      justified: false,
      chrome: false,
      inForm: false,
    },
    lang: htmlLang ?? undefined,
    justified: false,
    chrome: false,
    inSectioning: false,
    inForm: false,
    link: null,
    label: null,
    group: null,
    table: null,
    pre: false,
  };
  if (bodyState.lang) bodyState.block.lang = bodyState.lang;

  const stack: Frame[] = [];
  // Elements entered and not yet left: the depth of the next element is one more.
  let openElements = 0;
  const pushChildren = (parent: Node, state: WalkState) => {
    const shadow = isElement(parent)
      ? (parent as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot
      : null;
    let children: ArrayLike<Node> | null = null;
    if (isElement(parent) && parent.localName === 'slot') {
      const assigned = (parent as HTMLSlotElement).assignedNodes?.({ flatten: true });
      if (assigned && assigned.length > 0) children = assigned;
    }
    if (children) {
      for (let i = children.length - 1; i >= 0; i--)
        stack.push({ node: children[i] as Node, state });
      return;
    }
    const from = shadow ?? parent;
    for (let child = from.lastChild; child; child = child.previousSibling)
      stack.push({ node: child, state });
  };

  if (root.nodeType === DOCUMENT_FRAGMENT_NODE) pushChildren(root, bodyState);
  else stack.push({ node: root, state: bodyState });

  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.exit) {
      openElements--;
      const element = frame.node;
      if (frame.link) {
        const link = frame.link;
        const info: LinkInfo = {
          ref: link.ref,
          text: collapseWhiteSpace(link.text),
          href: element.getAttribute('href') ?? '',
        };
        if (link.blockRef !== undefined) info.blockRef = link.blockRef;
        const name = linkName(element);
        if (name && name !== info.text) info.accessibleName = name;
        const lang = element.getAttribute('lang') ?? element.getAttribute('hreflang');
        if (lang?.trim()) info.lang = lang.trim();
        links.push(info);
      }
      if (frame.table) tables.push(frame.table.finish());
      if (BLOCK_ELEMENTS.has(element.localName) || frame.state.block.owner === element) flush();
      continue;
    }

    const node = frame.node;
    const state = frame.state;
    if (isText(node)) {
      if (node.data) appendText(node, node.data, state);
      continue;
    }
    if (!isElement(node)) continue;
    const element = node;
    const tag = element.localName;

    const widget = widgetForElement(element);
    if (widget && !widgets.has(widget))
      widgets.set(widget, { kind: widget, ref: allocate(element) });
    if (SKIPPED_ELEMENTS.has(tag)) {
      if (tag === 'script') noteScriptWidget(element, widgets);
      if (tag === 'head') {
        for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
          if (child.localName === 'script') noteScriptWidget(child, widgets);
        }
      }
      continue;
    }
    if (element !== root && (isHiddenByMarkup(element) || options.isHidden?.(element))) continue;

    elementCount++;
    if (openElements + 1 > maxDepth) maxDepth = openElements + 1;
    const role = element.getAttribute('role')?.trim().toLowerCase() ?? '';
    // Copy the state only when this element changes something its descendants inherit.
    let next: WalkState | undefined;
    const change = (): WalkState => {
      next ??= { ...state };
      return next;
    };

    const lang = element.getAttribute('lang')?.trim();
    if (lang !== undefined && element !== htmlElement) {
      change().lang = lang || undefined;
      if (lang) {
        langAttributes.push({
          ref: allocate(element),
          lang,
          sample: textOf(element, { maxChars: 80 }),
        });
      }
    }
    const justified = justifiedByMarkup(element);
    if (justified !== undefined && justified !== state.justified) change().justified = justified;

    const isChromeLandmark =
      CHROME_ROLES.has(role) ||
      tag === 'nav' ||
      tag === 'aside' ||
      ((tag === 'header' || tag === 'footer') && !state.inSectioning);
    if (isChromeLandmark && !state.chrome) change().chrome = true;
    if ((SECTIONING.has(tag) || role === 'main' || role === 'article') && !state.inSectioning) {
      change().inSectioning = true;
    }

    if (tag === 'form' || role === 'form') {
      isForm = true;
      const s = change();
      s.inForm = true;
      s.formRef = allocate(element);
    }

    if (tag === 'pre') change().pre = true;
    if (tag === 'label') change().label = element;
    if (tag === 'label') {
      const forId = element.getAttribute('for');
      if (forId) {
        const list = labelsFor.get(forId);
        if (list) list.push(element);
        else labelsFor.set(forId, [element]);
      }
    }
    const group = groupFor(element, state.group);
    if (group) change().group = group;

    let tableFrame: TableBuilder | undefined;
    if (tag === 'table' || role === 'table' || role === 'grid') {
      if (state.table) state.table.hasLayoutContent = true;
      tableFrame = new TableBuilder(allocate(element), element);
      change().table = tableFrame;
    } else if (state.table) {
      if (tag === 'tr' || role === 'row') state.table.startRow();
      else if (tag === 'td' || tag === 'th' || KIND_BY_ROLE[role] === 'table-cell') {
        state.table.cell(element, tag === 'th' || role === 'columnheader' || role === 'rowheader');
      } else if (tag === 'caption') state.table.hasCaption = true;
      else if (
        /^h[1-6]$/.test(tag) ||
        tag === 'ul' ||
        tag === 'ol' ||
        tag === 'form' ||
        role === 'heading'
      ) {
        state.table.hasLayoutContent = true;
      }
    }

    // A new block starts here: its kind comes from the element or the nearest element that has one.
    const headingLevel = /^h([1-6])$/.exec(tag)?.[1];
    const isHeading = headingLevel !== undefined || role === 'heading';
    const specificKind: BlockKind | undefined = isHeading
      ? 'heading'
      : (KIND_BY_ROLE[role] ?? KIND_BY_TAG[tag]);
    const startsBlock = BLOCK_ELEMENTS.has(tag) || specificKind !== undefined;
    if (startsBlock) {
      flush();
      // A paragraph inside a list item or label belongs to it; cells of layout tables hold paragraphs.
      const inherited = INHERITED_KINDS.has(state.block.kind) ? state.block : null;
      const s = change();
      const kind: BlockKind = specificKind ?? inherited?.kind ?? 'paragraph';
      s.block = {
        owner: element,
        kind,
        justified: s.justified,
        chrome: s.chrome,
        inForm: s.inForm,
      };
      if (s.lang) s.block.lang = s.lang;
      if (kind === 'heading') {
        s.block.headingLevel = headingLevel
          ? Number(headingLevel)
          : clampLevel(numberAttribute(element, 'aria-level') ?? 2);
      } else if (inherited?.headingLevel && !specificKind) {
        s.block.headingLevel = inherited.headingLevel;
      }
    }

    let linkFrame: LinkBuilder | undefined;
    if (tag === 'a' && element.hasAttribute('href')) {
      linkFrame = { ref: allocate(element), element, text: '' };
      change().link = linkFrame;
    }

    if (tag === 'br') {
      if (current === state.block && !text.isEmpty) {
        if (text.endsWithBreak) flush();
        else text.appendBreak();
      }
      continue;
    }

    if (tag === 'img') {
      images.push(imageInfo(element, allocate(element), state.link !== null, options));
      continue;
    }

    const control = controlKind(element);
    if (control) {
      isForm = true;
      const pending: PendingControl = {
        ref: allocate(element),
        element,
        ...control,
        wrappingLabel: state.label,
        group: (next as WalkState | undefined)?.group ?? state.group,
      };
      if (state.formRef !== undefined) pending.formRef = state.formRef;
      pendingControls.push(pending);
      // A native field's content is its value or its options, not text on the page.
      if (control.native) continue;
    }

    const childState: WalkState = (next as WalkState | undefined) ?? state;
    openElements++;
    stack.push({
      node: element,
      state: childState,
      exit: true,
      ...(tableFrame ? { table: tableFrame } : {}),
      ...(linkFrame ? { link: linkFrame } : {}),
    });
    pushChildren(element, childState);
  }
  flush();

  const notes: string[] = [];
  const mainContent = markMainContent(document, options, {
    blocks,
    blockOwners,
    blockChrome,
    blockInForm,
    elementCount,
    maxDepth,
    notes,
  });

  const model: DocumentModel = {
    title: documentTitle(document, options, blocks),
    mainContent,
    blocks,
    links,
    images,
    controls: resolveControls(pendingControls, labelsFor),
    tables,
    langAttributes,
    isForm,
    translateWidgets: [...widgets.values()],
  };
  if (options.url) model.url = options.url;
  if (htmlLang !== undefined) model.htmlLang = htmlLang;
  if (notes.length > 0) model.notes = notes;
  return { model, refs, segments };
}

function clampLevel(level: number): number {
  return Math.min(6, Math.max(1, Math.round(level)));
}

function noteScriptWidget(script: Element, widgets: Map<TranslateWidget['kind'], TranslateWidget>) {
  const src = script.getAttribute('src');
  const kind = src ? widgetForScript(src) : undefined;
  if (kind && !widgets.has(kind)) widgets.set(kind, { kind });
}

function linkName(link: Element): string {
  const labelledBy = link.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = textOfIdRefs(link, labelledBy);
    if (text) return text;
  }
  const label = collapseWhiteSpace(link.getAttribute('aria-label') ?? '');
  if (label) return label;
  const content = textOf(link, { withAlt: true, maxChars: 500 });
  return content || collapseWhiteSpace(link.getAttribute('title') ?? '');
}

function imageInfo(
  image: Element,
  ref: number,
  inLink: boolean,
  options: ExtractOptions,
): ImageInfo {
  const info: ImageInfo = {
    ref,
    src: image.getAttribute('src') ?? image.getAttribute('data-src') ?? '',
    alt: image.getAttribute('alt'),
    inLink,
  };
  const role = image.getAttribute('role')?.trim().toLowerCase();
  if (role) info.role = role;
  const measured = options.imageSize?.(image);
  const width = measured?.width ?? numberAttribute(image, 'width') ?? styleLength(image, 'width');
  const height =
    measured?.height ?? numberAttribute(image, 'height') ?? styleLength(image, 'height');
  if (width !== undefined) info.width = width;
  if (height !== undefined) info.height = height;
  return info;
}

function styleLength(element: Element, property: 'width' | 'height'): number | undefined {
  const style = element.getAttribute('style');
  if (!style) return undefined;
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*(\\d+(?:\\.\\d+)?)px`, 'i').exec(style);
  return match ? Number(match[1]) : undefined;
}

function documentTitle(document: Document, options: ExtractOptions, blocks: TextBlock[]): string {
  const title = options.root ? '' : collapseWhiteSpace(document.title ?? '');
  if (title) return title;
  if (options.title) return options.title;
  const heading = blocks.find((b) => b.kind === 'heading');
  return heading?.text ?? blocks[0]?.text.slice(0, 80) ?? '';
}

interface WalkResult {
  blocks: TextBlock[];
  blockOwners: Element[];
  blockChrome: boolean[];
  blockInForm: boolean[];
  elementCount: number;
  maxDepth: number;
  notes: string[];
}

/**
 * Decides which blocks are the message itself. Readability's article when it holds at least half
 * the page's words (below that it picked one section of a many-part newsletter); otherwise the
 * whole body less navigation, banner, footer and sidebars. Form questions count as content:
 * Readability drops forms, but on a form they are what families read.
 */
function markMainContent(
  document: Document,
  options: ExtractOptions,
  walk: WalkResult,
): DocumentModel['mainContent'] {
  const { blocks, blockOwners, blockChrome, blockInForm } = walk;
  if (options.root) {
    for (const block of blocks) block.inMainContent = true;
    return 'selection';
  }
  const wholeBody = () => {
    blocks.forEach((block, i) => {
      block.inMainContent = !blockChrome[i];
    });
    return 'whole-body' as const;
  };
  if (options.mainContent === 'whole-body' || blocks.length === 0) return wholeBody();

  const maxElements = options.readabilityMaxElements ?? DEFAULT_READABILITY_MAX_ELEMENTS;
  const maxDepth = options.readabilityMaxDepth ?? DEFAULT_READABILITY_MAX_DEPTH;
  if (walk.elementCount > maxElements || walk.maxDepth > maxDepth) {
    walk.notes.push(
      walk.elementCount > maxElements
        ? `Main-content detection was skipped: the page has ${walk.elementCount.toLocaleString('en-US')} elements (limit ${maxElements.toLocaleString('en-US')}), so the whole page was checked.`
        : `Main-content detection was skipped: elements nest ${walk.maxDepth.toLocaleString('en-US')} deep (limit ${maxDepth}), so the whole page was checked.`,
    );
    return wholeBody();
  }

  const inArticle = readabilityArticle(document);
  if (!inArticle) return wholeBody();

  let articleWords = 0;
  let candidateWords = 0;
  const flags = blocks.map((block, i) => {
    const owner = blockOwners[i] as Element;
    const words = countWords(block.text);
    const kept = inArticle(owner);
    if (!blockChrome[i] && !blockInForm[i]) {
      candidateWords += words;
      if (kept) articleWords += words;
    }
    return !blockChrome[i] && (kept || !!blockInForm[i]);
  });
  if (candidateWords > 0 && articleWords / candidateWords < MIN_ARTICLE_SHARE) return wholeBody();
  // Readability drops a heading that repeats the page title; it still heads the message.
  for (let i = flags.length - 2; i >= 0; i--) {
    if (!flags[i] && blocks[i]?.kind === 'heading' && !blockChrome[i] && flags[i + 1])
      flags[i] = true;
  }
  blocks.forEach((block, i) => {
    block.inMainContent = !!flags[i];
  });
  return 'readability';
}

function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/\S+/g)) count++;
  return count;
}
