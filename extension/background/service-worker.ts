import { createMenus, MENU_CHECK_PAGE, MENU_CHECK_SELECTION } from './menus';
import { startCheck } from './start-check';

// The toolbar button opens the popup; the panel opens from the popup, the menu or the shortcut.
chrome.runtime.onInstalled.addListener(() => {
  createMenus();
  void chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: false });
});

chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_CHECK_PAGE) void startCheck(tab, 'page', 'context-menu');
  else if (info.menuItemId === MENU_CHECK_SELECTION) {
    void startCheck(tab, 'selection', 'context-menu', info.frameId);
  }
});

chrome.commands.onCommand.addListener((command, tab) => {
  if (command === 'check-page') void startCheck(tab, 'page', 'shortcut');
});
