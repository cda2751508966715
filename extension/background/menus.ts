/** The context-menu items: "Check this page" on the page, "Check selected text" on a selection. */
export const MENU_CHECK_PAGE = 'fsp-check-page';
export const MENU_CHECK_SELECTION = 'fsp-check-selection';

export function createMenus(): void {
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create({
      id: MENU_CHECK_PAGE,
      title: chrome.i18n.getMessage('menuCheckPage'),
      contexts: ['page', 'frame'],
    });
    chrome.contextMenus.create({
      id: MENU_CHECK_SELECTION,
      title: chrome.i18n.getMessage('menuCheckSelection'),
      contexts: ['selection'],
    });
  });
}
