// Straight from their modules, not the checker's index: the agent is injected for every check
// and needs the page extraction only, not the rules, their data and the zod schemas.
import { type Extraction, extractFromDocument } from '../../shared/checker/extract/from-document';
import { positionToRange } from '../../shared/checker/extract/positions';
import {
  AGENT_GLOBAL,
  AGENT_VERSION,
  type AgentApi,
  type ExtractRequest,
  type ExtractResult,
  type HighlightRequest,
  type HighlightResult,
  REPORT_PORT,
  type UnreadFrame,
} from './agent-protocol';
import { clearHighlight, highlightApiAvailable, scrollToRange, showHighlight } from './highlight';
import { isPlainTextType, type PlainTextReading, readPlainText, sourceRangeOf } from './plain-text';
import { narrowToRange } from './selection';

/**
 * The content agent, injected on demand (after the user clicks the toolbar button, a menu item or
 * the shortcut) into the page's frames. It reads the page with the shared extraction code and
 * keeps what highlighting needs. Injecting it again into the same frame reuses the agent.
 */

const RECENT_CHECKS = 3;

type AgentGlobal = typeof globalThis & { [AGENT_GLOBAL]?: AgentApi };

function frameFacts() {
  return { url: location.href, isTop: window.top === window, contentType: document.contentType };
}

/** Hidden by style sheets too, not just markup. `display: contents` boxes are not hidden. */
function isHidden(element: Element): boolean {
  if (element.checkVisibility({ visibilityProperty: true })) return false;
  return getComputedStyle(element).display !== 'contents';
}

function isJustified(element: Element): boolean {
  return getComputedStyle(element).textAlign === 'justify';
}

function imageSize(image: Element) {
  const box = image.getBoundingClientRect();
  return box.width > 0 || box.height > 0
    ? { width: Math.round(box.width), height: Math.round(box.height) }
    : undefined;
}

/** Frames smaller than this (in either direction) are trackers and counters, not content. */
const MIN_FRAME_PX = 50;

/**
 * The visible frames of this document whose content it cannot reach: another site's (a Google
 * Form embedded in a school page). Chrome's activeTab grant covers the tab's own site only, so
 * the check cannot read them, and the report must say so rather than leave them out unnoticed.
 */
function unreadFrames(): UnreadFrame[] {
  const unread: UnreadFrame[] = [];
  for (const frame of document.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>(
    'iframe, frame',
  )) {
    if (frame.contentDocument !== null || !/^https?:/.test(frame.src)) continue;
    const box = frame.getBoundingClientRect();
    if (box.width < MIN_FRAME_PX || box.height < MIN_FRAME_PX || isHidden(frame)) continue;
    const title = frame.title.trim();
    unread.push({ url: frame.src, ...(title ? { title } : {}) });
  }
  return unread;
}

/** The user's selection, or undefined when nothing (or only white space) is selected. */
function selectedRange(): Range | undefined {
  const selection = getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  if (!range || range.collapsed || !selection?.toString().trim()) return undefined;
  return range;
}

/** A text field (a web-mail draft, a form's answer box) and the text selected in it. */
interface FieldSelection {
  field: HTMLTextAreaElement | HTMLInputElement;
  start: number;
  end: number;
}

/**
 * The selection inside the focused textarea or text box, if any. Its text is the field's value,
 * not the DOM's: the document's selection is only a collapsed point beside the field.
 */
function selectedFieldText(): FieldSelection | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!(active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement)) return;
  // Inputs that have no text selection (check boxes, e-mail fields) report null here.
  const { selectionStart: start, selectionEnd: end } = active;
  if (start === null || end === null || end <= start) return;
  if (!active.value.slice(start, end).trim()) return;
  return { field: active, start, end };
}

/** The text nodes of a text page's `<pre>`, in order: their data joined is the file's text. */
function pageTextNodes(): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The offset in the page's text of a boundary point (a selection's start or end). */
function pageTextOffset(container: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(document.body, 0);
  before.setEnd(container, offset);
  return before.toString().length;
}

