import type { DocumentModel } from '../../shared/checker/document-model';

/**
 * What the side panel asks of the content agent, and what it answers. The agent lives in the
 * page's isolated world (a content script world: the page's own scripts cannot reach it, and
 * whatever the page does to its own built-ins does not touch ours) and stays there between calls,
 * keeping the `ref -> DOM node` table of the last check for highlighting.
 */
export const AGENT_GLOBAL = '__fspAgent';
export const AGENT_VERSION = 5;

export interface ExtractRequest {
  checkId: string;
  kind: 'page' | 'selection';
}

/** A frame of the page from another site: activeTab does not reach it, so it is not read. */
export interface UnreadFrame {
  url: string;
  title?: string;
}

export type ExtractResult =
  | {
      ok: true;
      model: DocumentModel;
      frame: { url: string; isTop: boolean; contentType: string };
      extractMs: number;
      /** Visible frames inside this one that the agent cannot read (page checks only). */
      unreadFrames?: UnreadFrame[];
    }
  | {
      ok: false;
      error: 'no-selection' | 'not-html' | 'failed';
      detail?: string;
      frame: { url: string; isTop: boolean; contentType: string };
    };

export interface HighlightRequest {
  checkId: string;
  /** Refs local to the frame. */
  ref: number;
  start?: number;
  end?: number;
  /** For axe-core results, which point at elements by CSS selector. */
  selector?: string[];
}

export type HighlightResult =
  | { ok: true }
  | { ok: false; error: 'stale' | 'not-found' | 'no-highlight-api' };

/** The content agent's interface, reached through `globalThis[AGENT_GLOBAL]` in the isolated world. */
export interface AgentApi {
  version: number;
  extract(request: ExtractRequest): ExtractResult;
  highlight(request: HighlightRequest): HighlightResult;
  /** The refs a check gave the element a selector finds (none if it did not read it, or is gone). */
  refsOf(checkId: string, selector: string[]): number[];
  /** Whether this document is the one check `checkId` read (not a page the tab has moved on to). */
  read(checkId: string): boolean;
  clear(): void;
}

/** The name of the CSS Custom Highlight the agent registers, styled by `HIGHLIGHT_CSS`. */
export const HIGHLIGHT_NAME = 'fsp-passage';
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd33d; color: #000; }`;

/** The port name the side panel opens to each frame; when the panel closes, highlights go. */
export const REPORT_PORT = 'fsp-report';
