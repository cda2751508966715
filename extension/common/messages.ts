import type { Finding, Report } from '../../shared/checker';
import type { ReadFailure } from '../background/read-page';
import type { UnreadFrame } from '../content/agent-protocol';
import type { CheckRequest } from './check-request';

/**
 * Messages to the service worker, where checks run. A check starts there the moment the user
 * clicks (popup button, menu, shortcut), while the side panel is still opening; the panel then
 * collects the result. Everything crosses as JSON.
 */
export type BackgroundMessage =
  /** The popup opened: load and compile the checker now, before the user clicks. */
  | { type: 'warm-up' }
  /** The popup's "Check this page": post the request for the panel and start the check. */
  | { type: 'start-check'; request: CheckRequest }
  /** The panel collects the result of a request (started at the click, or now if it was lost). */
  | { type: 'collect'; request: CheckRequest }
  /** The panel's own "Check this page". */
  | { type: 'check-tab'; tabId: number }
  | { type: 'check-draft'; text: string };

/** Where each ref of the report lives: [ref, frameId, ref in that frame]. */
export type RefOriginEntry = [number, number, number];

export interface CheckTimings {
  injectMs: number;
  /** From asking the page for its model to having it: the extraction in the page, and the transfer. */
  extractMs: number;
  /** The extraction alone, as the page's frames timed it (the slowest frame). */
  pageExtractMs: number;
  checkMs: number;
  /** Epoch ms when the check started in the service worker. */
  startedAt: number;
}

export type CheckResult =
  | {
      ok: true;
      checkId: string;
      tabId?: number;
      report: Report;
      /** The page was a text file read as plain text: it has no markup for axe-core to check. */
      plainText?: boolean;
      /** Frames of another site in the page, not read (activeTab reaches the tab's own site only). */
      unreadFrames?: UnreadFrame[];
      origins: RefOriginEntry[];
      frameIds: number[];
      timings?: CheckTimings;
    }
  | { ok: false; failure: ReadFailure | { reason: 'no-text' } };

export function sendToBackground(message: BackgroundMessage): Promise<unknown> {
  return chrome.runtime.sendMessage(message);
}

export type { Finding };