/** A DOM range over page text offsets `[start, end)`. */
function pageTextRange(start: number, end: number): Range | null {
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (const node of pageTextNodes()) {
    const next = at + node.data.length;
    if (!started && start < next) {
      range.setStart(node, start - at);
      started = true;
    }
    if (started && end <= next) {
      range.setEnd(node, end - at);
      return range;
    }
    at = next;
  }
  return null;
}

const withoutSpace = (text: string) => text.replace(/\s+/g, '');

/**
 * The range of a passage the check read, or null when the page has changed it since: its text
 * nodes replaced (`textContent` set), shortened or rewritten. A range in a detached node paints
 * nothing, and one in rewritten text would mark other words. White space is not compared: the
 * block's text has line breaks where the page has `<br>`.
 */
function stillReadRange(
  extraction: Extraction,
  position: { ref: number; start: number; end: number },
): Range | null {
  const block = extraction.model.blocks.find((b) => b.ref === position.ref);
  let range: Range | null;
  try {
    range = positionToRange(extraction, position);
  } catch {
    // An offset past the end of a text node the page has shortened.
    return null;
  }
  if (!range?.startContainer.isConnected || !range.endContainer.isConnected) return null;
  // A ref that is not a block (an image, a link, a form control) has no text of its own to compare.
  if (!block) return range;
  const read = block.text.slice(position.start, position.end);
  return withoutSpace(range.toString()) === withoutSpace(read) ? range : null;
}

/** What a check read, kept for highlighting its passages. */
type Reading =
  | { kind: 'html'; extraction: Extraction; shifts: Map<number, number> }
  | { kind: 'text'; reading: PlainTextReading }
  | { kind: 'field'; reading: PlainTextReading; field: FieldSelection['field'] };

/** A text page (a `.txt` notice) read as plain text, whole or its selection. */
function readTextPage(request: ExtractRequest): PlainTextReading | 'no-selection' {
  const pageText = pageTextNodes()
    .map((node) => node.data)
    .join('');
  const options = { url: location.href };
  if (request.kind !== 'selection') return readPlainText(pageText, options);
  const range = selectedRange();
  if (!range) return 'no-selection';
  return readPlainText(pageText, {
    ...options,
    start: pageTextOffset(range.startContainer, range.startOffset),
    end: pageTextOffset(range.endContainer, range.endOffset),
  });
}

