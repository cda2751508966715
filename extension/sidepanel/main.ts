import type { Finding, Report } from '../../shared/checker';
import { builtInFramework, findNode, nodeLabel } from '../../shared/frameworks';
import { CHECK_TIME_LIMIT_MS, type ReadFailure } from '../background/read-page';
import { CHECK_REQUEST_KEY, isCheckRequest, isRequestForPanel } from '../common/check-request';
import { localizePage, t } from '../common/i18n';
import { languageName } from '../common/languages';
import { type CheckResult, sendToBackground } from '../common/messages';
import { pinnedTabId } from '../common/target-tab';
import { UNSUPPORTED_MESSAGE_KEYS } from '../common/unsupported-page';
import {
  AGENT_GLOBAL,
  type AgentApi,
  type HighlightRequest,
  type HighlightResult,
  REPORT_PORT,
  type UnreadFrame,
} from '../content/agent-protocol';
import { addFindings } from './add-findings';
import { type AxeTarget, runAxe } from './axe';
import { reportToMarkdown } from './export-markdown';
import { reportToTsv } from './export-tsv';
import { renderReport } from './report-view';
import { checkDoneText, rowsCopiedText } from './status-text';
import { unreadFramesText } from './unread-frames';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $<HTMLParagraphElement>('status');
const errorBox = $<HTMLParagraphElement>('error');
const reportBox = $<HTMLElement>('report');
const checkPageButton = $<HTMLButtonElement>('check-page');
const axeButton = $<HTMLButtonElement>('check-axe');
const draftText = $<HTMLTextAreaElement>('draft-text');
const unreadFramesNote = $<HTMLParagraphElement>('unread-frames');

localizePage();

/** What the panel shows now, and how to reach back into the page it came from. */
interface Shown {
  checkId: string;
  report: Report;
  tabId?: number;
  /** A text file: axe-core would judge Chrome's wrapper around it, not the author's work. */
  plainText: boolean;
  /** Frames of another site the check could not read, named in the Markdown copy too. */
  unreadFrames: readonly UnreadFrame[];
  /** ref -> [frame, ref in that frame]. */
  origins: Map<number, [number, number]>;
  axeTargets: WeakMap<Finding, AxeTarget>;
  ports: chrome.runtime.Port[];
}

let shown: Shown | undefined;
let windowId: number | undefined;
const handled = new Set<string>();
let running = false;

/** The full accessibility check needs a page with markup of its own. */
function canRunAxe(current: Shown | undefined): boolean {
  return current?.tabId !== undefined && !current.plainText;
}

function setStatus(text: string) {
  status.textContent = text;
}

function showError(text: string | null) {
  errorBox.hidden = !text;
  errorBox.textContent = text ?? '';
}

/** Names the frames of another site the check could not read, or hides the note when none. */
function showUnreadFrames(frames: readonly UnreadFrame[]) {
  const note = unreadFramesText(frames, t);
  unreadFramesNote.hidden = note === undefined;
  unreadFramesNote.textContent = note ?? '';
}

function failureMessage(failure: ReadFailure | { reason: 'no-text' }): string {
  switch (failure.reason) {
    case 'no-text':
      return t('panelNoText');
    case 'unsupported':
      return t(UNSUPPORTED_MESSAGE_KEYS[failure.unsupported]);
    case 'no-access':
      return t('panelNoAccess');
    case 'timeout':
      return t('panelTimeout', String(CHECK_TIME_LIMIT_MS / 1000));
    case 'no-selection':
      return t('panelNoSelection');
    case 'tab-gone':
      return t('panelTabGone');
    case 'failed':
      return t('panelFailed', failure.detail);
  }
}

function indicatorText(indicatorId: string, frameworkId: string): string | undefined {
  if (frameworkId !== 'pta-2022') return undefined;
  const node = findNode(builtInFramework('pta-2022'), indicatorId);
  return node ? nodeLabel(node) : undefined;
}

/** Closing the ports tells each frame's agent to drop its highlight. */
function releasePage() {
  for (const port of shown?.ports ?? []) port.disconnect();
}

function display(next: Shown) {
  releasePage();
  $('intro').hidden = true;
  shown = next;
  renderReport(reportBox, next.report, {
    t,
    indicatorText,
    languageName,
    canLocate: (finding) =>
      next.tabId !== undefined &&
      ((finding.position !== undefined && next.origins.has(finding.position.ref)) ||
        next.axeTargets.has(finding)),
    onLocate: (finding) => void locate(finding),
    openOptions: () => void chrome.runtime.openOptionsPage(),
  });
  $('copy-markdown').addEventListener('click', () =>
    copy(
      reportToMarkdown(next.report, {
        t,
        indicatorText,
        languageName,
        unreadFrames: next.unreadFrames,
      }),
      t('panelCopiedMarkdown'),
    ),
  );
  $('copy-tsv').addEventListener('click', () => {
    const tsv = reportToTsv(next.report);
    if (!tsv) setStatus(t('panelNoTagsToCopy'));
    else copy(tsv, rowsCopiedText(tsv.split('\n').length, t));
  });
  axeButton.disabled = !canRunAxe(next);
  axeButton.hidden = next.plainText;
}

