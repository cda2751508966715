import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/paths';
import { installAddOn } from './fake/load-code';
import { launchBrowser, openSidebar, SIDEBAR_URL } from './fake/sidebar-browser';
import { gridOf, newSheet, sheetByName } from './fake/spreadsheet-model';
import { MARIA, setupRequest, TWO, typeInto } from './fake/team';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 30_000);
afterAll(async () => {
  await browser?.close();
});

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }>;
        };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
}

function sidebarFor(addOn: ReturnType<typeof installAddOn>, menuFunction: string): string {
  addOn.call(menuFunction);
  const html = addOn.ui.sidebars.at(-1)?.html;
  if (!html) throw new Error(`${menuFunction} opened no sidebar`);
  return html;
}

describe('the setup sidebar', () => {
  it('builds the workbook from what is typed, and shows problems beside the fields', async () => {
    const addOn = installAddOn();
    const page = await openSidebar(browser, addOn, sidebarFor(addOn, 'showSetup'));
    await page.getByLabel('School name').fill('Lincoln Elementary');
    await page.getByLabel('Person 1', { exact: true }).fill('Maria Lopez');
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Person 2', { exact: true }).fill('maria lopez');
    await page.getByLabel('Role of person 2').selectOption('teacher');
    await page.getByRole('button', { name: 'Build the workbook' }).click();
    const problem = page.locator('[data-problem-for="members[1].name"]');
    await expect
      .poll(() => problem.textContent())
      .toMatch(/Team member 1 is also called "maria lopez"/);
    expect(await page.getByLabel('Person 2', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(addOn.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);

    await page.getByLabel('Person 2', { exact: true }).fill('John Smith');
    await page.getByRole('button', { name: 'Build the workbook' }).click();
    const status = page.locator('[data-status]');
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toMatch(/^Ready: 2 raters on 2 rating sheets/);
    expect(await problem.textContent()).toBe('');
    expect(
      await page.getByLabel('Person 2', { exact: true }).getAttribute('aria-invalid'),
    ).toBeNull();
    expect(sheetByName(addOn.workbook, 'Maria Lopez (family)')).toBeDefined();
    expect(sheetByName(addOn.workbook, 'John Smith (teacher)')).toBeDefined();
    // The page loads nothing but itself: no fonts, scripts or styles from anywhere.
    expect((page as Page & { requestsSeen?: string[] }).requestsSeen).toEqual([SIDEBAR_URL]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({
      path: join(repoRoot, 'test-results/addon-sidebar-setup.png'),
      fullPage: true,
    });
    await page.close();
  }, 60_000);

  it('re-opens with the team as saved, and saving again keeps the ratings', async () => {
    const addOn = installAddOn();
    addOn.call('saveSetup', setupRequest(TWO));
    typeInto(addOn.workbook, MARIA, 5, 5, 'Excelling');
    const page = await openSidebar(browser, addOn, sidebarFor(addOn, 'showSetup'));
    await expect
      .poll(() => page.getByLabel('Person 2', { exact: true }).inputValue())
      .toBe('John Smith');
    expect(await page.getByLabel('School year').inputValue()).toBe('2025-26');
    await page.getByLabel('Person 1', { exact: true }).fill('Maria López');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 })
      .toMatch(/^Ready/);
    expect(sheetByName(addOn.workbook, 'Maria López (family)')?.cells.get('5:5')?.value).toBe(
      'Excelling',
    );
    await page.close();
  }, 60_000);

  it('warns before a framework change and says ratings are kept', async () => {
    const addOn = installAddOn();
    addOn.call('saveSetup', setupRequest(TWO));
    const page = await openSidebar(browser, addOn, sidebarFor(addOn, 'showSetup'));
    await page
      .getByRole('radio', { name: /Kansas|KB-R|Framework for/ })
      .first()
      .check();
    await expect
      .poll(() => page.locator('.warning').first().textContent())
      .toMatch(/moves the ratings already entered to "Kept ratings"/);
    await page.close();
  }, 60_000);
  it('warns before a school-year change that the ratings entered count for the new year, and saves only once confirmed', async () => {
    const addOn = installAddOn();
    addOn.call('saveSetup', setupRequest(TWO));
    typeInto(addOn.workbook, MARIA, 5, 5, 'Excelling');
    const page = await openSidebar(browser, addOn, sidebarFor(addOn, 'showSetup'));
    await expect.poll(() => page.getByLabel('School year').inputValue()).toBe('2025-26');
    expect(await page.locator('.warning').count()).toBe(0);
    await page.getByLabel('School year').fill('2026-27');
    // Before anything is saved: what this does, and what "Start new school year" does instead.
    const warning = page.locator('[data-year-warning] .warning');
    await expect
      .poll(() => warning.textContent())
      .toBe(
        'Changing the year here does not start a new school year: any ratings already entered stay on the rating sheets and count for 2026-27. If 2025-26 has ended, put 2025-26 back here and choose "Start new school year" from the add-on menu instead: it archives 2025-26’s ratings and notes to "Ratings archive" first and gives 2026-27 empty rating sheets.',
      );
    const before = [...addOn.workbook.properties.entries()];
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.locator('[data-problem-for="schoolYear"]').textContent())
      .toBe(
        'Tick "Yes, count the ratings already entered for 2026-27" to save the new year, or put 2025-26 back.',
      );
    expect([...addOn.workbook.properties.entries()]).toEqual(before);
    expect([...addOn.workbook.properties.values()].join('')).not.toContain('2026-27');

    await page
      .getByRole('checkbox', { name: 'Yes, count the ratings already entered for 2026-27' })
      .check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 })
      .toMatch(/^Ready/);
    expect([...addOn.workbook.properties.values()].join('')).toContain('2026-27');
    expect(sheetByName(addOn.workbook, MARIA)?.cells.get('5:5')?.value).toBe('Excelling');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('saves pasted framework JSON on the first click, keeps focus on Tab, and names its levels in the plural', async () => {
    const addOn = installAddOn();
    addOn.call('saveSetup', setupRequest(TWO));
    const page = await openSidebar(browser, addOn, sidebarFor(addOn, 'showSetup'));
    await page.getByRole('radio', { name: /custom framework/i }).check();
    const box = page.locator('#custom-json');
    const policies = (edition: string) =>
      JSON.stringify({
        formatVersion: 1,
        id: 'district-policies',
        name: 'District Engagement Policies',
        edition,
        source: { title: 'Board policy 1234' },
        levels: ['Policy', 'Goal', 'Practice'],
        ratedLevel: 2,
        items: [
          { id: '1', title: 'Belonging', children: [{ id: '1.1', text: 'Families feel welcome' }] },
          { id: '2', title: 'Voice', children: [{ id: '2.1', text: 'Families help set goals' }] },
        ],
      });
    await page.getByRole('button', { name: 'Add a subteam' }).click();
    await box.fill(policies('2025'));
    // Tab from the box goes on to the next control, not back to the page.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
    ).toBe('Framework JSON file');
    // The form follows the pasted framework, with its level names in the plural.
    await expect
      .poll(() => page.getByText(/^Split the .* between subteams/).textContent())
      .toMatch(/^Split the policies between subteams/);
    expect(
      await page
        .getByRole('group', { name: 'Policies for subteam 1' })
        .getByRole('checkbox')
        .count(),
    ).toBe(2);
    expect(await page.getByRole('checkbox', { name: '1 Belonging' }).count()).toBe(1);
    expect(
      await page.getByLabel('Subteam of person 1').locator('option').first().textContent(),
    ).toBe('All policies');
    await page.getByRole('button', { name: 'Remove subteam 1' }).click();
    // Edited and saved straight from the box: one click saves.
    await box.fill(policies('2026'));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 })
      .toMatch(/^Ready: 2 raters on 2 rating sheets, District Engagement Policies \(2026\)/);
    await page.close();
  }, 60_000);
});

