import { describe, expect, it } from 'vitest';
import { builtInFramework, ratedNodes } from '../../../shared/frameworks';
import { installAddOn } from './fake/load-code';
import { MUTATING } from './fake/recorder';
import { gridOf, newSheet, sheetByName } from './fake/spreadsheet-model';
import { deleteKeyRow, JOHN, MARIA, setupRequest, TWO, typeInto, valueAt } from './fake/team';

const INDICATORS = ratedNodes(builtInFramework('pta-2022')).length;

function setUp(answers: ConstructorParameters<typeof Object>[0] = []) {
  const addOn = installAddOn({ answers: answers as never });
  addOn.call('saveSetup', setupRequest(TWO));
  return addOn;
}

describe('starting a new school year', () => {
  it('archives every rating and note (saved before anything is cleared), clears the rating cells and compares the years', () => {
    const addOn = setUp([{ text: '2026-27' }, 'YES']);
    for (let i = 0; i < INDICATORS; i++) {
      typeInto(addOn.workbook, MARIA, 5 + i, 5, i % 2 ? 'Emerging' : 'Below');
      typeInto(addOn.workbook, JOHN, 5 + i, 5, 'Progressing');
    }
    typeInto(addOn.workbook, MARIA, 5, 6, 'Few families came to the welcome night');
    typeInto(addOn.workbook, JOHN, 6, 5, 'Progresing');
    addOn.recorder.reset();
    addOn.call('startNewSchoolYear');

    expect(addOn.ui.prompts[0]?.message).toMatch(
      /This year is 2025-26\. Which school year starts now\? \(for example 2026-27\)/,
    );
    const archive = gridOf(sheetByName(addOn.workbook, 'Ratings archive')!);
    const rows = archive.slice(2);
    expect(rows).toHaveLength(2 * INDICATORS);
    expect(rows[0]?.slice(0, 9)).toEqual([
      '2025-26',
      'Maria Lopez',
      'Family member',
      'pta-2022',
      '1.1.1',
      '1 Welcome All Families',
      '1.1 Build a Community of Belonging',
      'Below',
      0,
    ]);
    expect(rows[0]?.[9]).toBe('Few families came to the welcome night');
    // The misspelt rating is archived as typed, with the reason it could not be counted.
    const misspelt = rows.find((r) => r[1] === 'John Smith' && r[4] === '1.1.2');
    expect(misspelt?.[7]).toBe('');
    expect(misspelt?.[11]).toBe('Progresing');
    expect(String(misspelt?.[12])).toMatch(/is not a rating/);

    // The archive was flushed before the first rating cell was cleared.
    const calls = addOn.recorder.calls;
    const flush = calls.findIndex((c) => c.method === 'flush');
    const firstClear = calls.findIndex(
      (c) => c.method === 'clearContent' && (c.sheet === MARIA || c.sheet === JOHN),
    );
    expect(flush).toBeGreaterThan(-1);
    expect(firstClear).toBeGreaterThan(flush);
    expect(calls.filter((c) => MUTATING.has(c.method)).every((c) => c.locked)).toBe(true);

    for (let i = 0; i < INDICATORS; i++) {
      expect(valueAt(addOn.workbook, MARIA, 5 + i, 5)).toBe('');
      expect(valueAt(addOn.workbook, JOHN, 5 + i, 5)).toBe('');
    }
    expect(valueAt(addOn.workbook, MARIA, 5, 6)).toBe('');
    expect(String(valueAt(addOn.workbook, MARIA, 2, 1))).toContain('2026-27');
    expect(valueAt(addOn.workbook, 'Ratings', 2, 1)).toBe('2026-27');
    expect(addOn.ui.alerts.at(-1)?.message).toMatch(
      /^98 ratings and notes from 2025-26 are in "Ratings archive"/,
    );

    // Next year's ratings are compared with last year's, per standard and per indicator.
    for (let i = 0; i < INDICATORS; i++) typeInto(addOn.workbook, MARIA, 5 + i, 5, 'Progressing');
    addOn.call('refreshDashboard');
    const yoy = gridOf(sheetByName(addOn.workbook, 'Year over year')!);
    expect(yoy[0]?.[0]).toBe('Change since 2025-26');
    const standard1 = yoy.find((r) => r[0] === '1 Welcome All Families');
    // 2025-26: Maria's Below/Emerging and John's Progressing; 2026-27: Maria's Progressing only.
    expect(typeof standard1?.[1]).toBe('number');
    expect(standard1?.[2]).toBe(2);
    expect(yoy.some((r) => r[0] === '1.1.1')).toBe(true);
  });

  it('does nothing when the prompt is cancelled, or the same year is typed', () => {
    const cancelled = setUp([{ text: '', button: 'CANCEL' }]);
    typeInto(cancelled.workbook, MARIA, 5, 5, 'Below');
    cancelled.call('startNewSchoolYear');
    expect(valueAt(cancelled.workbook, MARIA, 5, 5)).toBe('Below');
    expect(sheetByName(cancelled.workbook, 'Ratings archive')).toBeUndefined();

    const same = setUp([{ text: '2025-26' }]);
    same.call('startNewSchoolYear');
    expect(same.ui.alerts.at(-1)?.message).toBe(
      '2025-26 is already this school year. Type the year that starts now.',
    );

    // The same year written another way, which the Evidence log counts as this year.
    for (const written of ['2025-2026', '2025/26']) {
      const sameOtherWay = setUp([{ text: written }, 'YES']);
      typeInto(sameOtherWay.workbook, MARIA, 5, 5, 'Below');
      sameOtherWay.call('startNewSchoolYear');
      expect(sameOtherWay.ui.alerts.at(-1)?.message).toBe(
        `${written} (2025-26) is already this school year. Type the year that starts now.`,
      );
      expect(valueAt(sameOtherWay.workbook, MARIA, 5, 5)).toBe('Below');
      expect(sheetByName(sameOtherWay.workbook, 'Ratings archive')).toBeUndefined();
    }
  });

  it('Year over year never compares an archived year with itself written another way', () => {
    /** A new year (2026-27) started, then the team put last year back in setup, written `back`. */
    const yearOverYearAfterPuttingBack = (back: string) => {
      const addOn = setUp([{ text: '2026-27' }, 'YES']);
      typeInto(addOn.workbook, MARIA, 5, 5, 'Below');
      addOn.call('startNewSchoolYear');
      const sameIds = TWO.map((m, i) => ({ ...m, id: `r${i + 1}` }));
      addOn.call('saveSetup', setupRequest(sameIds, { schoolYear: back }));
      typeInto(addOn.workbook, MARIA, 5, 5, 'Excelling');
      addOn.call('refreshDashboard');
      // Without the compile time, which differs between runs.
      return gridOf(sheetByName(addOn.workbook, 'Year over year')!).map((row) =>
        row.map((cell) => String(cell).replace(/Compiled [^;]*;/, '')),
      );
    };
    const asArchived = yearOverYearAfterPuttingBack('2025-26');
    expect(asArchived[0]?.[0]).toBe('Change since 2025-26');
    const otherWay = yearOverYearAfterPuttingBack('2025/2026');
    expect(JSON.stringify(otherWay)).not.toContain('against 2025/2026');
    expect(otherWay).toEqual(asArchived);
  });

  it('tried again after it stopped half-way, archives each rating once', () => {
    const addOn = setUp([{ text: '2026-27' }, 'YES', { text: '2026-27' }, 'YES']);
    for (let i = 0; i < INDICATORS; i++) {
      typeInto(addOn.workbook, MARIA, 5 + i, 5, 'Below');
      typeInto(addOn.workbook, JOHN, 5 + i, 5, 'Progressing');
    }
    typeInto(addOn.workbook, MARIA, 5, 6, 'Few families came');
    // A protected range (or any service failure) stops it after the archive was saved.
    addOn.recorder.failures.set(
      'Range.clearContent',
      'Exception: You are trying to edit a protected cell or object.',
    );
    addOn.call('startNewSchoolYear');
    // The message names the sheet it was writing, and what to do about a protected range.
    expect(addOn.ui.alerts.at(-1)?.message).toBe(
      `The add-on stopped while writing sheet "${MARIA}" (Exception: You are trying to edit a protected cell or object.). A protected range on that sheet lets only some people edit it: ask its owner to let you edit it, or ask someone who can to run the command. Ratings already typed stay on the rating sheets. Try again; if it keeps happening, open "Set up assessment…" and save.`,
    );
    expect(valueAt(addOn.workbook, MARIA, 5, 5)).toBe('Below');
    // The team does as the message says: tries again.
    addOn.call('startNewSchoolYear');
    expect(addOn.ui.alerts.at(-1)?.message).toMatch(
      /^98 ratings and notes from 2025-26 are in "Ratings archive"\./,
    );
    const archived = gridOf(sheetByName(addOn.workbook, 'Ratings archive')!).slice(2);
    expect(archived).toHaveLength(2 * INDICATORS);
    expect(archived.filter((r) => r[1] === 'Maria Lopez' && r[4] === '1.1.1')).toHaveLength(1);
    expect(valueAt(addOn.workbook, MARIA, 5, 5)).toBe('');
  });

  it('does not start while a rating sheet cannot be read, so its ratings are not carried into the new year', () => {
    const addOn = setUp([{ text: '2026-27' }, 'YES']);
    typeInto(addOn.workbook, MARIA, 5, 5, 'Below');
    typeInto(addOn.workbook, JOHN, 5, 5, 'Excelling');
    // Someone deletes the hidden key row of John's sheet: every row moves up one.
    deleteKeyRow(addOn.workbook, JOHN);
    addOn.call('startNewSchoolYear');
    expect(addOn.ui.alerts.at(-1)?.message).toMatch(
      new RegExp(`^Sheet "${JOHN.replace(/[()]/g, '\\$&')}" has lost its hidden first row`),
    );
    expect(addOn.ui.alerts.at(-1)?.message).toMatch(/The new school year was not started\.$/);
    // Nothing was archived or cleared, and the year is still 2025-26.
    expect(sheetByName(addOn.workbook, 'Ratings archive')).toBeUndefined();
    expect(valueAt(addOn.workbook, MARIA, 5, 5)).toBe('Below');
    const state = addOn.plain(
      addOn.call('getSidebarState', 'setup') as { value: { current: { schoolYear: string } } },
    );
    expect(state.value.current.schoolYear).toBe('2025-26');
  });

  it('archives the notes a rater put on their cells (Insert › Note) and clears them with the ratings', () => {
    const addOn = setUp([{ text: '2026-27' }, 'YES']);
    typeInto(addOn.workbook, MARIA, 5, 5, 'Emerging');
    const maria = sheetByName(addOn.workbook, MARIA)!;
    maria.cells.get('5:5')!.note = 'Asked the principal';
    maria.cells.get('5:6')!.note = 'See the October newsletter';
    addOn.call('startNewSchoolYear');
    const archive = gridOf(sheetByName(addOn.workbook, 'Ratings archive')!);
    const notes = archive[1]?.indexOf('Cell notes') ?? -1;
    expect(notes).toBeGreaterThan(0);
    const row = archive.find((r) => r[1] === 'Maria Lopez' && r[4] === '1.1.1');
    expect(row?.[notes]).toBe('Asked the principal\nSee the October newsletter');
    // This year's cells start clean; the guiding question stays on the Goal column.
    expect(maria.cells.get('5:5')?.note).toBeUndefined();
    expect(maria.cells.get('5:6')?.note).toBeUndefined();
    expect(maria.cells.get('5:2')?.note).toMatch(/^Guiding question: /);
  });

  it('does nothing when the confirmation is declined', () => {
    const addOn = setUp([{ text: '2026-27' }, 'NO']);
    typeInto(addOn.workbook, MARIA, 5, 5, 'Below');
    addOn.call('startNewSchoolYear');
    expect(valueAt(addOn.workbook, MARIA, 5, 5)).toBe('Below');
  });
});

