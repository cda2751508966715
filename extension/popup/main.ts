import { builtInFramework, citation, type Framework } from '../../shared/frameworks';
import { newCheckRequest } from '../common/check-request';
import { frameworkChoices, frameworkForChoice } from '../common/frameworks';
import { localizePage, t } from '../common/i18n';
import { isNavigationKey, moveActive } from '../common/list-navigation';
import { sendToBackground } from '../common/messages';
import { loadCustomFramework, loadSettings } from '../common/store';
import { pinnedTabId, targetTab } from '../common/target-tab';
import { UNSUPPORTED_MESSAGE_KEYS, unsupportedReason } from '../common/unsupported-page';
import { exampleIds } from './example-ids';
import { resultCountText } from './result-count';
import { buildLookupIndex, type LookupEntry, type LookupIndex } from './search-index';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const frameworkSelect = $<HTMLSelectElement>('framework');
const search = $<HTMLInputElement>('search');
const results = $<HTMLDivElement>('results');
const resultCount = $<HTMLParagraphElement>('result-count');
const copyStatus = $<HTMLParagraphElement>('copy-status');
const copyActive = $<HTMLButtonElement>('copy-active');
const checkButton = $<HTMLButtonElement>('check-page');
const unsupported = $<HTMLParagraphElement>('unsupported');

const FIRST_RESULTS_MARK = 'fsp:first-results';

let custom: Framework | undefined;
// PTA 2022 answers at once; the saved default framework replaces it when settings arrive.
let index: LookupIndex = buildLookupIndex(builtInFramework('pta-2022'));
let shown: LookupEntry[] = [];
let active = -1;
let tab: chrome.tabs.Tab | undefined;

localizePage();
render();

function useFramework(id: string) {
  index = buildLookupIndex(frameworkForChoice(id, custom));
  render();
}

function entryHeading(entry: LookupEntry): string {
  if (entry.kind === 'action-step') {
    return t('popupActionStep', [entry.levelName, entry.id, String(entry.stepNumber)]);
  }
  return `${entry.levelName} ${entry.id}`;
}

function renderEntry(entry: LookupEntry, i: number): HTMLDivElement {
  const li = document.createElement('div');
  li.id = `result-${i}`;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', String(i === active));
  li.dataset.key = entry.key;
  const head = document.createElement('div');
  head.className = 'result-head';
  const id = document.createElement('span');
  id.className = 'result-id';
  id.textContent = entryHeading(entry);
  head.append(id);
  if (entry.title && entry.kind === 'item') {
    const title = document.createElement('span');
    title.className = 'result-level';
    title.textContent = entry.title;
    head.append(title);
  }
  li.append(head);
  if (entry.text && entry.text !== entry.title) {
    const text = document.createElement('p');
    text.className = 'result-text';
    text.textContent = entry.text;
    li.append(text);
  }
  if (entry.parents.length > 0) {
    const parents = document.createElement('p');
    parents.className = 'result-parents';
    parents.textContent = entry.parents
      .map((p) => `${p.levelName} ${p.id}${p.label ? `: ${p.label}` : ''}`)
      .join(' › ');
    li.append(parents);
  }
  li.addEventListener('click', () => {
    setActive(i);
  });
  return li;
}

function render() {
  shown = index.search(search.value);
  active = shown.length > 0 && search.value.trim() ? 0 : -1;
  results.replaceChildren(...shown.map(renderEntry));
  const examples = exampleIds(index.framework);
  resultCount.textContent = search.value.trim()
    ? shown.length === 0
      ? t('popupNoResults', examples.broader)
      : resultCountText(shown.length, t)
    : t('popupBrowseHint', examples.item);
  // A citation copied for earlier results no longer describes what is on screen.
  copyStatus.textContent = '';
  updateActive();
  // Marks when results first show, for the benchmark's time to first result.
  if (shown.length > 0 && performance.getEntriesByName(FIRST_RESULTS_MARK).length === 0) {
    performance.mark(FIRST_RESULTS_MARK);
  }
}

