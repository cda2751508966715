import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../support/paths';
import {
  checkThroughPanel,
  openDraftBox,
  panelOutcome,
  requestSelectionCheck,
  visibleText,
} from './support/check-flow';
import { type ExtensionBrowser, launchWithExtension } from './support/extension-browser';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { pageOfNodes, smallPdf } from './support/generated-pages';

const resultsDir = join(repoRoot, 'test-results');

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync(resultsDir, { recursive: true });
  server = await startFixtureServer({
    '/big.html': () => pageOfNodes(100_000),
    '/news.pdf': smallPdf,
    // A PDF whose URL does not say so, as document systems serve them.
    '/download/newsletter': smallPdf,
    '/sample-newsletter.html': () =>
      readFileSync(join(repoRoot, 'shared/cli/examples/sample-newsletter.html'), 'utf8'),
    // A district's announcement as a text file, hard-wrapped like an e-mail saved as text.
    '/notice.txt': () =>
      [
        'Parent-Teacher Conferences',
        '',
        'Dear families,',
        '',
        'Conferences are on Tuesday. The IEP team will also meet that day and we',
        'will utilize the time to leverage our partnership.',
        '',
        'Interpreters are available in Spanish and Vietnamese; call the office at',
        '555-0100 to ask for one.',
        '',
        'PLEASE RETURN THE FORM BY FRIDAY.',
        '',
      ].join('\n'),
    // Markdown, which Chrome also shows as text: notes kept in a repository or a static site.
    '/notes.md': () =>
      '# PTA notes\n\nDear families, interpreters are available in Spanish. Call [the office](tel:5550100) to ask for one.\n',
    // A school page with its survey embedded from another site, as Google Forms are: localhost
    // is another origin than 127.0.0.1, so the activeTab grant does not reach the frame.
    '/embedded-survey.html': () =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Family survey</title></head><body><h1>Family survey</h1><p>Please fill in our survey below. It takes five minutes.</p><iframe title="Family survey form" src="${server.origin.replace('127.0.0.1', 'localhost')}/form-inner.html" width="600" height="400"></iframe><iframe title="Tracker" src="${server.origin.replace('127.0.0.1', 'localhost')}/no-text.html" width="1" height="1"></iframe></body></html>`,
  });
  browser = await launchWithExtension();
  // Chrome grants no permissions to extension origins from outside: the clipboard is read back
  // from a fixture page, which shares the browser's clipboard.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: server.origin,
  });
});

/** What the extension put on the clipboard, read from a page of the fixture server. */
async function readClipboard(): Promise<string> {
  const reader = await browser.context.newPage();
  await reader.goto(server.url('/no-text.html'));
  await reader.bringToFront();
  const text = await reader.evaluate(() => navigator.clipboard.readText());
  await reader.close();
  return text;
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

let opened = 0;

/** Opens a fixture page at a URL no other tab has, so the toolbar click finds exactly this tab. */
async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url(path)}?tab=${++opened}`);
  return page;
}

/** The text of the page's current CSS highlight, read from the page itself. */
function highlightedText(page: Page, frame = page.mainFrame()): Promise<string | null> {
  void page;
  return frame.evaluate(() => {
    const highlight = CSS.highlights.get('fsp-passage');
    if (!highlight) return null;
    return [...highlight].map((range) => range.toString()).join(' | ');
  });
}