describe('the other sidebars', () => {
  it('adds a rater', async () => {
    const addOn = installAddOn();
    addOn.call('saveSetup', setupRequest(TWO));
    const page = await openSidebar(browser, addOn, sidebarFor(addOn, 'showAddRater'));
    await page.getByLabel('Name', { exact: true }).fill('Ana Ruiz');
    await page.getByLabel('Role', { exact: true }).selectOption('administrator');
    await page.getByRole('button', { name: 'Add' }).click();
    await expect
      .poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 })
      .toMatch(/^Ana Ruiz is on the team\./);
    expect(sheetByName(addOn.workbook, 'Ana Ruiz (admin)')).toBeDefined();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('copies a Form’s answers and shows the comparison', async () => {
    const addOn = installAddOn();
    addOn.call('saveSetup', setupRequest(TWO));
    addOn.workbook.sheets.push(newSheet(addOn.workbook, 'Form Responses 1'));
    const rows = [
      [
        'Timestamp',
        'Standard 1',
        'Standard 2',
        'Standard 3',
        'Standard 4',
        'Standard 5',
        'Standard 6',
      ],
      ['2025-10-01', 'Agree', 'Agree', 'Disagree', 'Agree', 'Strongly agree', 'Agree'],
    ];
    rows.forEach((row, r) => {
      row.forEach((v, c) => {
        typeInto(addOn.workbook, 'Form Responses 1', r + 1, c + 1, v);
      });
    });
    typeInto(addOn.workbook, MARIA, 5, 5, 'Progressing');
    const page = await openSidebar(browser, addOn, sidebarFor(addOn, 'showFamilySurvey'));
    await page.getByRole('button', { name: 'Copy new answers and compare' }).click();
    await expect
      .poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 })
      .toMatch(/Copied 1 new response/);
    expect(await page.locator('[data-status]').textContent()).toMatch(
      /Standard 1: team 67, families 75/,
    );
    expect(gridOf(sheetByName(addOn.workbook, 'Family survey')!)[4]?.[2]).toBe('Agree');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);
});