function setActive(i: number) {
  active = i;
  updateActive();
}

function updateActive() {
  for (const li of results.children) {
    li.setAttribute('aria-selected', String(li.id === `result-${active}`));
  }
  // One copy button for the active result: a button inside a listbox option is not allowed.
  // An action step is cited through its standard, whose id the step's entry carries.
  const entry = shown[active];
  copyActive.hidden = !entry;
  if (entry) copyActive.textContent = t('popupCopyCitationFor', entry.id);
  if (active >= 0) {
    search.setAttribute('aria-activedescendant', `result-${active}`);
    document.getElementById(`result-${active}`)?.scrollIntoView({ block: 'nearest' });
  } else {
    search.removeAttribute('aria-activedescendant');
  }
}

async function copyCitation(entry: LookupEntry) {
  const text = citation(index.framework, entry.id);
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = t('popupCitationCopied', entry.id);
  } catch {
    copyStatus.textContent = t('popupCopyFailed');
  }
  resultCount.textContent = copyStatus.textContent;
}

copyActive.addEventListener('click', () => {
  const entry = shown[active];
  if (entry) void copyCitation(entry);
});

search.addEventListener('input', render);
search.addEventListener('keydown', (event) => {
  if (isNavigationKey(event.key)) {
    event.preventDefault();
    setActive(moveActive(active, event.key, shown.length));
  } else if (event.key === 'Enter') {
    const entry = shown[active];
    if (entry) {
      event.preventDefault();
      void copyCitation(entry);
    }
  } else if (event.key === 'Escape' && search.value) {
    event.preventDefault();
    search.value = '';
    render();
  }
});
frameworkSelect.addEventListener('change', () => useFramework(frameworkSelect.value));

checkButton.addEventListener('click', () => {
  if (!tab?.id) return;
  // sidePanel.open must run synchronously inside the click, before anything is awaited.
  const opening = chrome.sidePanel.open({ windowId: tab.windowId }).catch((error: unknown) => {
    console.warn('The side panel could not be opened.', error);
  });
  const request = newCheckRequest({
    tabId: tab.id,
    windowId: tab.windowId,
    kind: 'page',
    source: 'popup',
  });
  // The service worker starts checking now, while the panel opens, and tells the panel.
  void Promise.all([opening, sendToBackground({ type: 'start-check', request })]).then(() => {
    if (pinnedTabId() === undefined) window.close();
  });
});

$('open-options').addEventListener('click', () => {
  void chrome.runtime.openOptionsPage();
});

async function start() {
  // The user may click "Check this page" in a moment: have the checker ready.
  void sendToBackground({ type: 'warm-up' }).catch(() => undefined);
  const [settings, stored, currentTab, fileAccess, commands] = await Promise.all([
    loadSettings(),
    loadCustomFramework(),
    targetTab(),
    chrome.extension.isAllowedFileSchemeAccess(),
    chrome.commands.getAll(),
  ]);
  custom = stored.state === 'ok' ? stored.framework : undefined;
  tab = currentTab;
  const choices = frameworkChoices(custom);
  frameworkSelect.replaceChildren(
    ...choices.map((c) => new Option(c.labelKey ? t(c.labelKey) : (c.label ?? c.id), c.id)),
  );
  frameworkSelect.value = choices.some((c) => c.id === settings.defaultFramework)
    ? settings.defaultFramework
    : 'pta-2022';
  useFramework(frameworkSelect.value);

  const reason = unsupportedReason({ url: tab?.url, fileAccessAllowed: fileAccess });
  if (reason) {
    checkButton.disabled = true;
    unsupported.hidden = false;
    unsupported.textContent = t(UNSUPPORTED_MESSAGE_KEYS[reason]);
  }
  const shortcut = commands.find((c) => c.name === 'check-page')?.shortcut;
  $('check-hint').textContent = shortcut
    ? t('popupCheckHintShortcut', shortcut)
    : t('popupCheckHint');
  search.focus();
}

void start();