describe('popup: look-up', () => {
  test('searches the standards with the keyboard and copies a citation', async () => {
    const page = await open('/newsletter.html');
    await browser.clickAction(page);
    const popup = await browser.openExtensionPage('popup/index.html', page);
    // Before typing: the six standards of the default framework.
    await expect.poll(() => popup.locator('[role=option]').count()).toBe(6);
    // The keyboard shortcut is registered, and the popup names it.
    await expect
      .poll(() => popup.locator('#check-hint').textContent())
      .toBe('Shortcut: Alt+Shift+K. Or right-click the page.');
    await popup.fill('#search', 'interpretr'); // a typo
    await expect
      .poll(() => popup.locator('[role=option]').first().textContent())
      .toContain('2.1.2');
    const first = popup.locator('[role=option]').first();
    await expect.poll(() => first.getAttribute('aria-selected')).toBe('true');
    expect(await first.textContent()).toContain('Address access by providing interpretation');
    expect(await first.textContent()).toContain('Standard 2: Communicate Effectively');

    await popup.fill('#search', '2.1');
    await expect.poll(() => popup.locator('[role=option]').count()).toBe(7);
    await popup.press('#search', 'ArrowDown');
    await popup.press('#search', 'ArrowDown');
    const active = await popup.getAttribute('#search', 'aria-activedescendant');
    expect(active).toBe('result-2');
    expect(await popup.locator('#result-2').textContent()).toContain('2.1.2');
    expect(await popup.locator('#copy-active').textContent()).toBe('Copy citation for 2.1.2');
    await popup.press('#search', 'Enter');
    await expect.poll(() => popup.locator('#copy-status').textContent()).toContain('2.1.2');
    const copied = await readClipboard();
    expect(copied).toBe(
      'National PTA, National Standards for Family-School Partnerships (2022), Indicator 2.1.2: Address access by providing interpretation, translation, and/or accommodations',
    );

    // The administrators' action steps are searchable too.
    await popup.fill('#search', 'focus groups');
    await expect
      .poll(() => popup.locator('[role=option]').first().textContent())
      .toContain('action step');
    // The copied message went with the results it was about.
    expect(await popup.locator('#copy-status').textContent()).toBe('');
    expect(await popup.locator('#result-count').textContent()).not.toContain('copied');

    // Switch framework.
    await popup.selectOption('#framework', 'pta-2008');
    await popup.fill('#search', '');
    await expect
      .poll(() => popup.locator('[role=option]').first().textContent())
      .toContain('Welcoming All Families');
    expect(await popup.locator('#result-count').textContent()).toBe(
      'Type a word or an id such as 2.',
    );
    // PTA 2008 has standards only: the no-match hint offers an id it has.
    await popup.fill('#search', 'zzzqqxx');
    await expect
      .poll(() => popup.locator('#result-count').textContent())
      .toBe('No matches. Try fewer words or an id such as 2.');

    await popup.fill('#search', 'translation');
    await popup.selectOption('#framework', 'pta-2022');
    await popup.locator('body').screenshot({ path: join(resultsDir, 'popup.png') });
    await popup.close();
    await page.close();
  });

  test('Enter on an administrators\u2019 action step copies the citation of its standard', async () => {
    const page = await open('/newsletter.html');
    await browser.clickAction(page);
    const popup = await browser.openExtensionPage('popup/index.html', page);
    // "languages" finds Standard 2's third action step first.
    await popup.fill('#search', 'languages');
    const first = popup.locator('[role=option]').first();
    await expect.poll(() => first.textContent()).toContain('Standard 2, action step 3');
    expect(await popup.locator('#copy-active').textContent()).toBe('Copy citation for 2');
    await popup.press('#search', 'Enter');
    await expect
      .poll(() => popup.locator('#copy-status').textContent())
      .toBe('Citation for 2 copied.');
    expect(await readClipboard()).toBe(
      'National PTA, National Standards for Family-School Partnerships (2022), Standard 2: Communicate Effectively: The school supports staff to engage in proactive, timely, and two-way communication so that all families can easily understand and contribute to their child\u2019s educational experience.',
    );
    await popup.close();
    await page.close();
  });

  test('says why a browser page cannot be checked', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version');
    await browser.clickAction(page);
    const popup = await browser.openExtensionPage('popup/index.html', page);
    await expect.poll(() => popup.locator('#unsupported').isVisible()).toBe(true);
    // Chrome grants nothing on its own pages, not even their URL: the message covers every closed page.
    expect(await popup.locator('#unsupported').textContent()).toMatch(
      /Browser pages \(chrome:\/\/, settings, new tab\), the Chrome Web Store and the PDF viewer are closed/,
    );
    expect(await popup.locator('#check-page').isDisabled()).toBe(true);
    await popup.close();
    await page.close();
  });
});