function createAgent(): AgentApi {
  // The last few checks' readings, by check id: two side panels (two windows) may each hold a
  // report of this page.
  const recent = new Map<string, Reading>();
  const remember = (checkId: string, reading: Reading) => {
    recent.set(checkId, reading);
    for (const key of recent.keys()) {
      if (recent.size <= RECENT_CHECKS) break;
      recent.delete(key);
    }
  };

  // The side panel holds a port while it shows a report; it closes with the panel. A new check
  // connects a new port before the panel lets the old one go, so only the newest one's closing
  // clears the highlight: the old one's could arrive after a passage of the new report was shown.
  let reportPort: chrome.runtime.Port | undefined;
  chrome.runtime.onConnect.addListener((port) => {
    if (port.name !== REPORT_PORT) return;
    reportPort = port;
    port.onDisconnect.addListener(() => {
      if (port !== reportPort) return;
      reportPort = undefined;
      clearHighlight();
    });
  });

  const extract = (request: ExtractRequest): ExtractResult => {
    clearHighlight();
    const frame = frameFacts();
    const plainText = isPlainTextType(document.contentType) && document.body !== null;
    // A PDF (Chrome's viewer wraps it in a small HTML page), an image, code or data: no message to read.
    const html =
      document.contentType === 'text/html' || document.contentType === 'application/xhtml+xml';
    if (!plainText && (!html || !(document.documentElement instanceof HTMLElement))) {
      return { ok: false, error: 'not-html', frame };
    }
    const started = performance.now();
    try {
      if (plainText) {
        const reading = readTextPage(request);
        if (reading === 'no-selection') return { ok: false, error: 'no-selection', frame };
        remember(request.checkId, { kind: 'text', reading });
        return { ok: true, model: reading.model, frame, extractMs: performance.now() - started };
      }
      const options = { url: location.href, isHidden, isJustified, imageSize };
      const inField = request.kind === 'selection' ? selectedFieldText() : undefined;
      if (inField) {
        // A draft typed in a text box is text, as a pasted draft is.
        const reading = readPlainText(inField.field.value, {
          start: inField.start,
          end: inField.end,
          url: location.href,
          ...(document.title ? { title: document.title } : {}),
        });
        remember(request.checkId, { kind: 'field', reading, field: inField.field });
        return { ok: true, model: reading.model, frame, extractMs: performance.now() - started };
      }
      if (request.kind === 'selection') {
        const range = selectedRange();
        if (!range) return { ok: false, error: 'no-selection', frame };
        const ancestor = range.commonAncestorContainer;
        const root =
          ancestor instanceof Element ? ancestor : (ancestor.parentElement ?? document.body);
        const extraction = extractFromDocument(document, {
          ...options,
          root,
          title: document.title,
        });
        const narrowed = narrowToRange(extraction, range);
        remember(request.checkId, { kind: 'html', extraction, shifts: narrowed.shifts });
        narrowed.model.title = document.title || narrowed.model.title;
        return { ok: true, model: narrowed.model, frame, extractMs: performance.now() - started };
      }
      const extraction = extractFromDocument(document, options);
      remember(request.checkId, { kind: 'html', extraction, shifts: new Map() });
      const unread = unreadFrames();
      return {
        ok: true,
        model: extraction.model,
        frame,
        extractMs: performance.now() - started,
        ...(unread.length > 0 ? { unreadFrames: unread } : {}),
      };
    } catch (error) {
      return {
        ok: false,
        error: 'failed',
        detail: error instanceof Error ? error.message : String(error),
        frame,
      };
    }
  };

  const highlight = (request: HighlightRequest): HighlightResult => {
    const last = recent.get(request.checkId);
    if (!last) return { ok: false, error: 'stale' };
    if (!highlightApiAvailable()) return { ok: false, error: 'no-highlight-api' };
    let range: Range | null = null;
    // Where a passage read as plain text (a text page, a text box) is in that text.
    const textSpan = (reading: PlainTextReading) =>
      sourceRangeOf(reading, {
        ref: request.ref,
        start: request.start ?? 0,
        end: request.end ?? 0,
      });
    if (last.kind === 'field') {
      // A text box's text has no DOM range to paint: the passage is selected in the box instead.
      const span = textSpan(last.reading);
      if (!span || !last.field.isConnected) return { ok: false, error: 'stale' };
      clearHighlight();
      last.field.focus({ preventScroll: true });
      last.field.setSelectionRange(span.start, span.end);
      last.field.scrollIntoView({ block: 'nearest' });
      return { ok: true };
    }
    if (last.kind === 'text') {
      const span = textSpan(last.reading);
      range = span && pageTextRange(span.start, span.end);
      if (!range) return { ok: false, error: request.selector ? 'not-found' : 'stale' };
    } else if (request.selector) {
      const element = document.querySelector(request.selector.join(' '));
      if (element) {
        range = document.createRange();
        range.selectNode(element);
      }
    } else {
      const shift = last.shifts.get(request.ref) ?? 0;
      range = stillReadRange(last.extraction, {
        ref: request.ref,
        start: (request.start ?? 0) + shift,
        end: (request.end ?? 0) + shift,
      });
      if (!range) {
        // The old highlight would stay on words the status no longer speaks of.
        clearHighlight();
        return { ok: false, error: 'stale' };
      }
    }
    if (!range) return { ok: false, error: 'not-found' };
    showHighlight(range);
    scrollToRange(range);
    return { ok: true };
  };

  const refsOf = (checkId: string, selector: string[]): number[] => {
    const last = recent.get(checkId);
    const element = selector.length > 0 ? document.querySelector(selector.join(' ')) : null;
    if (last?.kind !== 'html' || !element) return [];
    const refs: number[] = [];
    for (const [ref, read] of last.extraction.refs) if (read === element) refs.push(ref);
    return refs;
  };

  return {
    version: AGENT_VERSION,
    extract,
    highlight,
    refsOf,
    read: (checkId) => recent.has(checkId),
    clear: clearHighlight,
  };
}

const scope = globalThis as AgentGlobal;
if (scope[AGENT_GLOBAL]?.version !== AGENT_VERSION) scope[AGENT_GLOBAL] = createAgent();
