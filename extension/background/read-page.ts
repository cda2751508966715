import { type UnsupportedReason, unsupportedReason } from '../common/unsupported-page';
import agentFile from '../content/agent?script&iife';
import {
  AGENT_GLOBAL,
  type AgentApi,
  type ExtractRequest,
  type ExtractResult,
  HIGHLIGHT_CSS,
  type UnreadFrame,
} from '../content/agent-protocol';
import type { FrameModel } from './merge-frames';

/** A check either finishes or says why within this time, whatever the page does. */
export const CHECK_TIME_LIMIT_MS = 10_000;

export type ReadFailure =
  | { reason: 'unsupported'; unsupported: UnsupportedReason }
  | { reason: 'no-access' }
  | { reason: 'timeout' }
  | { reason: 'no-selection' }
  | { reason: 'tab-gone' }
  | { reason: 'failed'; detail: string };

export type ReadOutcome =
  | {
      ok: true;
      tab: chrome.tabs.Tab;
      frames: FrameModel[];
      /** Frames of another site inside the page, which the grant does not reach. */
      unreadFrames: UnreadFrame[];
      timings: { injectMs: number; extractMs: number; pageExtractMs: number };
    }
  | ({ ok: false } & ReadFailure);

export class Deadline {
  private readonly end: number;
  constructor(ms: number) {
    this.end = performance.now() + ms;
  }
  /** Resolves like `promise`, or rejects with a TimeoutError when the deadline passes first. */
  race<T>(promise: Promise<T>): Promise<T> {
    const left = this.end - performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError()), Math.max(0, left));
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }
}

export class TimeoutError extends Error {
  constructor() {
    super('The page did not answer in time.');
    this.name = 'TimeoutError';
  }
}

/** Chrome's wording when the extension may not script the page (no activeTab grant, or a protected page). */
function isAccessError(message: string): boolean {
  return /cannot access|cannot be scripted|missing host permission|extensions gallery|permission to access/i.test(
    message,
  );
}

function failure(error: unknown): ReadFailure {
  if (error instanceof TimeoutError) return { reason: 'timeout' };
  const message = error instanceof Error ? error.message : String(error);
  if (/no tab with id/i.test(message)) return { reason: 'tab-gone' };
  if (isAccessError(message)) return { reason: 'no-access' };
  return { reason: 'failed', detail: message };
}

/**
 * Reads a tab through the content agent: injects it (into every frame for a page check, into the
 * selection's frame for a selection check), asks each frame for its document model, and styles
 * the highlight. Needs the activeTab grant that the user's click, menu choice or shortcut gave.
 */
export async function readPage(
  tabId: number,
  request: ExtractRequest & { frameId?: number },
  deadline: Deadline = new Deadline(CHECK_TIME_LIMIT_MS),
): Promise<ReadOutcome> {
  let tab: chrome.tabs.Tab;
  try {
    tab = await chrome.tabs.get(tabId);
  } catch {
    return { ok: false, reason: 'tab-gone' };
  }
  const fileAccessAllowed = await chrome.extension.isAllowedFileSchemeAccess();
  const reason = unsupportedReason({ url: tab.url ?? tab.pendingUrl, fileAccessAllowed });
  // Without the activeTab grant Chrome hides the URL: try anyway and report the access error.
  if (reason && reason !== 'no-page')
    return { ok: false, reason: 'unsupported', unsupported: reason };

  const target: chrome.scripting.InjectionTarget =
    request.kind === 'selection' && request.frameId !== undefined
      ? { tabId, frameIds: [request.frameId] }
      : { tabId, allFrames: request.kind === 'page' };
  const started = performance.now();
  try {
    await deadline.race(chrome.scripting.executeScript({ target, files: [agentFile] }));
    const injectMs = performance.now() - started;
    const results = await deadline.race(
      chrome.scripting.executeScript({
        target,
        func: (name: string, req: ExtractRequest) =>
          (globalThis as unknown as Record<string, AgentApi | undefined>)[name]?.extract(req) ??
          null,
        args: [AGENT_GLOBAL, { checkId: request.checkId, kind: request.kind }],
      }),
    );
    const extractMs = performance.now() - started - injectMs;
    const frames: FrameModel[] = [];
    const unreadFrames: UnreadFrame[] = [];
    let top: ExtractResult | undefined;
    let pageExtractMs = 0;
    for (const injection of results) {
      const result = injection.result as ExtractResult | null | undefined;
      if (!result) continue;
      if (injection.frameId === 0 || result.frame.isTop) top = result;
      if (result.ok) {
        pageExtractMs = Math.max(pageExtractMs, result.extractMs);
        unreadFrames.push(...(result.unreadFrames ?? []));
        frames.push({
          frameId: injection.frameId,
          isTop: result.frame.isTop,
          url: result.frame.url,
          model: result.model,
        });
      }
    }
    if (top && !top.ok) {
      if (top.error === 'no-selection') return { ok: false, reason: 'no-selection' };
      // Whatever the frames inside it hold, a PDF or image tab is not a message to check.
      if (top.frame.contentType === 'application/pdf') {
        return { ok: false, reason: 'unsupported', unsupported: 'pdf-viewer' };
      }
      if (top.error === 'not-html') {
        return { ok: false, reason: 'unsupported', unsupported: 'not-a-web-page' };
      }
      return { ok: false, reason: 'failed', detail: top.detail ?? top.error };
    }
    if (frames.length === 0) return { ok: false, reason: 'failed', detail: 'No frame answered.' };
    // A user style sheet paints the highlights; it changes nothing in the page's DOM.
    await deadline.race(chrome.scripting.insertCSS({ target, css: HIGHLIGHT_CSS }));
    return {
      ok: true,
      tab,
      frames,
      unreadFrames,
      timings: { injectMs, extractMs, pageExtractMs },
    };
  } catch (error) {
    return { ok: false, ...failure(error) };
  }
}
