import type { Finding, Report } from '../../shared/checker';
import { builtInFramework, findNode, nodeLabel } from '../../shared/frameworks';
import {
  CHECK_REQUEST_KEY,
  type CheckRequest,
  isCheckRequest,
  isRequestForPanel,
} from '../common/check-request';
import { localizePage, t } from '../common/i18n';
import { languageName } from '../common/languages';
import { loadSettings } from '../common/store';
import { pinnedTabId } from '../common/target-tab';
import { UNSUPPORTED_MESSAGE_KEYS } from '../common/unsupported-page';
import {
  AGENT_GLOBAL,
  type AgentApi,
  type HighlightRequest,
  type HighlightResult,
  REPORT_PORT,
} from '../content/agent-protocol';
import { type AxeTarget, runAxe } from './axe';
import { addFindings, checkDraft, checkModel, warmUp } from './checker';
import { reportToMarkdown } from './export-markdown';
import { reportToTsv } from './export-tsv';
import { mergeFrameModels, type RefOrigin } from './merge-frames';
import { CHECK_TIME_LIMIT_MS, Deadline, type ReadFailure, readPage } from './read-page';
import { renderReport } from './report-view';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $<HTMLParagraphElement>('status');
const errorBox = $<HTMLParagraphElement>('error');
const reportBox = $<HTMLElement>('report');
const checkPageButton = $<HTMLButtonElement>('check-page');
const axeButton = $<HTMLButtonElement>('check-axe');
const draftText = $<HTMLTextAreaElement>('draft-text');

localizePage();

/** What the panel shows now, and how to reach back into the page it came from. */
interface Shown {
  checkId: string;
  report: Report;
  tabId?: number;
  origins: Map<number, RefOrigin>;
  axeTargets: WeakMap<Finding, AxeTarget>;
  ports: chrome.runtime.Port[];
}

let shown: Shown | undefined;
let windowId: number | undefined;
const handled = new Set<string>();
let running = false;

function setStatus(text: string) {
  status.textContent = text;
}

function showError(text: string | null) {
  errorBox.hidden = !text;
  errorBox.textContent = text ?? '';
}

function failureMessage(failure: ReadFailure): string {
  switch (failure.reason) {
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
  });
  $('copy-markdown').addEventListener('click', () =>
    copy(reportToMarkdown(next.report, { t, indicatorText, languageName }), 'panelCopiedMarkdown'),
  );
  $('copy-tsv').addEventListener('click', () => {
    const tsv = reportToTsv(next.report);
    if (!tsv) setStatus(t('panelNoTagsToCopy'));
    else copy(tsv, 'panelCopiedTsv', String(tsv.split('\n').length));
  });
  axeButton.disabled = next.tabId === undefined;
}

