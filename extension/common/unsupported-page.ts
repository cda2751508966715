/**
 * Pages Chrome does not let any extension read, and pages it lets us read only with a setting the
 * user must turn on. Each reason has a message (in _locales) that says why and what to do instead.
 */
export type UnsupportedReason =
  | 'no-page'
  | 'browser-page'
  | 'web-store'
  | 'pdf-viewer'
  | 'file-without-access'
  | 'other-extension'
  | 'view-source'
  | 'not-a-web-page';

/** The message key in _locales for each reason; the messages name what to do instead. */
export const UNSUPPORTED_MESSAGE_KEYS: Record<UnsupportedReason, string> = {
  'no-page': 'unsupportedNoPage',
  'browser-page': 'unsupportedBrowserPage',
  'web-store': 'unsupportedWebStore',
  'pdf-viewer': 'unsupportedPdf',
  'file-without-access': 'unsupportedFileAccess',
  'other-extension': 'unsupportedOtherExtension',
  'view-source': 'unsupportedViewSource',
  'not-a-web-page': 'unsupportedNotWebPage',
};

const BROWSER_SCHEMES = new Set([
  'chrome:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'chrome-search:',
  'chrome-error:',
]);

/** Chrome blocks scripts on its extension galleries whatever the permissions. */
function isWebStore(url: URL): boolean {
  if (url.hostname === 'chromewebstore.google.com') return true;
  if (url.hostname === 'chrome.google.com' && url.pathname.startsWith('/webstore')) return true;
  return url.hostname === 'microsoftedge.microsoft.com' && url.pathname.startsWith('/addons');
}

function looksLikePdf(url: URL): boolean {
  return /\.pdf$/i.test(url.pathname);
}

export interface PageFacts {
  /** The tab's URL; `undefined` when Chrome does not tell us (no page, or access not granted). */
  url: string | undefined;
  /** `chrome.extension.isAllowedFileSchemeAccess()`. */
  fileAccessAllowed: boolean;
  /** `document.contentType` when the page was reached: a PDF served without `.pdf` in its URL. */
  contentType?: string;
}

/** Why this page cannot be checked, or `null` when it can. Decided from the URL alone where possible. */
export function unsupportedReason(page: PageFacts): UnsupportedReason | null {
  if (!page.url) return 'no-page';
  let url: URL;
  try {
    url = new URL(page.url);
  } catch {
    return 'no-page';
  }
  if (url.protocol === 'view-source:') return 'view-source';
  if (BROWSER_SCHEMES.has(url.protocol)) return 'browser-page';
  if (url.protocol === 'chrome-extension:' || url.protocol === 'extension:') {
    // The PDF viewer is itself an extension page.
    if (looksLikePdf(url) || url.hostname === 'mhjfbmdgcfjbbpaeojofohoefgiehjai')
      return 'pdf-viewer';
    return 'other-extension';
  }
  if (page.contentType === 'application/pdf') return 'pdf-viewer';
  if (url.protocol === 'file:') {
    if (!page.fileAccessAllowed) return 'file-without-access';
    return looksLikePdf(url) ? 'pdf-viewer' : null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'not-a-web-page';
  if (isWebStore(url)) return 'web-store';
  if (looksLikePdf(url)) return 'pdf-viewer';
  return null;
}
