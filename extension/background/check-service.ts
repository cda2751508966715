import type { CheckRequest } from '../common/check-request';
import type { CheckResult } from '../common/messages';
import { loadSettings } from '../common/store';
import { checkDraft, checkModel, warmUp } from './checker';
import { mergeFrameModels } from './merge-frames';
import { CHECK_TIME_LIMIT_MS, Deadline, readPage } from './read-page';

/**
 * Checks run in the service worker: the page is read by the content agent in the page's own
 * process and the model checked here, starting at the user's click while the side panel is still
 * opening. The panel only renders the result.
 */

function newCheckId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function checkTab(
  tabId: number,
  kind: CheckRequest['kind'],
  frameId?: number,
): Promise<CheckResult> {
  const startedAt = Date.now();
  const checkId = newCheckId();
  const reading = Promise.all([
    loadSettings(),
    readPage(
      tabId,
      { checkId, kind, ...(frameId !== undefined ? { frameId } : {}) },
      new Deadline(CHECK_TIME_LIMIT_MS),
    ),
  ]);
  // While the page's own process reads the page, get the checker ready here.
  void warmUp();
  const [settings, read] = await reading;
  if (!read.ok) {
    const { ok: _, ...failure } = read;
    return { ok: false, failure };
  }
  const merged = mergeFrameModels(read.frames);
  const { blocks, images, controls } = merged.model;
  if (blocks.length === 0 && images.length === 0 && controls.length === 0) {
    return { ok: false, failure: { reason: 'no-text' } };
  }
  // A text page (a .txt notice) is checked as a draft is: named by its first line (Chrome titles
  // the tab with its URL), and reported as text, not as a page's markup.
  const plainText = merged.model.mainContent === 'plain-text';
  const checkStarted = performance.now();
  const report = checkModel(merged.model, settings, {
    kind: plainText && kind === 'page' ? 'text' : kind,
    title: (!plainText && read.tab.title) || merged.model.title,
    ...(read.tab.url ? { url: read.tab.url } : {}),
  });
  return {
    ok: true,
    checkId,
    tabId,
    report,
    ...(plainText ? { plainText } : {}),
    ...(read.unreadFrames.length > 0 ? { unreadFrames: read.unreadFrames } : {}),
    origins: [...merged.origins].map(([ref, origin]) => [ref, origin.frameId, origin.localRef]),
    frameIds: read.frames.map((f) => f.frameId),
    timings: {
      injectMs: Math.round(read.timings.injectMs),
      extractMs: Math.round(read.timings.extractMs),
      pageExtractMs: Math.round(read.timings.pageExtractMs),
      checkMs: Math.round(performance.now() - checkStarted),
      startedAt,
    },
  };
}

export async function checkDraftText(text: string): Promise<CheckResult> {
  const settings = await loadSettings();
  return {
    ok: true,
    checkId: newCheckId(),
    report: checkDraft(text, settings),
    origins: [],
    frameIds: [],
  };
}

/**
 * Checks started at a click, by request id, kept for a minute: every panel that takes the request
 * (one per window; a panel that reopens) gets the same result, and a result no panel collects
 * (the panel failed to open) is dropped.
 */
const started = new Map<string, Promise<CheckResult>>();
const KEEP_RESULT_MS = 60_000;

export function startRequest(request: CheckRequest): Promise<CheckResult> {
  let result = started.get(request.id);
  if (!result) {
    result = checkTab(request.tabId, request.kind, request.frameId);
    started.set(request.id, result);
    setTimeout(() => started.delete(request.id), KEEP_RESULT_MS);
  }
  return result;
}

/** The result of a request: the check started at the click, or a new one if it was lost. */
export function collectRequest(request: CheckRequest): Promise<CheckResult> {
  return startRequest(request);
}
