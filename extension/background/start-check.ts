import { type CheckRequest, newCheckRequest, postCheckRequest } from '../common/check-request';
import { startRequest } from './check-service';

/**
 * Opens the side panel and starts checking the tab. Called from a user gesture (menu click or
 * keyboard shortcut), which is also what grants activeTab: `sidePanel.open` must be called in the
 * same task, before anything is awaited, or Chrome refuses it.
 */
export function startCheck(
  tab: chrome.tabs.Tab | undefined,
  kind: CheckRequest['kind'],
  source: CheckRequest['source'],
  frameId?: number,
): Promise<void> {
  if (tab?.id === undefined || tab.id < 0) return Promise.resolve();
  const opening = chrome.sidePanel.open({ windowId: tab.windowId }).catch((error: unknown) => {
    console.warn('The side panel could not be opened.', error);
  });
  const request = newCheckRequest({
    tabId: tab.id,
    windowId: tab.windowId,
    kind,
    source,
    ...(frameId !== undefined ? { frameId } : {}),
  });
  return Promise.all([opening, postRequest(request)]).then(() => undefined);
}

/** Starts the check, then tells the panel about it (in that order: the panel collects by id). */
export function postRequest(request: CheckRequest): Promise<void> {
  void startRequest(request);
  return postCheckRequest(request);
}