describe('the family survey', () => {
  function withFormSheet() {
    const addOn = setUp();
    const form = newSheet(addOn.workbook, 'Form Responses 1');
    addOn.workbook.sheets.push(form);
    const rows: Array<Array<string | number | Date>> = [
      [
        'Timestamp',
        'Name (optional)',
        'Standard 1: Welcome All Families',
        'Standard 2: Communicate Effectively',
        'Standard 3',
        'Standard 4',
        'Standard 5',
        'Standard 6',
      ],
      [
        new Date(2025, 9, 1),
        'A family',
        'Strongly agree',
        'Agree',
        'Neither agree nor disagree',
        'Disagree',
        'Strongly disagree',
        'De acuerdo',
      ],
      [new Date(2025, 9, 2), '', 'Agree', 'Agree', 4, 'Strongly agree', 'Agree', 'Agree'],
      [new Date(2025, 9, 3), '=SUM(1)', 'Kind of', '', '', '', '', ''],
    ];
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        typeInto(addOn.workbook, 'Form Responses 1', r + 1, c + 1, value);
      });
    });
    return addOn;
  }

  it('guesses which Form column answers which standard', () => {
    const addOn = withFormSheet();
    const state = addOn.plain(
      addOn.call('getSurveySources') as {
        ok: true;
        value: { sources: Array<{ name: string; guess: unknown }> };
      },
    );
    expect(state.value.sources.map((s) => s.name)).toEqual(
      ['Form Responses 1', 'Sheet1'].filter((n) => n !== 'Sheet1'),
    );
    expect(state.value.sources[0]?.guess).toEqual({
      sourceSheet: 'Form Responses 1',
      respondentColumn: 2,
      timestampColumn: 1,
      standards: [1, 2, 3, 4, 5, 6].map((id) => ({ column: id + 2, standardId: String(id) })),
    });
  });

  it('copies each Form row once, compares team and families per standard, and names what it cannot read', () => {
    const addOn = withFormSheet();
    for (let i = 0; i < 10; i++) typeInto(addOn.workbook, MARIA, 5 + i, 5, 'Progressing');
    const request = {
      sourceSheet: 'Form Responses 1',
      respondentColumn: 2,
      timestampColumn: 1,
      standards: [1, 2, 3, 4, 5, 6].map((id) => ({ column: id + 2, standardId: String(id) })),
    };
    const first = addOn.plain(
      addOn.call('copyFamilySurvey', request) as {
        ok: true;
        value: {
          copied: number;
          skipped: number;
          responses: number;
          lines: string[];
          problems: string[];
        };
      },
    );
    expect(first.ok).toBe(true);
    expect(first.value.copied).toBe(3);
    expect(first.value.responses).toBe(12);
    expect(first.value.problems).toEqual([
      expect.stringMatching(
        /^Sheet "Family survey", row 7, column C: "Kind of" is not a survey answer/,
      ),
    ]);
    expect(first.value.lines[0]).toMatch(/^Standard 1: team 67, families \d+/);
    const again = addOn.plain(
      addOn.call('copyFamilySurvey', request) as { value: { copied: number; skipped: number } },
    );
    expect(again.value).toMatchObject({ copied: 0, skipped: 3 });
    const survey = gridOf(sheetByName(addOn.workbook, 'Family survey')!);
    expect(survey.slice(4).filter((r) => r.some((c) => c !== ''))).toHaveLength(3);
    // A respondent's name that looks like a formula stays text.
    expect(survey[6]?.[0]).toBe('=SUM(1)');
    const dashboard = gridOf(sheetByName(addOn.workbook, 'Dashboard')!);
    const header = dashboard.findIndex((r) => r[1] === 'Team (0–100)');
    expect(dashboard[header + 1]?.[0]).toBe('1 Welcome All Families');
    expect(dashboard[header + 1]?.[1]).toBeCloseTo((2 / 3) * 100, 9);
    // Families on standard 1: Strongly agree (5) and Agree (4): mean 4.5, (4.5 - 1) / 4 x 100 = 87.5.
    expect(dashboard[header + 1]?.[2]).toBe(87.5);
  });
  it('recognises copied responses by content: a deleted Form row or a renamed tab copies nothing twice and skips nothing new', () => {
    const addOn = withFormSheet();
    const request = {
      sourceSheet: 'Form Responses 1',
      respondentColumn: 2,
      timestampColumn: 1,
      standards: [1, 2, 3, 4, 5, 6].map((id) => ({ column: id + 2, standardId: String(id) })),
    };
    type Copied = { value: { copied: number; skipped: number } };
    const copy = (sourceSheet: string) =>
      addOn.plain(addOn.call('copyFamilySurvey', { ...request, sourceSheet }) as Copied).value;
    expect(copy('Form Responses 1')).toMatchObject({ copied: 3 });
    // The team deletes the first response (row 2) in the Form sheet; a new answer arrives.
    const form = sheetByName(addOn.workbook, 'Form Responses 1')!;
    const kept = gridOf(form).filter((_, r) => r !== 1);
    kept.push([new Date(2025, 9, 9), 'New family', 'Agree', 'Agree', 'Agree', '', '', '']);
    form.cells.clear();
    kept.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== '')
          typeInto(addOn.workbook, 'Form Responses 1', r + 1, c + 1, value as never);
      });
    });
    expect(copy('Form Responses 1')).toMatchObject({ copied: 1, skipped: 2 });
    // The response tab is renamed: nothing is copied again.
    form.name = 'Family answers 2025';
    expect(copy('Family answers 2025')).toMatchObject({ copied: 0, skipped: 3 });
    const survey = gridOf(sheetByName(addOn.workbook, 'Family survey')!);
    const answered = survey.slice(4).filter((r) => r.some((c) => c !== ''));
    expect(answered.map((r) => r[0])).toEqual(['A family', '', '=SUM(1)', 'New family']);
  });
});

