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
} from './agent-protocol';
import { clearHighlight, highlightApiAvailable, scrollToRange, showHighlight } from './highlight';
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

function createAgent(): AgentApi {
  // The last few checks' extractions, by check id: two side panels (two windows) may each hold a
  // report of this page.
  const recent = new Map<string, { extraction: Extraction; shifts: Map<number, number> }>();
  const remember = (checkId: string, extraction: Extraction, shifts: Map<number, number>) => {
    recent.set(checkId, { extraction, shifts });
    for (const key of recent.keys()) {
      if (recent.size <= RECENT_CHECKS) break;
      recent.delete(key);
    }
  };

  chrome.runtime.onConnect.addListener((port) => {
    if (port.name !== REPORT_PORT) return;
    // The side panel holds this port while it shows the report; it closes with the panel.
    port.onDisconnect.addListener(clearHighlight);
  });

  const extract = (request: ExtractRequest): ExtractResult => {
    clearHighlight();
    const frame = frameFacts();
    // A PDF (Chrome's viewer wraps it in a small HTML page), an image or plain text: no message to read.
    const html =
      document.contentType === 'text/html' || document.contentType === 'application/xhtml+xml';
    if (!html || !(document.documentElement instanceof HTMLElement)) {
      return { ok: false, error: 'not-html', frame };
    }
    const started = performance.now();
    try {
      const options = { url: location.href, isHidden, isJustified, imageSize };
      if (request.kind === 'selection') {
        const selection = getSelection();
        const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
        if (!range || range.collapsed || !selection?.toString().trim()) {
          return { ok: false, error: 'no-selection', frame };
        }
        const ancestor = range.commonAncestorContainer;
        const root =
          ancestor instanceof Element ? ancestor : (ancestor.parentElement ?? document.body);
        const extraction = extractFromDocument(document, {
          ...options,
          root,
          title: document.title,
        });
        const narrowed = narrowToRange(extraction, range);
        remember(request.checkId, extraction, narrowed.shifts);
        narrowed.model.title = document.title || narrowed.model.title;
        return { ok: true, model: narrowed.model, frame, extractMs: performance.now() - started };
      }
      const extraction = extractFromDocument(document, options);
      remember(request.checkId, extraction, new Map());
      return { ok: true, model: extraction.model, frame, extractMs: performance.now() - started };
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
    if (request.selector) {
      const element = document.querySelector(request.selector.join(' '));
      if (element) {
        range = document.createRange();
        range.selectNode(element);
      }
    } else {
      const shift = last.shifts.get(request.ref) ?? 0;
      range = positionToRange(last.extraction, {
        ref: request.ref,
        start: (request.start ?? 0) + shift,
        end: (request.end ?? 0) + shift,
      });
      if (!range) return { ok: false, error: 'stale' };
    }
    if (!range) return { ok: false, error: 'not-found' };
    showHighlight(range);
    scrollToRange(range);
    return { ok: true };
  };

  const refsOf = (checkId: string, selector: string[]): number[] => {
    const last = recent.get(checkId);
    const element = selector.length > 0 ? document.querySelector(selector.join(' ')) : null;
    if (!last || !element) return [];
    const refs: number[] = [];
    for (const [ref, read] of last.extraction.refs) if (read === element) refs.push(ref);
    return refs;
  };

  return { version: AGENT_VERSION, extract, highlight, refsOf, clear: clearHighlight };
}

const scope = globalThis as AgentGlobal;
if (scope[AGENT_GLOBAL]?.version !== AGENT_VERSION) scope[AGENT_GLOBAL] = createAgent();