describe('check this page', () => {
  test('through the real activeTab path: toolbar button, then the popup\u2019s button, then the side panel report', async () => {
    const page = await open('/newsletter.html');
    const domBefore = await page.evaluate(() => document.documentElement.outerHTML);
    await browser.clickAction(page);
    const panel = await browser.openExtensionPage('sidepanel/index.html', page);
    const popup = await browser.openExtensionPage('popup/index.html', page);
    await popup.click('#check-page');
    const outcome = await panelOutcome(panel);
    expect(outcome.kind, outcome.text).toBe('report');

    // Summary: language, reading grade against the target, translation offered, counts.
    const summary = await visibleText(panel.locator('dl.summary'));
    expect(summary).toMatch(/English/);
    expect(summary).toMatch(/target 8 or below/);
    expect(summary).toMatch(/yes \(.*Español/);
    expect(await visibleText(panel.locator('table.counts'))).toMatch(/Plain language/);

    // Indicators evidenced with quotes, and missing ones with suggestions.
    const evidenced = panel.locator('#evidenced [data-indicator="2.1.2"]');
    expect(await visibleText(evidenced)).toContain(
      'Interpreters are available in Spanish, Vietnamese and Somali',
    );
    expect(await visibleText(panel.locator('#evidenced [data-indicator="2.1.4"]'))).toContain(
      'family survey',
    );
    // Each indicator says how many passages back it; one passage is marked to check.
    expect(await visibleText(evidenced)).toMatch(/\d+ passages/);
    const countLines = await panel.locator('#evidenced > li > p.detail').allTextContents();
    expect(countLines.length).toBe(await panel.locator('#evidenced > li').count());
    expect(countLines.every((line) => /^\d+ passages$|^1 passage only: /.test(line))).toBe(true);
    const missing = panel.locator('#missing [data-indicator="2.1.6"]');
    expect(await visibleText(missing)).toMatch(/Suggestion: /);

    // Findings grouped by category, most severe first inside each group.
    const groups = await panel.locator('#findings ul').evaluateAll((lists) =>
      lists.map((l) => ({
        category: (l as HTMLElement).dataset.category,
        severities: [...l.querySelectorAll('.badge')].map((b) => b.className.replace('badge ', '')),
      })),
    );
    expect(groups.length).toBeGreaterThan(1);
    const rank = ['serious', 'moderate', 'minor', 'info'];
    for (const group of groups) {
      const ranks = group.severities.map((s) => rank.indexOf(s));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    expect(await visibleText(panel.locator('#findings'))).toContain('a piece of cake');
    // A paragraph hidden by a style sheet is not part of the check.
    expect(await visibleText(panel.locator('#report'))).not.toContain('hidden by a style sheet');

    await panel.setViewportSize({ width: 420, height: 1400 });
    await panel.screenshot({ path: join(resultsDir, 'report.png'), fullPage: true });

    // The check did not change the page.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(domBefore);
    await popup.close();
    await panel.close();
    await page.close();
  });

  test('highlights a passage, scrolls to it, and clears it when the panel closes', async () => {
    const page = await open('/newsletter.html');
    const domBefore = await page.evaluate(() => document.body.innerHTML);
    const { panel, kind } = await checkThroughPanel(browser, page);
    expect(kind).toBe('report');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    const volunteer = panel.locator('#evidenced [data-indicator="1.1.5"] button.passage').first();
    const quote = (await volunteer.textContent())?.replace(/^“|”$/g, '');
    await volunteer.click();
    await expect.poll(() => highlightedText(page)).toBe(quote);
    // The passage sits below a tall spacer: the page scrolled to it.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);

    // Another passage replaces the highlight.
    const interpreters = panel.locator('#evidenced [data-indicator="2.1.2"] button.passage').last();
    await interpreters.click();
    await expect
      .poll(() => highlightedText(page))
      .toBe(
        'Interpreters are available in Spanish, Vietnamese and Somali: tell the front office which language you prefer when you book.',
      );

    // Highlights never touch the page's DOM.
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(domBefore);

    // Starting another check clears the highlight. (Showing a passage brought the page's tab
    // forward, hiding this tab; Chrome's real side panel stays in view beside the page.)
    await panel.bringToFront();
    await panel.click('#check-page');
    await panelOutcome(panel);
    await expect.poll(() => highlightedText(page)).toBe(null);
    await panel.locator('#evidenced [data-indicator="2.1.2"] button.passage').last().click();
    await expect.poll(() => highlightedText(page)).not.toBe(null);

    // Closing the panel clears it.
    await panel.close();
    await expect.poll(() => highlightedText(page)).toBe(null);
    // And the page still works.
    await page.click('h1');
    expect(
      await page.evaluate(() => (window as unknown as { pageCounter: number }).pageCounter),
    ).toBe(1);
    await page.close();
  });

  test('a quote whose words the page has since changed is not shown as if it were there', async () => {
    const page = await open('/newsletter.html');
    const { panel } = await checkThroughPanel(browser, page);
    const interpreters = panel
      .locator('#evidenced [data-indicator="2.1.2"] button.passage', { hasText: 'Interpreters' })
      .first();
    await interpreters.click();
    await expect.poll(() => highlightedText(page)).toContain('Interpreters are available');
    // The editor rewrites the paragraph (a live page, or a draft still being edited).
    await page.evaluate(() => {
      for (const p of document.querySelectorAll('p')) {
        if (p.textContent?.includes('Interpreters are available')) p.textContent = 'Call us.';
      }
    });
    await interpreters.click();
    await expect
      .poll(() => panel.locator('#status').textContent())
      .toBe('The page has changed since the check. Check it again to show passages.');
    // No highlight is left on words the check did not read.
    expect(await highlightedText(page)).toBe(null);
    await panel.close();
    await page.close();
  });

  test('a quote clicked while another tab is in front brings its page forward', async () => {
    const page = await open('/newsletter.html');
    const { panel, kind } = await checkThroughPanel(browser, page);
    expect(kind).toBe('report');
    const pageTab = await browser.tabIdOf(page);
    // The user moves on to another tab; the panel still shows the newsletter's report.
    const other = await open('/webmail.html');
    const otherTab = await browser.tabIdOf(other);
    const isActive = (tabId: number) =>
      browser.worker.evaluate(async (id) => (await chrome.tabs.get(id)).active, tabId);
    expect(await isActive(otherTab)).toBe(true);
    await panel.locator('#evidenced [data-indicator="2.1.2"] button.passage').last().click();
    await expect
      .poll(() => panel.locator('#status').textContent())
      .toBe('Passage highlighted in the page.');
    // The highlight is where the user can see it: the newsletter's tab is the one shown.
    await expect.poll(() => isActive(pageTab)).toBe(true);
    expect(await highlightedText(page)).toContain('Interpreters are available');
    await panel.close();
    await other.close();
    await page.close();
  });

  test('copies the report as Markdown and as rows for the Sheets add-on', async () => {
    const page = await open('/newsletter.html');
    const { panel } = await checkThroughPanel(browser, page);
    await panel.click('#copy-markdown');
    await expect.poll(() => panel.locator('#status').textContent()).toContain('Markdown');
    const markdown = await readClipboard();
    expect(markdown).toMatch(/^# Message check: Maple Grove Elementary PTA News/);
    expect(markdown).toContain('## Communication indicators');
    expect(markdown).toContain('- **2.1.2** Address access by providing interpretation');

    await panel.click('#copy-tsv');
    await expect.poll(() => panel.locator('#status').textContent()).toMatch(/rows copied/);
    const tsv = await readClipboard();
    const rows = tsv.split('\n').map((line) => line.split('\t'));
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      expect(row).toHaveLength(5);
      expect(row[0]).toMatch(/^pta-2022:\d+\.\d+\.\d+$/);
      expect(row[1]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row[2]).toBe('Maple Grove Elementary PTA News – October');
      expect(row[3]).toBe(page.url());
    }
    expect(
      rows.some((r) => r[0] === 'pta-2022:2.1.2' && r[4]?.startsWith('Interpreters are available')),
    ).toBe(true);
    await panel.close();
    await page.close();
  });

  test('the full accessibility check of a tab that has moved to another page adds nothing to the old report', async () => {
    const page = await open('/newsletter.html');
    const { panel } = await checkThroughPanel(browser, page);
    const before = await panel.locator('#findings li').count();
    // The tab moves on to another page; the user gives the grant again with the toolbar button.
    await page.goto(server.url('/mailchimp.html'));
    await browser.clickAction(page);
    await panel.click('#check-axe');
    await expect
      .poll(() => panel.locator('#status').textContent(), { timeout: 20_000 })
      .toBe('The page has changed since the check. Check it again to show passages.');
    expect(await panel.locator('#findings li').count()).toBe(before);
    expect(await panel.locator('#findings li[data-rule^="axe-"]').count()).toBe(0);
    await panel.close();
    await page.close();
  });

  test('full accessibility check adds axe-core violations, colour contrast included', async () => {
    const page = await open('/newsletter.html');
    const { panel } = await checkThroughPanel(browser, page);
    const before = await panel.locator('#findings li').count();
    await panel.click('#check-axe');
    await expect
      .poll(() => panel.locator('#status').textContent(), { timeout: 20_000 })
      .toMatch(/Full accessibility check: [1-9]\d* new, [1-9]\d* already in the report/);
    const findings = await visibleText(panel.locator('#findings'));
    expect(await panel.locator('#findings li').count()).toBeGreaterThan(before);
    expect(findings).toMatch(/axe-core 4\.\d+\.\d+, rule color-contrast/);
    expect(findings).toMatch(/WCAG 1\.4\.3/);
    // The image without alt text is the checker's own finding already: axe's is not added again.
    expect(await panel.locator('#findings li[data-rule="image-alt-missing"]').count()).toBe(1);
    expect(await panel.locator('#findings li[data-rule="axe-image-alt"]').count()).toBe(0);
    // An axe finding points at its element in the page.
    await panel
      .locator('#findings li[data-rule="axe-color-contrast"] button.passage')
      .first()
      .click();
    await expect.poll(() => highlightedText(page)).not.toBe(null);
    await panel.close();
    await page.close();
  });
});

describe('the full accessibility check on the sample newsletter', () => {
  test("adds no duplicate of the checker's image and heading findings, and says how many were new", async () => {
    const page = await open('/sample-newsletter.html');
    const { panel, kind, text } = await checkThroughPanel(browser, page);
    expect(kind, text).toBe('report');
    const countsBefore = await visibleText(panel.locator('table.counts'));
    await panel.click('#check-axe');
    await expect
      .poll(() => panel.locator('#status').textContent(), { timeout: 20_000 })
      .toMatch(/Full accessibility check: \d+ new, [2-9]\d* already in the report/);
    const status = (await panel.locator('#status').textContent()) ?? '';
    const added = Number(/: (\d+) new/.exec(status)?.[1]);
    for (const rule of ['axe-image-alt', 'axe-heading-order'])
      expect(await panel.locator(`#findings li[data-rule="${rule}"]`).count(), rule).toBe(0);
    expect(await panel.locator('#findings li[data-rule^="axe-"]').count()).toBe(added);
    if (added === 0) expect(await visibleText(panel.locator('table.counts'))).toBe(countsBefore);
    await panel.close();
    await page.close();
  });
});

describe('selection, draft and frames', () => {
  test('checks only the selected text', async () => {
    const page = await open('/newsletter.html');
    await browser.clickAction(page);
    const panel = await browser.openExtensionPage('sidepanel/index.html', page);
    await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll('p')];
      const start = paragraphs.find((p) => p.textContent?.startsWith('Conferences are on'));
      const end = paragraphs.find((p) => p.textContent?.startsWith('If you would like'));
      const range = document.createRange();
      range.setStart(start!.firstChild!, 'Conferences are on 10/14 and 10/15. '.length);
      range.setEnd(end!.firstChild!, 'If you would like your child'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await requestSelectionCheck(panel, await browser.tabIdOf(page));
    const outcome = await panelOutcome(panel);
    expect(outcome.kind, outcome.text).toBe('report');
    expect(outcome.text).toContain('Selected text checked.');
    const evidenced = await visibleText(panel.locator('#evidenced'));
    expect(evidenced).toContain('Interpreters are available in Spanish, Vietnamese and Somali');
    // Outside the selection: not checked.
    expect(outcome.text).not.toContain('Maple Grove PTA News: October');
    expect(outcome.text).not.toContain('a piece of cake');
    // A quote from the selection highlights the right words in the page.
    const button = panel.locator('#evidenced [data-indicator="2.1.2"] button.passage').first();
    const quote = (await button.textContent())?.replace(/^“|”$/g, '');
    await button.click();
    await expect.poll(() => highlightedText(page)).toBe(quote);
    await panel.close();
    await page.close();
  });

  test('a selection check with nothing selected says what to do', async () => {
    const page = await open('/newsletter.html');
    await browser.clickAction(page);
    const panel = await browser.openExtensionPage('sidepanel/index.html', page);
    await requestSelectionCheck(panel, await browser.tabIdOf(page));
    const outcome = await panelOutcome(panel);
    expect(outcome.kind).toBe('error');
    expect(outcome.text).toMatch(/No text is selected/);
    await panel.close();
    await page.close();
  });

  test('checks the text selected in a web-mail draft\u2019s textarea, and shows its quotes there', async () => {
    const page = await open('/compose.html');
    await browser.clickAction(page);
    const panel = await browser.openExtensionPage('sidepanel/index.html', page);
    // The user selects the draft's last two paragraphs in the message box.
    const selected = await page.evaluate(() => {
      const box = document.getElementById('body') as HTMLTextAreaElement;
      box.focus();
      const start = box.value.indexOf('Conferences are on');
      box.setSelectionRange(start, box.value.length);
      return box.value.slice(start);
    });
    await requestSelectionCheck(panel, await browser.tabIdOf(page));
    const outcome = await panelOutcome(panel);
    expect(outcome.kind, outcome.text).toBe('report');
    expect(outcome.text).toContain('Selected text checked.');
    expect(outcome.text).toContain('New message - Mail');
    // The draft is text: what it says is checked, not the page's markup around it.
    expect(await visibleText(panel.locator('#evidenced'))).toContain(
      'Interpreters are available in Spanish and Vietnamese',
    );
    const rules = await panel
      .locator('#findings li[data-rule]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.rule));
    expect(rules).toContain('all-caps');
    expect(rules).not.toContain('html-lang-missing');
    expect(outcome.text).not.toContain('Dear families');
    // A quote is shown by selecting it in the box; the draft's text is unchanged.
    const button = panel
      .locator('#evidenced [data-indicator="2.1.2"] button.passage', { hasText: 'Interpreters' })
      .first();
    const quote = (await button.textContent())?.replace(/^\u201c|\u201d$/g, '');
    await button.click();
    await expect
      .poll(() => panel.locator('#status').textContent())
      .toBe('Passage highlighted in the page.');
    const shown = await page.evaluate(() => {
      const box = document.getElementById('body') as HTMLTextAreaElement;
      return { text: box.value.slice(box.selectionStart, box.selectionEnd), value: box.value };
    });
    expect(shown.text).toBe(quote);
    expect(shown.value.endsWith(selected)).toBe(true);
    await panel.close();
    await page.close();
  });

  test('a form embedded from another site is named as not checked, not silently left out', async () => {
    const page = await open('/embedded-survey.html');
    await page.frameLocator('iframe[title="Family survey form"]').locator('form').waitFor();
    const outcome = await checkThroughPanel(browser, page);
    expect(outcome.kind, outcome.text).toBe('report');
    const note = outcome.panel.locator('#unread-frames');
    await expect.poll(() => note.isVisible()).toBe(true);
    const text = await note.textContent();
    expect(text).toContain('\u201cFamily survey form\u201d (localhost:');
    // A 1-pixel frame is no part of the message.
    expect(text).not.toContain('Tracker');
    // The Markdown copy, pasted into minutes, says so too.
    await outcome.panel.click('#copy-markdown');
    await expect.poll(() => outcome.panel.locator('#status').textContent()).toContain('Markdown');
    expect(await readClipboard()).toContain(
      '> Not checked: \u201cFamily survey form\u201d (localhost:',
    );
    // A check of a page without such frames does not keep the note.
    await page.goto(server.url('/newsletter.html'));
    await browser.clickAction(page);
    await outcome.panel.click('#check-page');
    await expect.poll(() => note.isVisible()).toBe(false);
    await outcome.panel.close();
    await page.close();
  });

  test('checks a pasted draft', async () => {
    const panel = await browser.openExtensionPage('sidepanel/index.html');
    await openDraftBox(panel);
    await panel.fill(
      '#draft-text',
      'Dear families,\n\nOur PTA meeting is on Tuesday at 6 pm in the library. Interpreters are available in Spanish; call 555-0100 to ask for one.\n\nWe want to hear from you: tell us what you think of the new homework policy in our short survey, and we will share what we learn at the next meeting.',
    );
    // Every status the panel shows while it checks, however briefly.
    await panel.evaluate(() => {
      const status = document.getElementById('status') as HTMLElement;
      const seen: string[] = [];
      (window as unknown as { statusesSeen: string[] }).statusesSeen = seen;
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await panel.click('#check-draft');
    const outcome = await panelOutcome(panel);
    expect(outcome.kind).toBe('report');
    expect(outcome.text).toContain('Draft checked.');
    // A draft is text, not a page.
    const statuses = await panel.evaluate(
      () => (window as unknown as { statusesSeen: string[] }).statusesSeen,
    );
    expect(statuses).toContain('Checking the text…');
    expect(statuses).not.toContain('Checking the page…');
    expect(await visibleText(panel.locator('#evidenced [data-indicator="2.1.2"]'))).toContain(
      'Interpreters are available in Spanish',
    );
    // A draft has no page to point at: passages are shown as text, not as links.
    expect(await panel.locator('button.passage').count()).toBe(0);
    // An empty draft next: the error, and no status left over from the draft before.
    await panel.fill('#draft-text', '  ');
    await panel.click('#check-draft');
    await expect
      .poll(() => panel.locator('#error').textContent())
      .toBe('Paste some text into the box first.');
    expect(await panel.locator('#status').textContent()).toBe('');
    await panel.close();
  });

  test('a draft typed in the panel is still there when the panel is opened again', async () => {
    const draft = 'Dear families,\n\nThe book fair opens on Monday.';
    const first = await browser.openExtensionPage('sidepanel/index.html');
    await openDraftBox(first);
    await first.locator('#draft-text').fill('');
    await first.locator('#draft-text').pressSequentially(draft);
    // Kept as typed (a person takes longer than this write to reach the close button).
    await expect
      .poll(() =>
        first.evaluate(async () => (await chrome.storage.session.get('draftText')).draftText),
      )
      .toBe(draft);
    // The user closes the panel (or it closes with the window) before checking.
    await first.close();
    const again = await browser.openExtensionPage('sidepanel/index.html');
    await expect.poll(() => again.locator('#draft-text').inputValue()).toBe(draft);
    // And the section is open, so the text is in sight.
    expect(await again.locator('#draft').getAttribute('open')).not.toBe(null);
    await again.close();
  });

  test('checks a form inside a same-origin iframe with the page around it', async () => {
    const page = await open('/form-frame.html');
    const { panel, kind, text } = await checkThroughPanel(browser, page);
    expect(kind, text).toBe('report');
    // The page's title and the form's questions, from the frame, in one report.
    expect(text).toContain('Volunteer sign-up');
    const findings = await visibleText(panel.locator('#findings'));
    expect(findings).toContain(
      'The field "E-mail address" is labelled only by its placeholder text.',
    );
    expect(findings).toContain('The 1st phone number field has no label.');
    expect(findings).toContain(
      'The choices "Morning, Afternoon" after "Which shift can you help with?" are not grouped under their question.',
    );
    // The form asks families their preferred language (indicator 2.1.1)...
    const preference = panel.locator('#evidenced [data-indicator="2.1.1"] button.passage').first();
    expect(await preference.textContent()).toBe('“What language do you prefer we use with you?”');
    // ...and a click on it highlights the question inside the frame, not in the top page.
    await preference.click();
    const child = page.frames().find((f) => f.url().includes('/form-inner.html'));
    expect(child).toBeDefined();
    await expect
      .poll(() => highlightedText(page, child))
      .toBe('What language do you prefer we use with you?');
    expect(await highlightedText(page)).toBe(null);
    await panel.close();
    await page.close();
  });
});

describe('pages that could break a check', () => {
  test('a page of 100,000 nodes', async () => {
    const page = await open('/big.html');
    const nodes = await page.evaluate(() => {
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
      let count = 0;
      while (walker.nextNode()) count++;
      return count;
    });
    expect(nodes).toBeGreaterThanOrEqual(100_000);
    const outcome = await checkThroughPanel(browser, page);
    expect(['report', 'error']).toContain(outcome.kind);
    expect(outcome.kind, outcome.text).toBe('report');
    await page.click('#still-works');
    expect(await page.textContent('#still-works')).toBe('clicked');
    await outcome.panel.close();
    await page.close();
  });

  test('content in open shadow DOM', async () => {
    const page = await open('/shadow.html');
    const outcome = await checkThroughPanel(browser, page);
    expect(outcome.kind, outcome.text).toBe('report');
    expect(await visibleText(outcome.panel.locator('#evidenced'))).toContain(
      'Interpreters are available at every school event',
    );
    // Highlighting reaches into the shadow root.
    await outcome.panel
      .locator('#evidenced [data-indicator="2.1.2"] button.passage')
      .first()
      .click();
    await expect.poll(() => highlightedText(page)).toContain('Interpreters are available');
    await outcome.panel.close();
    await page.close();
  });

  test('a page that overwrites Array.prototype.map, JSON and other built-ins', async () => {
    const page = await open('/hostile.html');
    expect(
      await page.evaluate(() => (window as unknown as { JSON: { broken?: boolean } }).JSON.broken),
    ).toBe(true);
    const outcome = await checkThroughPanel(browser, page);
    // The content agent runs in an isolated world: the page's broken built-ins are not its built-ins.
    expect(outcome.kind, outcome.text).toBe('report');
    expect(await visibleText(outcome.panel.locator('#evidenced'))).toContain(
      'Interpreters are available for families',
    );
    await page.click('#still-works');
    expect(await page.textContent('#still-works')).toBe('clicked');
    // ...and the page's own replacements are still in place: the extension did not repair or touch them.
    expect(
      await page.evaluate(() => (window as unknown as { JSON: { broken?: boolean } }).JSON.broken),
    ).toBe(true);
    await outcome.panel.close();
    await page.close();
  });

  test('a page whose own script hangs: the check stops at 10 s with a clear message', async () => {
    const page = await open('/busy.html');
    await browser.clickAction(page);
    const panel = await browser.openExtensionPage('sidepanel/index.html', page);
    await page.click('#busy');
    await page.waitForTimeout(300);
    await panel.click('#check-page');
    const outcome = await panelOutcome(panel, 20_000);
    expect(outcome.kind).toBe('error');
    expect(outcome.text).toBe(
      'The page did not answer within 10 seconds, so the check stopped. The page itself is unchanged. Try again, or paste its text as a draft.',
    );
    // Once its script lets go, the page works, and a new check goes through.
    await page.click('#still-works', { timeout: 15_000 });
    expect(await page.textContent('#still-works')).toBe('clicked');
    await panel.click('#check-page');
    expect((await panelOutcome(panel)).kind).toBe('report');
    await panel.close();
    await page.close();
  });

  test('a check that fails after a report takes the earlier page\u2019s report away', async () => {
    const page = await open('/newsletter.html');
    const first = await checkThroughPanel(browser, page);
    expect(first.kind, first.text).toBe('report');
    // The same tab moves on to another page, which has nothing to check.
    await page.goto(server.url('/no-text.html'));
    await browser.clickAction(page);
    await first.panel.click('#check-page');
    await expect.poll(() => first.panel.locator('#error').isVisible()).toBe(true);
    expect(await first.panel.locator('#error').textContent()).toMatch(/no text to check/);
    // Nothing of the newsletter is left to read, copy or click as if it were this page's.
    expect(await first.panel.locator('#report').isVisible()).toBe(false);
    expect(await first.panel.locator('#check-axe').isDisabled()).toBe(true);
    await first.panel.close();
    await page.close();
  });

  test('a selection checked while a page check runs is checked after it, not dropped', async () => {
    const page = await open('/big.html');
    await browser.clickAction(page);
    const panel = await browser.openExtensionPage('sidepanel/index.html', page);
    await panel.click('#check-page');
    await expect.poll(() => panel.locator('#status').textContent()).toBe('Checking the page\u2026');
    // While the 100,000 nodes are read, the user selects the heading and asks for it alone.
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1') as HTMLElement);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await requestSelectionCheck(panel, await browser.tabIdOf(page));
    await expect
      .poll(() => panel.locator('#report').textContent(), { timeout: 30_000 })
      .toContain('Selected text checked.');
    expect(await visibleText(panel.locator('#report'))).not.toContain('Item 9');
    await panel.close();
    await page.close();
  });

  test('a page with no text', async () => {
    const page = await open('/no-text.html');
    const outcome = await checkThroughPanel(browser, page);
    expect(outcome.kind).toBe('error');
    expect(outcome.text).toMatch(/no text to check/);
    await outcome.panel.close();
    await page.close();
  });

  test('a browser page gets a clear message instead of a check', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version');
    await browser.clickAction(page);
    const panel = await browser.openExtensionPage('sidepanel/index.html', page);
    await panel.click('#check-page');
    const outcome = await panelOutcome(panel);
    expect(outcome.kind).toBe('error');
    expect(outcome.text).toMatch(
      /If it is a browser page \(chrome:\/\/\), the Web Store or a PDF, no extension can/,
    );
    await panel.close();
    await page.close();
  });

  test.each([['/news.pdf'], ['/download/newsletter']])(
    'a PDF (%s) gets a message saying to paste its text as a draft',
    async (path) => {
      const page = await browser.context.newPage();
      await page.goto(server.url(path));
      const outcome = await checkThroughPanel(browser, page);
      expect(outcome.kind).toBe('error');
      expect(outcome.text).toMatch(
        /^This is a PDF, shown in Chrome's own viewer, which extensions cannot read\. Copy the PDF's text/,
      );
      await outcome.panel.close();
      await page.close();
    },
  );

  test('a plain-text file served over http is checked as text, like a draft', async () => {
    const page = await open('/notice.txt');
    expect(await page.evaluate(() => document.contentType)).toBe('text/plain');
    const textBefore = await page.evaluate(() => document.body.innerHTML);
    const outcome = await checkThroughPanel(browser, page);
    expect(outcome.kind, outcome.text).toBe('report');
    const { panel } = outcome;
    expect(outcome.text).toContain('Text checked.');
    // Named by its first line, as a draft is (Chrome titles the tab with the URL).
    expect(outcome.text).toContain('Parent-Teacher Conferences');
    const findings = panel.locator('#findings li[data-rule]');
    const rules = await findings.evaluateAll((items) =>
      items.map((item) => (item as HTMLElement).dataset.rule),
    );
    expect(rules).toContain('all-caps');
    expect(rules).toContain('unexplained-acronym');
    // Chrome's <pre> wrapper is not the author's markup: no page-language or headings findings.
    expect(rules).not.toContain('html-lang-missing');
    expect(rules).not.toContain('headings-missing');
    expect(rules).not.toContain('passage-lang-missing');
    // The full accessibility check would judge that wrapper too: it is not offered.
    expect(await panel.locator('#check-axe').isVisible()).toBe(false);
    // The interpreter offer, read across the hard-wrapped line, is evidence for 2.1.2...
    const offer = panel.locator('#evidenced [data-indicator="2.1.2"] button.passage').first();
    const quote = (await offer.textContent())?.replace(/^“|”$/g, '') ?? '';
    expect(quote).toContain('Interpreters are available in Spanish');
    // ...and a click highlights those words in the text page, across its line break.
    await offer.click();
    await expect
      .poll(async () => (await highlightedText(page))?.replace(/\s+/g, ' '))
      .toBe(quote.replace(/\s+/g, ' '));
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(textBefore);

    // A selection in the text page is checked alone.
    await page.evaluate(() => {
      const text = document.querySelector('pre')?.firstChild as Text;
      const start = text.data.indexOf('PLEASE');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, text.data.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await requestSelectionCheck(panel, await browser.tabIdOf(page));
    await expect
      .poll(async () => visibleText(panel.locator('#report')))
      .toContain('Selected text checked.');
    const selected = await visibleText(panel.locator('#report'));
    expect(selected).not.toContain('Interpreters are available');
    const caps = panel.locator('#findings li[data-rule="all-caps"] button.passage').first();
    await caps.click();
    await expect.poll(() => highlightedText(page)).toContain('PLEASE RETURN THE FORM');
    await panel.close();
    await page.close();
  });

  test("a Markdown file is checked as text too, its markup read as a draft's is", async () => {
    const page = await open('/notes.md');
    expect(await page.evaluate(() => document.contentType)).toBe('text/markdown');
    const outcome = await checkThroughPanel(browser, page);
    expect(outcome.kind, outcome.text).toBe('report');
    expect(outcome.text).toContain('Text checked.');
    expect(outcome.text).toContain('PTA notes');
    const offer = await visibleText(outcome.panel.locator('#evidenced [data-indicator="2.1.2"]'));
    expect(offer).toContain('interpreters are available in Spanish');
    expect(outcome.text).not.toContain('](tel:');
    // No headings finding: the `#` line is the heading.
    expect(await outcome.panel.locator('#findings li[data-rule^="heading"]').count()).toBe(0);
    await outcome.panel.close();
    await page.close();
  });

  test('without the activeTab grant the panel says how to give it', async () => {
    const page = await open('/newsletter.html');
    // No toolbar click: Chrome has granted nothing for this tab.
    const panel = await browser.openExtensionPage('sidepanel/index.html', page);
    await panel.click('#check-page');
    const outcome = await panelOutcome(panel);
    expect(outcome.kind).toBe('error');
    expect(outcome.text).toMatch(/Otherwise click the toolbar button and choose “Check this page”/);
    await panel.close();
    await page.close();
  });
});

describe('newsletter platforms and web mail', () => {
  test.each([
    ['/google-form.html', 'Family Engagement Survey 2026', /2\.1\.1/],
    ['/mailchimp.html', 'Hawthorne PTO Weekly', /6\.2\.2|3\.2\.3/],
    ['/smore.html', 'Riverside Middle School Family Bulletin', /2\.1\.2/],
    ['/webmail.html', 'Inbox (3)', /2\.1\.2/],
  ])('%s', async (path, title, indicator) => {
    const page = await open(path);
    const outcome = await checkThroughPanel(browser, page);
    expect(outcome.kind, outcome.text).toBe('report');
    expect(outcome.text).toContain(title);
    expect(await visibleText(outcome.panel.locator('#evidenced'))).toMatch(indicator);
    await outcome.panel.close();
    await page.close();
  });
});

describe('our own pages', () => {
  test('the popup, the side panel with a report, and the options page pass axe-core', async () => {
    const page = await open('/newsletter.html');
    const { panel } = await checkThroughPanel(browser, page);
    const popup = await browser.openExtensionPage('popup/index.html', page);
    await popup.fill('#search', 'translation');
    const options = await browser.openExtensionPage('options/index.html');
    await options.waitForSelector('#languages input');
    // With a language added (not saved) and the suggestion list open, an option active.
    await options.fill('#language-search', 'Deutsch');
    await options.press('#language-search', 'Enter');
    await options.fill('#language-search', 'po');
    await options.press('#language-search', 'ArrowDown');
    expect(await options.locator('#language-suggestions [aria-selected=true]').count()).toBe(1);
    for (const ui of [popup, panel, options]) {
      // The extension's own copy of axe-core: the pages' CSP allows only the extension's files.
      await ui.addScriptTag({
        url: `chrome-extension://${browser.extensionId}/vendor/axe-core.min.js`,
      });
      const violations = await ui.evaluate(async () => {
        const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
        const results = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          resultTypes: ['violations'],
        });
        return results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      });
      expect(violations, ui.url()).toEqual([]);
    }
    await Promise.all([popup.close(), panel.close(), options.close()]);
    await page.close();
  });
});

describe('privacy', () => {
  test('the extension made no network request during all of the above', () => {
    const ownOrigin = `chrome-extension://${browser.extensionId}/`;
    // Chrome's own PDF viewer (a built-in component) loads its files when a test opens a PDF.
    const pdfViewer = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';
    // The embedded survey's frame is the same server named as another site.
    const otherSite = server.origin.replace('127.0.0.1', 'localhost');
    const outside = browser.requests.filter(
      (r) =>
        !r.url.startsWith(ownOrigin) &&
        !r.url.startsWith(`${server.origin}/`) &&
        !r.url.startsWith(`${otherSite}/`) &&
        !r.url.startsWith('chrome://') &&
        !r.url.startsWith('data:') &&
        !r.url.startsWith(pdfViewer),
    );
    expect(outside).toEqual([]);
    // Extension pages and the service worker loaded only the extension's own files.
    const fromExtension = browser.requests.filter(
      (r) => r.from.startsWith(ownOrigin) || r.from === 'service worker',
    );
    expect(fromExtension.length).toBeGreaterThan(0);
    expect(fromExtension.filter((r) => !r.url.startsWith(ownOrigin))).toEqual([]);
    // The fixture server saw only the pages, frames and images the pages themselves load.
    // (and the favicon Chromium itself asks each page's server for).
    const expected =
      /^\/favicon\.ico$|^\/(newsletter|form-frame|form-inner|shadow|hostile|no-text|big|google-form|mailchimp|webmail|compose|smore|busy|sample-newsletter|embedded-survey)\.html$|^\/(images|uploads)\/|^\/news\.pdf$|^\/download\/newsletter$|^\/notice\.txt$|^\/notes\.md$/;
    expect(server.requests.filter((path) => !expected.test(path))).toEqual([]);
  });
});