async function copy(text: string, done: string) {
  try {
    await navigator.clipboard.writeText(text);
    setStatus(done);
  } catch {
    setStatus(t('panelCopyFailed'));
  }
}

async function locate(finding: Finding) {
  const current = shown;
  if (!current?.tabId) return;
  let frameId: number;
  let request: HighlightRequest;
  const axe = current.axeTargets.get(finding);
  if (axe) {
    frameId = axe.frameId;
    request = { checkId: current.checkId, ref: -1, selector: axe.selector };
  } else if (finding.position) {
    const origin = current.origins.get(finding.position.ref);
    if (!origin) return;
    frameId = origin[0];
    request = {
      checkId: current.checkId,
      ref: origin[1],
      start: finding.position.start,
      end: finding.position.end,
    };
  } else return;
  try {
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: current.tabId, frameIds: [frameId] },
      func: (name: string, req: HighlightRequest) =>
        (globalThis as unknown as Record<string, AgentApi | undefined>)[name]?.highlight(req) ?? {
          ok: false,
          error: 'stale',
        },
      args: [AGENT_GLOBAL, request],
    });
    const outcome = result?.result as HighlightResult | undefined;
    if (!outcome?.ok) {
      setStatus(t(outcome?.error === 'stale' ? 'panelPageChanged' : 'panelCannotShow'));
      return;
    }
    // The user may have moved to another tab since the check: show them the page it is in.
    await chrome.tabs.update(current.tabId, { active: true });
    setStatus(t('panelShowing'));
  } catch {
    setStatus(t('panelPageChanged'));
  }
}

/**
 * A check failed: the report on screen is of an earlier check (often another page, in the same
 * tab or another), so it goes, rather than be read, copied or clicked as this page's.
 */
function showFailure(message: string) {
  releasePage();
  shown = undefined;
  reportBox.hidden = true;
  reportBox.replaceChildren();
  setStatus('');
  showError(message);
}

/** Shows a check's result: the report, or why there is none. */
function showResult(result: CheckResult, started: number, requestedAt?: number) {
  if (!result.ok) {
    showFailure(failureMessage(result.failure));
    return;
  }
  const { report, tabId } = result;
  showUnreadFrames(result.unreadFrames ?? []);
  const ports =
    tabId === undefined
      ? []
      : result.frameIds.map((frameId) =>
          chrome.tabs.connect(tabId, { name: REPORT_PORT, frameId }),
        );
  display({
    checkId: result.checkId,
    report,
    ...(tabId !== undefined ? { tabId } : {}),
    plainText: result.plainText === true,
    unreadFrames: result.unreadFrames ?? [],
    origins: new Map(result.origins.map(([ref, frameId, localRef]) => [ref, [frameId, localRef]])),
    axeTargets: new WeakMap(),
    ports,
  });
  const ms = Math.round(performance.now() - started);
  if (result.timings) {
    // Where the time went, for the benchmark (test/bench/extension.bench.ts) and for bug reports.
    document.body.dataset.timings = JSON.stringify({
      ...result.timings,
      totalMs: ms,
      shownAt: Math.round(performance.timeOrigin + performance.now()),
      panelOpenedAt: Math.round(performance.timeOrigin),
      requestedAt: requestedAt ?? null,
    });
    setStatus(checkDoneText({ findings: report.findings.length, tags: report.tags.length, ms }, t));
  } else {
    setStatus(checkDoneText({ findings: report.findings.length, tags: report.tags.length }, t));
  }
}

type CheckCall = [
  message: Parameters<typeof sendToBackground>[0],
  statusKey: string,
  requestedAt?: number,
];

/**
 * A check asked for while another runs (a selection right-clicked during a page check): it runs
 * next. Only the latest waits; an earlier waiting one is what the user has since replaced.
 */
let waiting: CheckCall | undefined;

