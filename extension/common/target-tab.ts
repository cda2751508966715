/**
 * The tab a popup or panel works on: the active tab of its window, or the one named by `?tabId=`
 * (used when the page is opened in a tab, as the end-to-end tests and the "open in a tab" link do).
 */
export async function targetTab(): Promise<chrome.tabs.Tab | undefined> {
  const pinned = pinnedTabId();
  if (pinned !== undefined) {
    try {
      return await chrome.tabs.get(pinned);
    } catch {
      return undefined;
    }
  }
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export function pinnedTabId(): number | undefined {
  const value = new URLSearchParams(location.search).get('tabId');
  if (value === null || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}
