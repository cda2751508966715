import { describe, expect, test } from 'vitest';
import { unsupportedReason } from '../../../extension/common/unsupported-page';

describe('unsupported pages', () => {
  test.each([
    ['chrome://extensions/', 'browser-page'],
    ['chrome://newtab/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['devtools://devtools/bundled/inspector.html', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['https://chromewebstore.google.com/detail/abc', 'web-store'],
    ['https://chrome.google.com/webstore/category/extensions', 'web-store'],
    ['https://example.org/newsletter.pdf', 'pdf-viewer'],
    ['https://example.org/Flyer.PDF?download=1', 'pdf-viewer'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf-viewer'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', 'other-extension'],
    ['view-source:https://example.org/', 'view-source'],
    ['data:text/html,<p>hi</p>', 'not-a-web-page'],
    ['ftp://example.org/file.txt', 'not-a-web-page'],
    ['not a url', 'no-page'],
  ])('%s cannot be checked: %s', (url, reason) => {
    expect(unsupportedReason({ url, fileAccessAllowed: true })).toBe(reason);
  });

  test('a page whose URL Chrome does not tell us is no page to check', () => {
    expect(unsupportedReason({ url: undefined, fileAccessAllowed: true })).toBe('no-page');
  });

  test.each([
    ['https://school.example.org/news/october', null],
    ['http://127.0.0.1:8080/newsletter.html', null],
    ['https://docs.google.com/forms/d/e/abc/viewform', null],
    ['https://www.smore.com/abc-pta-news', null],
    ['https://us1.campaign-archive.com/?u=1&id=2', null],
    ['https://mail.google.com/mail/u/0/#inbox/abc', null],
  ])('%s can be checked', (url, reason) => {
    expect(unsupportedReason({ url, fileAccessAllowed: false })).toBe(reason);
  });

  test('file:// pages need the "Allow access to file URLs" switch', () => {
    expect(unsupportedReason({ url: 'file:///home/pta/news.html', fileAccessAllowed: false })).toBe(
      'file-without-access',
    );
    expect(unsupportedReason({ url: 'file:///home/pta/news.html', fileAccessAllowed: true })).toBe(
      null,
    );
    expect(unsupportedReason({ url: 'file:///home/pta/news.pdf', fileAccessAllowed: true })).toBe(
      'pdf-viewer',
    );
  });

  test('a PDF served without .pdf in its URL is caught by its content type', () => {
    expect(
      unsupportedReason({
        url: 'https://district.example.org/download?id=7',
        fileAccessAllowed: false,
        contentType: 'application/pdf',
      }),
    ).toBe('pdf-viewer');
  });
});
