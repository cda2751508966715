import { type Browser, chromium, type Page } from 'playwright-core';
import type { AddOn } from './load-code';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The sidebar as HtmlService would show it, in Debian's Chromium: the HTML the add-on handed to
 * Ui.showSidebar, with a stand-in for google.script.run that calls the same Code.js (in node's vm,
 * on the fake spreadsheet). Arguments and results cross as JSON, as google.script.run's do (it
 * refuses Dates and functions); calls answer asynchronously, like the real thing.
 */
/** Where the page is served from in the test; HtmlService serves it from its own sandbox domain. */
export const SIDEBAR_URL = 'https://sidebar.fsp.invalid/';

const GOOGLE_SCRIPT_RUN = `
(() => {
  const call = window.__serverCall;
  const runner = (success, failure) => new Proxy({}, {
    get(_target, prop) {
      if (prop === 'withSuccessHandler') return (fn) => runner(fn, failure);
      if (prop === 'withFailureHandler') return (fn) => runner(success, fn);
      return (...args) => {
        call(prop, JSON.stringify(args)).then(
          (json) => success && success(JSON.parse(json)),
          (error) => failure && failure({ message: String(error) }),
        );
      };
    },
  });
  window.google = { script: { run: runner(), host: { close() {} } } };
})();
`;

export async function openSidebar(browser: Browser, addOn: AddOn, html: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  (page as Page & { requestsSeen?: string[] }).requestsSeen = requests;
  await page.exposeFunction('__serverCall', (name: string, argsJson: string) => {
    const args = JSON.parse(argsJson) as unknown[];
    const result = addOn.call(name, ...args);
    return JSON.stringify(result ?? null);
  });
  // A string, not a function: the test runner's compiler may wrap functions in helpers the page lacks.
  await page.addInitScript(GOOGLE_SCRIPT_RUN);
  await page.route(SIDEBAR_URL, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(SIDEBAR_URL);
  return page;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking'],
  });
}
