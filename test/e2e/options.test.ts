import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_LANGUAGES } from '../../extension/common/languages';
import { repoRoot } from '../support/paths';
import { openDraftBox, panelOutcome, visibleText } from './support/check-flow';
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
    // Grades 1 to 18, as the CLI takes.
    expect(await options.getAttribute('#grade', 'max')).toBe('18');
    await options.fill('#grade', '30');
    await options.fill(
      '#jargon',
      'MAP test = a reading and math test taken three times a year\nSST without an explanation',
    );
    await options.click('button[type=submit]');
    await expect
      .poll(() => options.locator('#grade-error').textContent())
      .toBe('Enter a whole number from 1 to 18.');
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
    await openDraftBox(panel);
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

  // Written for this test: a German newsletter paragraph.
  const GERMAN =
    'Liebe Eltern, am Donnerstag findet unser Elternabend in der Aula statt. Wir freuen uns auf Ihren Besuch und bitten Sie, sich bis Montag im Sekretariat anzumelden. Die Kinder bringen bitte ihre Sportsachen mit.';

  async function checkDraft(text: string): Promise<string> {
    const panel = await browser.openExtensionPage('sidepanel/index.html');
    await openDraftBox(panel);
    await panel.fill('#draft-text', text);
    await panel.click('#check-draft');
    const outcome = await panelOutcome(panel);
    expect(outcome.kind).toBe('report');
    const summary = await visibleText(panel.locator('dl.summary'));
    await panel.close();
    return summary;
  }

  /** The settings as stored: chunked JSON under the `settings` head item. */
  async function storedSettings(): Promise<{ languages: string[] }> {
    return options.evaluate(async () => {
      const all = await chrome.storage.sync.get(null);
      const head = all.settings as { generation: string; chunks: number };
      let json = '';
      for (let i = 0; i < head.chunks; i++) json += all[`settings/${head.generation}/${i}`];
      return JSON.parse(json);
    });
  }

  test('a language outside the twelve: the panel points to the options page', async () => {
    const summary = await checkDraft(GERMAN);
    expect(summary).toMatch(/Languages\s+Deutsch 100%/);
    expect(summary).toContain(
      "Deutsch (de) is not one of your district's languages (en, es, zh, vi, ar, so, tl, ht, pt, fr): reading level and wording are not checked in it. If families read it, add it under “Other languages” on the extension's options page.",
    );
    // The panel's button opens the options page (closed first: Chrome would only switch to it).
    await options.close();
    const panel = await browser.openExtensionPage('sidepanel/index.html');
    await openDraftBox(panel);
    await panel.fill('#draft-text', GERMAN);
    await panel.click('#check-draft');
    await panelOutcome(panel);
    const opened = browser.context.waitForEvent('page');
    await panel.locator('#outside-list-options').focus();
    await panel.keyboard.press('Enter');
    options = await opened;
    await options.waitForSelector('#languages input');
    expect(options.url()).toBe(`chrome-extension://${browser.extensionId}/options/index.html`);
    await panel.close();
  });

  test('German is added with the keyboard alone, saved, and then read as a district language', async () => {
    await options.bringToFront();
    await options.reload();
    await options.waitForSelector('#languages input');
    expect(await options.locator('#other-languages-none').isVisible()).toBe(true);
    const search = options.locator('#language-search');
    await search.focus();
    // A name that matches nothing: a visible error tied to the box, and announced.
    await options.keyboard.type('Klingon');
    await options.keyboard.press('Enter');
    const noMatch =
      'No language the checker can detect matches “Klingon”. Try its English name or its code.';
    await expect.poll(() => options.locator('#language-search-error').textContent()).toBe(noMatch);
    expect(await search.getAttribute('aria-invalid')).toBe('true');
    expect(await options.locator('#language-status').textContent()).toBe(noMatch);

    // Typing part of the English name lists German; the arrow key picks it, Enter adds it.
    await search.fill('');
    await options.keyboard.type('germ');
    await expect.poll(() => search.getAttribute('aria-expanded')).toBe('true');
    expect(await options.locator('#language-suggestions [role=option]').allTextContents()).toEqual([
      'Deutsch — German (de)',
    ]);
    await options.keyboard.press('ArrowDown');
    expect(await search.getAttribute('aria-activedescendant')).toBe('language-option-de');
    await options.keyboard.press('Enter');
    await expect
      .poll(() => options.locator('#other-languages li span').allTextContents())
      .toEqual(['Deutsch — German (de)']);
    expect(await options.locator('#language-status').textContent()).toBe(
      'Deutsch — German (de) added. Save options to keep it.',
    );
    expect(await search.getAttribute('aria-invalid')).toBeNull();
    // Enter in the search box added the language; it did not submit the form.
    expect(await options.locator('#settings-status').textContent()).toBe('');
    // Its own name works too, and a language already listed is not added twice.
    await options.keyboard.type('deutsch');
    await options.keyboard.press('Enter');
    expect(await options.locator('#language-status').textContent()).toBe(
      'Deutsch — German (de) is already in your list.',
    );
    expect(await options.locator('#other-languages li').count()).toBe(1);

    await options.locator('button[type=submit]').focus();
    await options.keyboard.press('Enter');
    await expect
      .poll(() => options.locator('#settings-status').textContent())
      .toBe('Options saved.');
    // The defaults but the two unticked above, then German.
    expect((await storedSettings()).languages).toEqual([
      ...DEFAULT_LANGUAGES.filter((code) => code !== 'ko' && code !== 'ru'),
      'de',
    ]);
    await options.reload();
    await expect
      .poll(() => options.locator('#other-languages li span').allTextContents())
      .toEqual(['Deutsch — German (de)']);
    expect(await options.locator('#other-languages-none').isVisible()).toBe(false);

    // The check now counts German as one of the district's languages.
    const summary = await checkDraft(GERMAN);
    expect(summary).toMatch(/Languages\s+Deutsch 100%/);
    expect(summary).not.toContain('Language list');
    expect(summary).not.toContain('not one of your district');
  });

  test('a language can be removed with the keyboard', async () => {
    await options.bringToFront();
    await options.locator('#other-languages button').focus();
    expect(await options.locator('#other-languages button').getAttribute('aria-label')).toBe(
      'Remove Deutsch — German (de)',
    );
    await options.keyboard.press('Enter');
    await expect.poll(() => options.locator('#other-languages li').count()).toBe(0);
    expect(await options.locator('#language-status').textContent()).toBe(
      'Deutsch — German (de) removed. Save options to keep the change.',
    );
    // The focus moves to the search box, not to the top of the page.
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('language-search');
    await options.click('button[type=submit]');
    await expect
      .poll(() => options.locator('#settings-status').textContent())
      .toBe('Options saved.');
    expect((await storedSettings()).languages).not.toContain('de');
  });

  /** The search box, emptied and focused, after `text` was typed into it. */
  async function typeInSearch(text: string) {
    await options.bringToFront();
    const search = options.locator('#language-search');
    await search.fill('');
    await search.focus();
    await options.keyboard.type(text);
    return search;
  }

  test('Home, End, PageUp and PageDown move in the open list', async () => {
    // Eight languages have a name with a word starting with k.
    const search = await typeInSearch('k');
    await expect.poll(() => search.getAttribute('aria-expanded')).toBe('true');
    const ids = await options
      .locator('#language-suggestions [role=option]')
      .evaluateAll((els) => els.map((el) => el.id));
    expect(ids.length).toBeGreaterThan(5);
    const active = () => search.getAttribute('aria-activedescendant');
    await options.keyboard.press('End');
    expect(await active()).toBe(ids.at(-1));
    await options.keyboard.press('Home');
    expect(await active()).toBe(ids[0]);
    await options.keyboard.press('PageDown');
    expect(await active()).toBe(ids[5]);
    await options.keyboard.press('PageUp');
    expect(await active()).toBe(ids[0]);
    // With the list closed, Home moves the caret in the box again.
    await options.keyboard.press('Escape');
    await options.keyboard.press('Home');
    expect(await search.evaluate((el: HTMLInputElement) => el.selectionStart)).toBe(0);
    expect(await search.getAttribute('aria-expanded')).toBe('false');
    await options.keyboard.press('Escape');
  });

  test('no match is announced as such; Tab to Add keeps the chosen match, and the list closes after', async () => {
    const search = await typeInSearch('Klingo');
    await expect
      .poll(() => options.locator('#language-status').textContent())
      .toBe(
        'No language the checker can detect matches “Klingo”. Try its English name or its code.',
      );
    expect(await search.getAttribute('aria-expanded')).toBe('false');

    await search.fill('');
    await options.keyboard.type('k');
    await expect.poll(() => search.getAttribute('aria-expanded')).toBe('true');
    await options.keyboard.press('ArrowDown');
    await options.keyboard.press('ArrowDown');
    const second = options.locator('#language-suggestions [role=option]').nth(1);
    const chosen = (await second.textContent()) ?? '';
    expect(await search.getAttribute('aria-activedescendant')).toBe(
      await second.getAttribute('id'),
    );
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('add-language');
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await options.keyboard.press('Enter');
    await expect
      .poll(() => options.locator('#language-status').textContent())
      .toMatch(new RegExp(`^${chosen.replace(/[()]/g, '\\$&')} (added|is one of the twelve)`));

    // Leaving Add for anything but the box closes the list.
    await search.focus();
    await options.keyboard.type('k');
    await expect.poll(() => search.getAttribute('aria-expanded')).toBe('true');
    await options.keyboard.press('Tab');
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await options.keyboard.press('Tab');
    expect(await search.getAttribute('aria-expanded')).toBe('false');
    expect(await options.locator('#language-suggestions').isHidden()).toBe(true);
    await options.reload();
    await options.waitForSelector('#languages input');
  });

  /** Stores settings as one chunk, as a hand edit or another version would, without checks. */
  async function storeByHand(settings: Record<string, unknown>) {
    await options.evaluate(async (json) => {
      await chrome.storage.sync.set({ 'settings/hand/0': json });
      await chrome.storage.sync.set({
        settings: { generation: 'hand', chunks: 1, bytes: json.length },
      });
    }, JSON.stringify(settings));
  }

  test('a stored code this version cannot detect is kept but not used, with a visible note, not a crash', async () => {
    await storeByHand({
      languages: ['en', 'xx', 'de'],
      targetGrade: 6,
      jargon: [],
      defaultFramework: 'pta-2022',
    });
    await options.reload();
    await expect.poll(() => options.locator('#stored-notes').isVisible()).toBe(true);
    expect(await options.locator('#stored-notes li').allTextContents()).toEqual([
      'Kept but not used: “xx”. This version of the checker cannot detect it; it stays saved for a version that can.',
    ]);
    expect(await options.locator('#languages input:checked').count()).toBe(1);
    expect(await options.locator('#other-languages li span').allTextContents()).toEqual([
      'Deutsch — German (de)',
    ]);
    // Checks still run, with what could be used.
    const summary = await checkDraft(GERMAN);
    expect(summary).toMatch(/Languages\s+Deutsch 100%/);
    expect(summary).not.toContain('Language list');
    // Saving writes the code back unchanged (a newer version may have saved it), after the
    // languages in use, and the note about it stays.
    await options.bringToFront();
    await options.locator('#languages input[value=fr]').check();
    await options.click('button[type=submit]');
    await expect
      .poll(() => options.locator('#settings-status').textContent())
      .toBe('Options saved.');
    expect((await storedSettings()).languages).toEqual(['en', 'fr', 'de', 'xx']);
    expect(await options.locator('#stored-notes li').allTextContents()).toEqual([
      'Kept but not used: “xx”. This version of the checker cannot detect it; it stays saved for a version that can.',
    ]);
  });

  test('a stored default framework the page cannot offer is shown as PTA 2022, with a note', async () => {
    await storeByHand({
      languages: ['en'],
      targetGrade: 8,
      jargon: [],
      defaultFramework: 'pta-2030',
    });
    await options.reload();
    await expect.poll(() => options.locator('#stored-notes').isVisible()).toBe(true);
    expect(await options.locator('#stored-notes li').allTextContents()).toEqual([
      'The saved look-up framework “pta-2030” is not one this version has, so PTA 2022 is shown.',
    ]);
    expect(await options.inputValue('#default-framework')).toBe('pta-2022');
  });

  test('settings missing a chunk: Save is blocked until a reload or an explicit replace', async () => {
    const saved = {
      languages: ['en', 'es', 'de'],
      targetGrade: 5,
      jargon: [{ term: 'PTO', explanation: 'the parent group' }],
      defaultFramework: 'pta-2022',
    };
    // Sync delivered the head item and the first chunk, not the second.
    const json = JSON.stringify(saved);
    const half = Math.floor(json.length / 2);
    await options.evaluate(
      async ([first, bytes]) => {
        await chrome.storage.sync.clear();
        await chrome.storage.sync.set({ 'settings/late/0': first });
        await chrome.storage.sync.set({ settings: { generation: 'late', chunks: 2, bytes } });
      },
      [json.slice(0, half), json.length] as const,
    );
    await options.reload();
    await expect.poll(() => options.locator('#stored-unreadable').isVisible()).toBe(true);
    expect(await options.locator('#stored-notes li').allTextContents()).toEqual([
      'The saved options could not be read (Stored value "settings" is incomplete (part 2 of 2 is missing).), so the defaults are shown.',
    ]);
    expect(await options.inputValue('#grade')).toBe('8');
    await options.click('button[type=submit]');
    await expect
      .poll(() => options.locator('#settings-status').textContent())
      .toMatch(/^Not saved: the saved options could not be read\. Reload the page/);
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('replace-stored');
    // Nothing was written: the head still points at the late chunks.
    expect(await options.evaluate(() => chrome.storage.sync.get('settings'))).toEqual({
      settings: { generation: 'late', chunks: 2, bytes: json.length },
    });

    // The chunk arrives; Reload shows the real settings, and Save works again.
    await options.evaluate(
      (rest) => chrome.storage.sync.set({ 'settings/late/1': rest }),
      json.slice(half),
    );
    await options.click('#reload-stored');
    await expect.poll(() => options.inputValue('#grade')).toBe('5');
    expect(await options.locator('#stored-notes').isVisible()).toBe(false);
    expect(await options.inputValue('#jargon')).toBe('PTO = the parent group');

    // Broken again, the user can choose to replace what is stored, explicitly.
    await options.evaluate(() => chrome.storage.sync.remove('settings/late/1'));
    await options.reload();
    await expect.poll(() => options.locator('#stored-unreadable').isVisible()).toBe(true);
    await options.check('#replace-stored');
    await options.click('button[type=submit]');
    await expect
      .poll(() => options.locator('#settings-status').textContent())
      .toBe('Options saved.');
    expect(await options.locator('#stored-notes').isVisible()).toBe(false);
    expect((await storedSettings()).languages).toEqual(DEFAULT_LANGUAGES);
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
