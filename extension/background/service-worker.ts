import { isCheckRequest } from '../common/check-request';
import type { BackgroundMessage } from '../common/messages';
import { checkDraftText, checkTab, collectRequest } from './check-service';
import { warmUp } from './checker';
import { createMenus, MENU_CHECK_PAGE, MENU_CHECK_SELECTION } from './menus';
import { postRequest, startCheck } from './start-check';

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

/** Answers the popup and the side panel. Only the extension's own pages can send these. */
chrome.runtime.onMessage.addListener((message: BackgroundMessage, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || !sender.url?.startsWith(chrome.runtime.getURL('')))
    return false;
  const reply = (work: Promise<unknown>) => {
    work.then(sendResponse, (error: unknown) =>
      sendResponse({
        ok: false,
        failure: {
          reason: 'failed',
          detail: error instanceof Error ? error.message : String(error),
        },
      }),
    );
    return true;
  };
  switch (message?.type) {
    case 'warm-up':
      // Answer first, then compile: the popup must not wait.
      sendResponse(true);
      setTimeout(() => void warmUp(), 0);
      return false;
    case 'start-check':
      if (!isCheckRequest(message.request)) return false;
      return reply(postRequest(message.request).then(() => true));
    case 'collect':
      if (!isCheckRequest(message.request)) return false;
      return reply(collectRequest(message.request));
    case 'check-tab':
      return reply(checkTab(message.tabId, 'page'));
    case 'check-draft':
      return reply(checkDraftText(String(message.text)));
    default:
      return false;
  }
});
