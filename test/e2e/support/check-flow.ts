import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';

/** The text as rendered, with line breaks between blocks (Playwright's innerText, not the DOM's). */
export function visibleText(locator: Locator): Promise<string> {
  return locator.innerText();
}

export interface PanelOutcome {
  panel: Page;
  kind: 'report' | 'error';
  text: string;
}

/**
 * Opens the side panel's "Check a draft" section as a user would, once the panel has put back any
 * draft kept from earlier (which opens the section itself: a click then would close it).
 */
export async function openDraftBox(panel: Page): Promise<void> {
  await panel.waitForSelector('#draft[data-restored]', { state: 'attached' });
  if ((await panel.locator('#draft').getAttribute('open')) === null)
    await panel.click('#draft summary');
}

/** Waits until the side panel shows a report or an error, whichever comes first. */
export async function panelOutcome(panel: Page, timeout = 15_000): Promise<PanelOutcome> {
  await panel.waitForFunction(
    () =>
      !(document.getElementById('report') as HTMLElement).hidden ||
      !(document.getElementById('error') as HTMLElement).hidden,
    undefined,
    { timeout },
  );
  const error = panel.locator('#error');
  if (await error.isVisible())
    return { panel, kind: 'error', text: (await error.textContent()) ?? '' };
  return { panel, kind: 'report', text: await visibleText(panel.locator('#report')) };
}

/**
 * "Check this page" as a user does it: the toolbar button (which grants activeTab), then the
 * side panel's check. The panel page is opened in a tab pointed at the page's tab, since
 * Playwright cannot attach to Chrome's own side panel.
 */
export async function checkThroughPanel(
  browser: ExtensionBrowser,
  page: Page,
): Promise<PanelOutcome> {
  await browser.clickAction(page);
  const panel = await browser.openExtensionPage('sidepanel/index.html', page);
  await panel.click('#check-page');
  return panelOutcome(panel);
}

/**
 * What the background does when the user picks "Check selected text" in the context menu: post a
 * selection check for the tab to the side panel's mailbox (headless Chromium has no menus to click).
 */
export async function requestSelectionCheck(
  panel: Page,
  tabId: number,
  frameId = 0,
): Promise<void> {
  await panel.evaluate(
    async ([id, frame]) => {
      const tab = await chrome.tabs.get(id);
      await chrome.storage.session.set({
        checkRequest: {
          id: `selection-${Date.now()}`,
          tabId: id,
          windowId: tab.windowId,
          kind: 'selection',
          frameId: frame,
          source: 'context-menu',
          requestedAt: Date.now(),
        },
      });
    },
    [tabId, frameId] as const,
  );
}
