import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { repoRoot } from '../../support/paths';

export const extensionDir = join(repoRoot, 'dist/extension');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** One request seen by the browser, with who made it. */
export interface SeenRequest {
  url: string;
  from: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request made by any page (extension pages included) and by the service worker. */
  requests: SeenRequest[];
  /** The tab id Chrome gives `page`, asked of the extension itself. */
  tabIdOf(page: Page): Promise<number>;
  /** Clicks the toolbar button for `page` the way a user does: grants activeTab, opens the popup. */
  clickAction(page: Page): Promise<void>;
  /** Opens an extension page (popup, side panel...) in a tab, pointed at the tab of `target`. */
  openExtensionPage(path: string, target?: Page): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium with the built extension loaded, as the team's recipe describes:
 * headless=new passed by hand, a fresh profile, background networking off.
 */
export async function launchWithExtension(
  options: { locale?: string } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'fsp-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1100, height: 800 },
    args: [
      '--headless=new',
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  const requests: SeenRequest[] = [];
  context.on('request', (request) => {
    const frame = (() => {
      try {
        return request.frame().url();
      } catch {
        return 'service worker';
      }
    })();
    requests.push({ url: request.url(), from: frame });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  // Without the activeTab grant Chrome hides tab URLs from the extension, so the tab is found as
  // the active one once the page is brought to the front.
  const tabIdOf = async (page: Page) => {
    await page.bringToFront();
    const id = await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    if (id < 0) throw new Error(`No tab found for ${page.url()}`);
    return id;
  };

  const clickAction = async (page: Page) => {
    await page.bringToFront();
    const cdp = await context.browser()?.newBrowserCDPSession();
    if (!cdp) throw new Error('No browser CDP session');
    try {
      // Tab targets are left out of Target.getTargets unless the filter asks for them.
      const { targetInfos } = (await cdp.send('Target.getTargets', {
        filter: [{ type: 'tab' }, { type: 'page' }],
      } as never)) as {
        targetInfos: { targetId: string; type: string; url: string }[];
      };
      // Extensions.triggerAction needs the tab target, not the page target.
      const pageTarget = targetInfos.find((t) => t.type === 'page' && t.url === page.url());
      const tabs = targetInfos.filter((t) => t.type === 'tab' && t.url === page.url());
      const tab = tabs[0];
      if (!tab || !pageTarget) throw new Error(`No tab target for ${page.url()}`);
      await cdp.send(
        'Extensions.triggerAction' as never,
        { id: extensionId, targetId: tab.targetId } as never,
      );
    } finally {
      await cdp.detach();
    }
  };

  const openExtensionPage = async (path: string, target?: Page) => {
    const query = target ? `?tabId=${await tabIdOf(target)}` : '';
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}${query}`);
    return page;
  };

  return {
    context,
    extensionId,
    worker,
    requests,
    tabIdOf,
    clickAction,
    openExtensionPage,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
