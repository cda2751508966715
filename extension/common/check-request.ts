/**
 * How the popup, the keyboard shortcut and the context menu ask the side panel to check a page.
 * The request goes through chrome.storage.session, a mailbox the panel reads when it opens and
 * watches while it is open, so it is not lost if the panel is still loading.
 */
export interface CheckRequest {
  id: string;
  tabId: number;
  windowId: number;
  kind: 'page' | 'selection';
  /** The frame the selection is in (context menu on a selection). */
  frameId?: number;
  source: 'popup' | 'shortcut' | 'context-menu';
  requestedAt: number;
}

export const CHECK_REQUEST_KEY = 'checkRequest';

/** A request older than this was meant for a panel that never opened; it is ignored. */
export const REQUEST_MAX_AGE_MS = 60_000;

export function newCheckRequest(
  fields: Omit<CheckRequest, 'id' | 'requestedAt'>,
  now: number = Date.now(),
): CheckRequest {
  return {
    ...fields,
    id: `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    requestedAt: now,
  };
}

export function isCheckRequest(value: unknown): value is CheckRequest {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<CheckRequest>;
  return (
    typeof r.id === 'string' &&
    typeof r.tabId === 'number' &&
    typeof r.windowId === 'number' &&
    (r.kind === 'page' || r.kind === 'selection') &&
    typeof r.requestedAt === 'number'
  );
}

/** Whether a panel showing `windowId` (and pinned to `pinnedTabId`, if any) should run `request`. */
export function isRequestForPanel(
  request: CheckRequest,
  panel: { windowId: number; pinnedTabId?: number; handled: ReadonlySet<string> },
  now: number = Date.now(),
): boolean {
  if (panel.handled.has(request.id)) return false;
  if (now - request.requestedAt > REQUEST_MAX_AGE_MS) return false;
  if (panel.pinnedTabId !== undefined) return request.tabId === panel.pinnedTabId;
  return request.windowId === panel.windowId;
}

export async function postCheckRequest(request: CheckRequest): Promise<void> {
  await chrome.storage.session.set({ [CHECK_REQUEST_KEY]: request });
}