describe('other setups', () => {
  it('one sheet per subteam, each member with their own columns', () => {
    const addOn = installAddOn();
    const result = addOn.plain(
      addOn.call(
        'saveSetup',
        setupRequest(
          [
            { name: 'Maria Lopez', role: 'family', subteam: 0 },
            { name: 'John Smith', role: 'teacher', subteam: 0 },
            { name: 'Ana Ruiz', role: 'administrator', subteam: 1 },
          ],
          {
            layout: 'per-subteam',
            subteams: [
              { name: 'Welcome', standardIds: ['1', '2'] },
              { name: 'Advocacy', standardIds: ['3', '4', '5', '6'] },
            ],
          },
        ),
      ) as { ok: boolean; value: { ok: boolean } },
    );
    expect(result.value.ok).toBe(true);
    const welcome = gridOf(sheetByName(addOn.workbook, 'Welcome subteam')!);
    expect(welcome[3]?.slice(4, 10)).toEqual([
      'Maria Lopez: Rating',
      'Maria Lopez: Evidence and notes',
      'Maria Lopez: Updated',
      'John Smith: Rating',
      'John Smith: Evidence and notes',
      'John Smith: Updated',
    ]);
    expect(
      welcome.slice(4).every((r) => String(r[2]).startsWith('1.') || String(r[2]).startsWith('2.')),
    ).toBe(true);
    expect(sheetByName(addOn.workbook, 'Advocacy subteam')).toBeDefined();
    const ratings = gridOf(sheetByName(addOn.workbook, 'Ratings')!);
    const welcomeCount = welcome.slice(4).length;
    expect(ratings).toHaveLength(1 + 2 * welcomeCount + (INDICATORS - welcomeCount));
    expect(ratings.find((r) => r[1] === 'John Smith')?.[13]).toBe('H');
  });

  it('a custom framework from JSON, with its problems shown by JSON path', () => {
    const addOn = installAddOn();
    const custom = {
      formatVersion: 1,
      id: 'district-2025',
      name: 'District Family Engagement Standards',
      edition: '2025',
      source: { title: 'Board policy 1234' },
      levels: ['Standard', 'Goal', 'Indicator'],
      ratedLevel: 2,
      items: [
        {
          id: '1',
          title: 'Belonging',
          children: [
            { id: '1.1', text: 'Families feel welcome' },
            { id: '1.2', text: 'Families are greeted in their language' },
          ],
        },
        { id: '2', title: 'Voice', children: [{ id: '2.1', text: 'Families help set goals' }] },
      ],
    };
    const bad = addOn.plain(
      addOn.call(
        'saveSetup',
        setupRequest(TWO, {
          framework: {
            source: 'custom',
            json: JSON.stringify({
              ...custom,
              items: [{ id: '2', title: 'x', children: [{ id: '2.1', text: 'y' }] }],
            }),
          },
        }),
      ) as { value: { ok: boolean; problems: Array<{ field: string; message: string }> } },
    );
    expect(bad.value.ok).toBe(false);
    expect(bad.value.problems[0]).toEqual({
      field: 'framework.json',
      message: '$.items[0].id: expected id "1" (Standard 1 in source order), got "2"',
    });
    const notJson = addOn.plain(
      addOn.call(
        'saveSetup',
        setupRequest(TWO, { framework: { source: 'custom', json: '{\n  "id": nope\n}' } }),
      ) as { value: { problems: Array<{ message: string }> } },
    );
    expect(notJson.value.problems[0]?.message).toMatch(/^not valid JSON/);

    const good = addOn.plain(
      addOn.call(
        'saveSetup',
        setupRequest(TWO, { framework: { source: 'custom', json: JSON.stringify(custom) } }),
      ) as { value: { ok: boolean; summary: string } },
    );
    expect(good.value.ok).toBe(true);
    expect(good.value.summary).toMatch(/District Family Engagement Standards \(2025\)/);
    const maria = gridOf(sheetByName(addOn.workbook, MARIA)!);
    expect(maria.slice(4).map((r) => r[2])).toEqual(['1.1', '1.2', '2.1']);
    // Saved with the spreadsheet: a refresh works without pasting it again.
    typeInto(addOn.workbook, MARIA, 5, 5, 'Excelling');
    addOn.call('refreshDashboard');
    expect(addOn.ui.alerts.at(-1)?.message).toMatch(/^1 rating from 1 rater counted/);
    const state = addOn.plain(
      addOn.call('getSidebarState', 'setup') as {
        value: { current: { framework: string; customFrameworkName: string } };
      },
    );
    expect(state.value.current).toMatchObject({
      framework: 'custom',
      customFrameworkName: 'District Family Engagement Standards (2025)',
    });
  });

  it('a large custom framework is stored in parts within the 9 KB property limit', () => {
    const addOn = installAddOn();
    const items = Array.from({ length: 12 }, (_, s) => ({
      id: String(s + 1),
      title: `Standard ${s + 1} — ${'é'.repeat(40)}`,
      children: Array.from({ length: 4 }, (_, g) => ({
        id: `${s + 1}.${g + 1}`,
        title: `Goal ${g + 1}`,
        children: Array.from({ length: 5 }, (_, i) => ({
          id: `${s + 1}.${g + 1}.${i + 1}`,
          text: `Indicator ${i + 1}: ${'ñ'.repeat(120)}`,
        })),
      })),
    }));
    const json = JSON.stringify({
      formatVersion: 1,
      id: 'big',
      name: 'Big',
      edition: '1',
      source: { title: 't' },
      levels: ['Standard', 'Goal', 'Indicator'],
      ratedLevel: 3,
      items,
    });
    expect(Buffer.byteLength(json)).toBeGreaterThan(9 * 1024 * 5);
    const result = addOn.plain(
      addOn.call('saveSetup', setupRequest(TWO, { framework: { source: 'custom', json } })) as {
        value: { ok: boolean };
      },
    );
    expect(result.value.ok).toBe(true);
    const parts = [...addOn.workbook.properties.keys()].filter((k) =>
      k.startsWith('fsp.framework.'),
    );
    expect(parts.length).toBeGreaterThan(5);
    addOn.call('refreshDashboard');
    expect(addOn.ui.alerts.at(-1)?.message).toMatch(/^0 ratings from 0 raters counted/);
  });
});