async function copy(text: string, doneKey: string, substitution?: string) {
  try {
    await navigator.clipboard.writeText(text);
    setStatus(t(doneKey, substitution));
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
    frameId = origin.frameId;
    request = {
      checkId: current.checkId,
      ref: origin.localRef,
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
    if (!outcome?.ok)
      setStatus(t(outcome?.error === 'stale' ? 'panelPageChanged' : 'panelCannotShow'));
    else setStatus(t('panelShowing'));
  } catch {
    setStatus(t('panelPageChanged'));
  }
}

function newCheckId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Checks a tab's page or selection: read it through the content agent, then run the checker here. */
async function checkTab(
  tabId: number,
  kind: CheckRequest['kind'],
  frameId?: number,
  requestedAt?: number,
) {
  if (running) return;
  running = true;
  const started = performance.now();
  releasePage();
  showError(null);
  setStatus(t(kind === 'selection' ? 'panelCheckingSelection' : 'panelChecking'));
  checkPageButton.disabled = true;
  axeButton.disabled = true;
  try {
    const checkId = newCheckId();
    const deadline = new Deadline(CHECK_TIME_LIMIT_MS);
    const reading = Promise.all([
      loadSettings(),
      readPage(tabId, { checkId, kind, ...(frameId !== undefined ? { frameId } : {}) }, deadline),
    ]);
    // While the page's own process reads the page, get the checker ready here.
    warmUp();
    const [settings, read] = await reading;
    if (!read.ok) {
      setStatus('');
      showError(failureMessage(read));
      return;
    }
    const merged = mergeFrameModels(read.frames);
    if (
      merged.model.blocks.length === 0 &&
      merged.model.images.length === 0 &&
      merged.model.controls.length === 0
    ) {
      setStatus('');
      showError(t('panelNoText'));
      return;
    }
    const checkStarted = performance.now();
    const report = checkModel(merged.model, settings, {
      kind,
      title: read.tab.title ?? merged.model.title,
      url: read.tab.url,
    });
    const checkMs = performance.now() - checkStarted;
    const ports = read.frames.map((frame) =>
      chrome.tabs.connect(tabId, { name: REPORT_PORT, frameId: frame.frameId }),
    );
    display({
      checkId,
      report,
      tabId,
      origins: merged.origins,
      axeTargets: new WeakMap(),
      ports,
    });
    const ms = Math.round(performance.now() - started);
    // Where the time went, for the benchmark (test/bench/extension.bench.ts) and for bug reports.
    document.body.dataset.timings = JSON.stringify({
      injectMs: Math.round(read.timings.injectMs),
      extractMs: Math.round(read.timings.extractMs),
      checkMs: Math.round(checkMs),
      totalMs: ms,
      shownAt: Math.round(performance.timeOrigin + performance.now()),
      panelOpenedAt: Math.round(performance.timeOrigin),
      checkStartedAfterOpenMs: Math.round(started),
      requestedAt: requestedAt ?? null,
    });
    setStatus(
      t('panelDone', [String(report.findings.length), String(report.tags.length), String(ms)]),
    );
  } catch (error) {
    setStatus('');
    showError(t('panelFailed', error instanceof Error ? error.message : String(error)));
  } finally {
    running = false;
    checkPageButton.disabled = false;
  }
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
  else await checkTab(tabId, 'page');
});

$('check-draft').addEventListener('click', async () => {
  const text = draftText.value;
  if (!text.trim()) {
    showError(t('panelDraftEmpty'));
    draftText.focus();
    return;
  }
  showError(null);
  releasePage();
  const settings = await loadSettings();
  const report = checkDraft(text, settings);
  display({
    checkId: newCheckId(),
    report,
    origins: new Map(),
    axeTargets: new WeakMap(),
    ports: [],
  });
  setStatus(t('panelDraftDone', [String(report.findings.length), String(report.tags.length)]));
});

axeButton.addEventListener('click', async () => {
  const current = shown;
  if (!current?.tabId) return;
  axeButton.disabled = true;
  setStatus(t('panelAxeRunning'));
  const outcome = await runAxe(current.tabId);
  if (!outcome.ok) {
    setStatus('');
    showError(failureMessage(outcome));
    axeButton.disabled = false;
    return;
  }
  if (shown !== current) return;
  const axeTargets = new WeakMap<Finding, AxeTarget>();
  for (const { finding, target } of outcome.findings) axeTargets.set(finding, target);
  const report = addFindings(
    current.report,
    outcome.findings.map((f) => f.finding),
  );
  // Keep the ports: the page and its highlights belong to the same check.
  const ports = current.ports;
  current.ports = [];
  display({ ...current, report, axeTargets, ports });
  setStatus(t('panelAxeDone', [String(outcome.findings.length), String(Math.round(outcome.ms))]));
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
  await checkTab(value.tabId, value.kind, value.frameId, value.requestedAt);
}

chrome.storage.session.onChanged.addListener((changes) => {
  const change = changes[CHECK_REQUEST_KEY];
  if (change) void takeRequest(change.newValue);
});

async function start() {
  windowId = (await chrome.windows.getCurrent()).id;
  // A panel opened without a request gets the checker ready once it is idle.
  requestIdleCallback(() => warmUp());
  const stored = await chrome.storage.session.get(CHECK_REQUEST_KEY);
  await takeRequest(stored[CHECK_REQUEST_KEY]);
}

void start();