/** Runs one check in the service worker and shows it; one at a time. */
async function runCheck(...call: CheckCall) {
  if (running) {
    waiting = call;
    return;
  }
  const [message, statusKey, requestedAt] = call;
  running = true;
  const started = performance.now();
  releasePage();
  showError(null);
  showUnreadFrames([]);
  setStatus(t(statusKey));
  checkPageButton.disabled = true;
  axeButton.disabled = true;
  try {
    const result = (await sendToBackground(message)) as CheckResult | undefined;
    if (!result) throw new Error('The extension did not answer.');
    showResult(result, started, requestedAt);
  } catch (error) {
    showFailure(t('panelFailed', error instanceof Error ? error.message : String(error)));
  } finally {
    running = false;
    checkPageButton.disabled = false;
    if (canRunAxe(shown)) axeButton.disabled = false;
  }
  const next = waiting;
  waiting = undefined;
  if (next) await runCheck(...next);
}

async function targetTabId(): Promise<number | undefined> {
  const pinned = pinnedTabId();
  if (pinned !== undefined) return pinned;
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

checkPageButton.addEventListener('click', async () => {
  const tabId = await targetTabId();
  if (tabId === undefined) showError(t('unsupportedNoPage'));
  else await runCheck({ type: 'check-tab', tabId }, 'panelChecking');
});

/**
 * The draft being typed, kept for the browser session (memory only, extension pages only) so
 * closing the panel does not lose it; it is put back when the panel opens with an empty box.
 */
const DRAFT_KEY = 'draftText';

draftText.addEventListener('input', () => {
  // Past session storage's 10 MB the draft is simply not kept; the box itself still holds it.
  chrome.storage.session.set({ [DRAFT_KEY]: draftText.value }).catch(() => undefined);
});

async function restoreDraft() {
  const draftSection = $<HTMLDetailsElement>('draft');
  try {
    const stored = (await chrome.storage.session.get(DRAFT_KEY))[DRAFT_KEY];
    if (typeof stored !== 'string' || !stored.trim() || draftText.value) return;
    draftText.value = stored;
    draftSection.open = true;
  } finally {
    // Marks the moment the section can no longer open by itself, for tests that open it by hand.
    draftSection.dataset.restored = 'true';
  }
}

$('check-draft').addEventListener('click', async () => {
  const text = draftText.value;
  if (!text.trim()) {
    setStatus('');
    showError(t('panelDraftEmpty'));
    draftText.focus();
    return;
  }
  await runCheck({ type: 'check-draft', text }, 'panelCheckingDraft');
});

axeButton.addEventListener('click', async () => {
  const current = shown;
  if (!current?.tabId || !canRunAxe(current)) return;
  axeButton.disabled = true;
  setStatus(t('panelAxeRunning'));
  const reportRefs = new Map(
    [...current.origins].map(([reportRef, [frameId, frameRef]]) => [
      `${frameId}:${frameRef}`,
      reportRef,
    ]),
  );
  const outcome = await runAxe(current.tabId, current.checkId, (frameId, frameRef) =>
    reportRefs.get(`${frameId}:${frameRef}`),
  );
  if (!outcome.ok && outcome.reason === 'page-changed') {
    setStatus(t('panelPageChanged'));
    axeButton.disabled = false;
    return;
  }
  if (!outcome.ok) {
    setStatus('');
    showError(failureMessage(outcome));
    axeButton.disabled = false;
    return;
  }
  if (shown !== current) return;
  const axeTargets = new WeakMap<Finding, AxeTarget>();
  for (const { finding, target } of outcome.findings) axeTargets.set(finding, target);
  const { report, added } = addFindings(current.report, outcome.findings);
  // Keep the ports: the page and its highlights belong to the same check.
  const ports = current.ports;
  current.ports = [];
  display({ ...current, report, axeTargets, ports });
  setStatus(
    t('panelAxeDone', [
      String(added),
      String(outcome.findings.length - added),
      String(Math.round(outcome.ms)),
    ]),
  );
});

async function takeRequest(value: unknown) {
  if (!isCheckRequest(value) || windowId === undefined) return;
  const pinned = pinnedTabId();
  if (
    !isRequestForPanel(value, {
      windowId,
      handled,
      ...(pinned !== undefined ? { pinnedTabId: pinned } : {}),
    })
  )
    return;
  handled.add(value.id);
  await runCheck(
    { type: 'collect', request: value },
    value.kind === 'selection' ? 'panelCheckingSelection' : 'panelChecking',
    value.requestedAt,
  );
}

chrome.storage.session.onChanged.addListener((changes) => {
  const change = changes[CHECK_REQUEST_KEY];
  if (change) void takeRequest(change.newValue);
});

async function start() {
  void restoreDraft();
  windowId = (await chrome.windows.getCurrent()).id;
  const stored = await chrome.storage.session.get(CHECK_REQUEST_KEY);
  await takeRequest(stored[CHECK_REQUEST_KEY]);
}

void start();
