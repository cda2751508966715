import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../support/paths';
import { panelOutcome, visibleText } from './support/check-flow';
import { type ExtensionBrowser, launchWithExtension } from './support/extension-browser';

let browser: ExtensionBrowser;
let options: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  options = await browser.openExtensionPage('options/index.html');
  await options.waitForSelector('#languages input');
});

afterAll(async () => {
  await browser?.close();
});

const pta2008 = readFileSync(join(repoRoot, 'shared/frameworks/data/pta-2008.json'), 'utf8');

function districtFramework(over: Record<string, unknown> = {}): string {
  const fw = JSON.parse(pta2008) as Record<string, unknown>;
  return JSON.stringify(
    {
      ...fw,
      id: 'lakeside-2026',
      name: 'Lakeside family partnership goals',
      edition: '2026',
      ...over,
    },
    null,
    2,
  );
}

describe('options page', () => {
  test('lists the district languages, with the defaults chosen', async () => {
    expect(await options.locator('#languages input').count()).toBe(12);
    expect(await options.locator('#languages input:checked').count()).toBe(12);
    expect(await options.inputValue('#grade')).toBe('8');
  });

  test('refuses bad values, naming the field and the line, and keeps what was typed', async () => {
    await options.fill('#grade', '30');
    await options.fill(
      '#jargon',
      'MAP test = a reading and math test taken three times a year\nSST without an explanation',
    );
    await options.click('button[type=submit]');
    await expect
      .poll(() => options.locator('#grade-error').textContent())
      .toBe('Enter a whole number from 1 to 16.');
    expect(await options.getAttribute('#grade', 'aria-invalid')).toBe('true');
    expect(await options.locator('#jargon-error').textContent()).toContain(
      'Line 2: write the term, an equals sign (=), then its explanation.',
    );
    expect(await options.locator('#settings-status').textContent()).toMatch(/Not saved/);
    // Nothing the user typed is lost.
    expect(await options.inputValue('#jargon')).toContain('SST without an explanation');
  });

  test('saves languages, grade and jargon to synced storage, and reads them back', async () => {
    await options.fill('#grade', '6');
    await options.fill(
      '#jargon',
      'MAP test = a reading and math test taken three times a year\nSST = Student Support Team, who plan extra help',
    );
    await options.locator('#languages input[value=ko]').uncheck();
    await options.locator('#languages input[value=ru]').uncheck();
    await options.click('button[type=submit]');
    await expect
      .poll(() => options.locator('#settings-status').textContent())
      .toBe('Options saved.');
    const stored = await options.evaluate(() => chrome.storage.sync.get(null));
    expect(Object.keys(stored)).toContain('settings');
    await options.reload();
    await expect.poll(() => options.inputValue('#grade')).toBe('6');
    expect(await options.inputValue('#jargon')).toContain('SST = Student Support Team');
    expect(await options.locator('#languages input[value=ko]').isChecked()).toBe(false);
    expect(await options.locator('#languages input[value=es]').isChecked()).toBe(true);
  });

  test('the saved grade and jargon are used by the check', async () => {
    const panel = await browser.openExtensionPage('sidepanel/index.html');
    await panel.click('#draft summary');
    await panel.fill(
      '#draft-text',
      'Dear families,\n\nYour child will take the MAP test next week. Please make sure they get a good night of sleep before the test.',
    );
    await panel.click('#check-draft');
    const outcome = await panelOutcome(panel);
    expect(outcome.kind).toBe('report');
    expect(await visibleText(panel.locator('dl.summary'))).toMatch(/target 6 or below/);
    expect(await visibleText(panel.locator('#findings'))).toContain('MAP test');
    await panel.close();
  });

  test('a framework with invalid JSON gets the line and column', async () => {
    await options.fill(
      '#framework-json',
      '{\n  "formatVersion": 1,\n  "id": "x"\n  "name": "y"\n}',
    );
    await options.click('#save-framework');
    await expect.poll(() => options.locator('#framework-problems li').count()).toBe(1);
    expect(await options.locator('#framework-problems').textContent()).toMatch(
      /^\$: not valid JSON at line 4, column 3/,
    );
  });

  test('a framework with mistakes gets every problem with its JSON path', async () => {
    const fw = JSON.parse(districtFramework()) as { items: { id: string; title?: string }[] };
    (fw.items[1] as { id: string }).id = '7';
    delete (fw.items[2] as { title?: string }).title;
    delete (fw.items[2] as { text?: string }).text;
    await options.fill('#framework-json', JSON.stringify({ ...fw, ratedLevel: 5 }, null, 2));
    await options.click('#save-framework');
    await expect
      .poll(() => options.locator('#framework-problems li').allTextContents())
      .toContain('$.ratedLevel: expected ratedLevel 1, 2 or 3');
    // With the shape right, the structure rules name each item that breaks them.
    await options.fill('#framework-json', JSON.stringify(fw, null, 2));
    await options.click('#save-framework');
    await expect.poll(() => options.locator('#framework-problems li').count()).toBe(2);
    const problems = await options.locator('#framework-problems li').allTextContents();
    expect(problems).toEqual([
      '$.items[1].id: expected id "2" (Standard 2 in source order), got "7"',
      '$.items[2]: expected a title or a text for Standard 3',
    ]);
    expect(await options.locator('#framework-status').textContent()).toBe(
      'Not saved: 2 problems to fix (listed below; the messages are in English).',
    );
    expect(await options.getAttribute('#framework-json', 'aria-invalid')).toBe('true');
  });

  test('a framework too large for synced storage is refused with a clear message, and stays in the box', async () => {
    const big = districtFramework({
      notes: Array.from(
        { length: 400 },
        (_, i) => `Note ${i}: ${'a long district note '.repeat(20)}`,
      ),
    });
    expect(big.length).toBeGreaterThan(150_000);
    await options.fill('#framework-json', big);
    await options.click('#save-framework');
    await expect
      .poll(() => options.locator('#framework-status').textContent())
      .toMatch(
        /^Not saved: the framework takes \d+\.\d KB, and only \d+\.\d KB of Chrome's 100\.0 KB of synced storage are free/,
      );
    expect((await options.inputValue('#framework-json')).length).toBe(big.length);
  });

  test('a valid district framework is saved in chunks and offered by the look-up', async () => {
    const framework = districtFramework();
    expect(framework.length).toBeGreaterThan(2000);
    await options.fill('#framework-json', framework);
    await options.click('#save-framework');
    await expect
      .poll(() => options.locator('#framework-status').textContent())
      .toBe(
        "Saved “Lakeside family partnership goals” (2026). Choose it in the look-up's framework list.",
      );
    const stored = await options.evaluate(() => chrome.storage.sync.get(null));
    expect(
      Object.keys(stored).filter((k) => k.startsWith('customFramework/')).length,
    ).toBeGreaterThanOrEqual(1);

    // It can be the default, and the popup opens with it.
    await options.selectOption('#default-framework', 'custom');
    await options.click('button[type=submit]');
    await expect
      .poll(() => options.locator('#settings-status').textContent())
      .toBe('Options saved.');
    const popup = await browser.openExtensionPage('popup/index.html');
    await expect.poll(() => popup.inputValue('#framework')).toBe('custom');
    expect(await popup.locator('#framework option:checked').textContent()).toBe(
      'Lakeside family partnership goals (2026)',
    );
    await popup.fill('#search', 'advocates');
    await expect
      .poll(() => popup.locator('[role=option]').first().textContent())
      .toContain('Speaking Up for Every Child');
    await popup.close();

    // Removing it puts the look-up back on PTA 2022.
    await options.click('#remove-framework');
    await expect
      .poll(() => options.locator('#framework-status').textContent())
      .toBe('The saved framework was removed.');
    const after = await options.evaluate(() => chrome.storage.sync.get(null));
    expect(Object.keys(after).filter((k) => k.startsWith('customFramework'))).toEqual([]);
    const popupAfter = await browser.openExtensionPage('popup/index.html');
    await expect.poll(() => popupAfter.inputValue('#framework')).toBe('pta-2022');
    await popupAfter.close();
  });

  test('made no network request', () => {
    const ownOrigin = `chrome-extension://${browser.extensionId}/`;
    expect(browser.requests.filter((r) => !r.url.startsWith(ownOrigin))).toEqual([]);
  });
});
