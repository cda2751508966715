import { describe, expect, it } from 'vitest';
import { builtInFramework, ratedNodes } from '../../../shared/frameworks';
import { deleteColumn } from './fake/column-edits';
import { installAddOn } from './fake/load-code';
import { gridOf, sheetByName } from './fake/spreadsheet-model';
import { deleteKeyRow, JOHN, MARIA, setupRequest, TWO, typeInto, valueAt } from './fake/team';

const INDICATORS = ratedNodes(builtInFramework('pta-2022')).length;
const EVIDENCE = 'Evidence log';
const SURVEY = 'Family survey';
/** Family survey columns for PTA 2022: Respondent, Date, six standards, Copied from, School year. */
const SURVEY_YEAR_COLUMN = 10;

type Summary = { ok: true; value: { responses: number } };

function rateEveryone(addOn: ReturnType<typeof installAddOn>, level: string): void {
  for (let i = 0; i < INDICATORS; i++) {
    typeInto(addOn.workbook, MARIA, 5 + i, 5, level);
    typeInto(addOn.workbook, JOHN, 5 + i, 5, level);
  }
}

function evidenceCount(addOn: ReturnType<typeof installAddOn>, id: string): unknown {
  const row = gridOf(sheetByName(addOn.workbook, 'Priorities')!).find((r) => r[1] === id);
  if (!row) throw new Error(`${id} is not on Priorities`);
  return row[11];
}

function surveyResponses(addOn: ReturnType<typeof installAddOn>): number {
  return addOn.plain(addOn.call('compareFamilySurvey') as Summary).value.responses;
}

/** One family's row typed into Family survey: a name and an answer for each of the six standards. */
function typeFamily(addOn: ReturnType<typeof installAddOn>, row: number, name: string): void {
  typeInto(addOn.workbook, SURVEY, row, 1, name);
  for (let c = 3; c <= 8; c++) typeInto(addOn.workbook, SURVEY, row, c, 'Agree');
}

const LAST_YEAR_ROWS = [
  ['1.1.1', '2025-10-01', 'Welcome night', 'https://school.example/welcome', 'Flyer', '2025-26'],
  ['1.1.1', '2025-11-02', 'Newsletter', 'https://school.example/news', 'Family corner', '2025-26'],
];

/** Two Evidence log rows typed in 2025-26, then "Start new school year" (2026-27) stamps them. */
function withLastYearsEvidence(): ReturnType<typeof installAddOn> {
  const addOn = installAddOn({ answers: [{ text: '2026-27' }, 'YES'] as never });
  addOn.call('saveSetup', setupRequest(TWO));
  LAST_YEAR_ROWS.forEach((cells, r) => {
    cells.slice(0, 5).forEach((value, c) => {
      typeInto(addOn.workbook, EVIDENCE, 5 + r, c + 1, value);
    });
  });
  addOn.call('refreshDashboard');
  expect(evidenceCount(addOn, '1.1.1')).toBe(2);
  addOn.call('startNewSchoolYear');
  expect(valueAt(addOn.workbook, EVIDENCE, 5, 6)).toBe('2025-26');
  return addOn;
}

/** Types a 2026-27 row for 1.1.1 (no year: this year's), refreshes, and reads its evidence count. */
function countWithThisYearsRow(addOn: ReturnType<typeof installAddOn>): unknown {
  typeInto(addOn.workbook, EVIDENCE, 7, 1, '1.1.1');
  typeInto(addOn.workbook, EVIDENCE, 7, 5, 'Open house');
  addOn.call('refreshDashboard');
  return evidenceCount(addOn, '1.1.1');
}

/** What the last command told the team in its closing message. */
function lastMessage(addOn: ReturnType<typeof installAddOn>): string {
  return addOn.ui.alerts.at(-1)?.message ?? '';
}

describe('starting a new school year, for the Evidence log and the Family survey', () => {
  it('keeps last year’s evidence rows and survey answers in place, stamped with their year, and counts this year’s from zero', () => {
    const addOn = installAddOn({ answers: [{ text: '2026-27' }, 'YES'] as never });
    addOn.call('saveSetup', setupRequest(TWO));
    rateEveryone(addOn, 'Emerging');
    const evidenceRows = [
      [
        '1.1.1',
        '2025-10-01',
        'Welcome night',
        'https://school.example/welcome',
        'Flyer in 3 languages',
      ],
      ['1.1.1', '2025-11-02', 'Newsletter', 'https://school.example/news', 'Family corner'],
      ['2.1.1', '2025-12-03', 'Survey', 'https://school.example/survey', 'Two-way survey'],
    ];
    evidenceRows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        typeInto(addOn.workbook, EVIDENCE, 5 + r, c + 1, value);
      });
    });
    typeFamily(addOn, 5, 'Family A');
    typeFamily(addOn, 6, 'Family B');
    addOn.call('refreshDashboard');
    expect(evidenceCount(addOn, '1.1.1')).toBe(2);
    expect(surveyResponses(addOn)).toBe(12);

    addOn.call('startNewSchoolYear');

    // The confirmation said what happens to both sheets, before anything was done.
    expect(addOn.ui.alerts.find((a) => a.title === 'Start new school year')?.message).toMatch(
      /Rows in "Evidence log" and answers in "Family survey" are not deleted: the ones without a school year get 2025-26 in their School year column and are no longer counted\./,
    );
    expect(addOn.ui.alerts.at(-1)?.message).toMatch(
      /^98 ratings and notes from 2025-26 are in "Ratings archive"\. 3 Evidence log rows and 2 Family survey rows are kept where they were, marked 2025-26, and no longer counted\./,
    );

    // Ratings are archived with their year, as before.
    const archive = gridOf(sheetByName(addOn.workbook, 'Ratings archive')!).slice(2);
    expect(archive).toHaveLength(2 * INDICATORS);
    expect(archive.every((r) => r[0] === '2025-26')).toBe(true);

    // Nothing anyone typed is gone; each row now carries its school year.
    const evidence = gridOf(sheetByName(addOn.workbook, EVIDENCE)!);
    expect(evidence[3]?.slice(0, 6)).toEqual([
      'Indicator id',
      'Date',
      'Page title',
      'URL',
      'Evidence',
      'School year',
    ]);
    evidenceRows.forEach((cells, r) => {
      expect(evidence[4 + r]?.slice(0, 6)).toEqual([...cells, '2025-26']);
    });
    const survey = gridOf(sheetByName(addOn.workbook, SURVEY)!);
    expect(survey[0]?.[SURVEY_YEAR_COLUMN - 1]).toBe('year');
    expect(survey[3]?.[SURVEY_YEAR_COLUMN - 1]).toBe('School year');
    for (const [row, name] of [
      [5, 'Family A'],
      [6, 'Family B'],
    ] as const) {
      expect(valueAt(addOn.workbook, SURVEY, row, 1)).toBe(name);
      expect(valueAt(addOn.workbook, SURVEY, row, 3)).toBe('Agree');
      expect(valueAt(addOn.workbook, SURVEY, row, SURVEY_YEAR_COLUMN)).toBe('2025-26');
    }

    // This year counts from zero: no evidence, no family answers.
    rateEveryone(addOn, 'Progressing');
    addOn.call('refreshDashboard');
    expect(evidenceCount(addOn, '1.1.1')).toBe(0);
    expect(surveyResponses(addOn)).toBe(0);

    // Rows added this year (no year typed) count for this year; last year's stay uncounted.
    ['1.1.1', '2026-09-15', 'Open house', 'https://school.example/open', 'Interpreters'].forEach(
      (value, c) => {
        typeInto(addOn.workbook, EVIDENCE, 8, c + 1, value);
      },
    );
    typeFamily(addOn, 7, 'Family C');
    addOn.call('refreshDashboard');
    expect(evidenceCount(addOn, '1.1.1')).toBe(1);
    expect(surveyResponses(addOn)).toBe(6);
    expect(valueAt(addOn.workbook, EVIDENCE, 8, 6)).toBe('');

    // Year over year still compares the ratings: 2025-26 all Emerging, 2026-27 all Progressing.
    const yoy = gridOf(sheetByName(addOn.workbook, 'Year over year')!);
    expect(yoy[0]?.[0]).toBe('Change since 2025-26');
    const standard1 = yoy.find((r) => r[0] === '1 Welcome All Families');
    expect(standard1?.slice(1, 4)).toEqual([1, 2, 1]);
  });

  it('stamps last year on rows the team sorted among older ones with the same few calls, however many rows', () => {
    /** A log and a survey sorted so that rows already marked 2024-25 sit between this year's. */
    const stampCalls = (pairs: number) => {
      const addOn = installAddOn({ answers: [{ text: '2026-27' }, 'YES'] as never });
      addOn.call('saveSetup', setupRequest(TWO));
      for (let i = 0; i < 2 * pairs; i++) {
        typeInto(addOn.workbook, EVIDENCE, 5 + i, 1, '1.1.1');
        typeInto(addOn.workbook, EVIDENCE, 5 + i, 5, `Evidence ${i}`);
        typeInto(addOn.workbook, SURVEY, 5 + i, 1, `Family ${i}`);
        typeInto(addOn.workbook, SURVEY, 5 + i, 3, 'Agree');
        if (i % 2 === 1) {
          typeInto(addOn.workbook, EVIDENCE, 5 + i, 6, '2024-25');
          typeInto(addOn.workbook, SURVEY, 5 + i, SURVEY_YEAR_COLUMN, '2024-25');
        }
      }
      addOn.recorder.reset();
      addOn.call('startNewSchoolYear');
      expect(lastMessage(addOn)).toContain(
        `${pairs} Evidence log rows and ${pairs} Family survey rows are kept where they were, marked 2025-26`,
      );
      for (let i = 0; i < 2 * pairs; i++) {
        const year = i % 2 === 1 ? '2024-25' : '2025-26';
        expect(valueAt(addOn.workbook, EVIDENCE, 5 + i, 6)).toBe(year);
        expect(valueAt(addOn.workbook, SURVEY, 5 + i, SURVEY_YEAR_COLUMN)).toBe(year);
        expect(valueAt(addOn.workbook, EVIDENCE, 5 + i, 5)).toBe(`Evidence ${i}`);
      }
      return addOn.recorder.calls.filter((c) => c.sheet === EVIDENCE || c.sheet === SURVEY).length;
    };
    expect(stampCalls(40)).toBe(stampCalls(4));
  });

  it('leaves a team’s own column F alone and puts the School year after it', () => {
    const addOn = installAddOn({ answers: [{ text: '2026-27' }, 'YES'] as never });
    addOn.call('saveSetup', setupRequest(TWO));
    // A log from before the School year column: no hidden key row, nothing in F.
    for (let c = 1; c <= 6; c++) typeInto(addOn.workbook, EVIDENCE, 1, c, '');
    typeInto(addOn.workbook, EVIDENCE, 4, 6, 'Checked by');
    typeInto(addOn.workbook, EVIDENCE, 5, 1, '1.1.1');
    typeInto(addOn.workbook, EVIDENCE, 5, 5, 'Flyer');
    typeInto(addOn.workbook, EVIDENCE, 5, 6, 'Ana');
    addOn.call('startNewSchoolYear');
    expect(valueAt(addOn.workbook, EVIDENCE, 4, 6)).toBe('Checked by');
    expect(valueAt(addOn.workbook, EVIDENCE, 5, 6)).toBe('Ana');
    expect(valueAt(addOn.workbook, EVIDENCE, 4, 7)).toBe('School year');
    expect(valueAt(addOn.workbook, EVIDENCE, 5, 7)).toBe('2025-26');
  });

  it('keeps counting by its School year column after the team renames the header, and leaves their name', () => {
    const addOn = withLastYearsEvidence();
    typeInto(addOn.workbook, EVIDENCE, 4, 6, 'Año escolar');
    addOn.call('refreshDashboard');
    expect(evidenceCount(addOn, '1.1.1')).toBe(0);
    expect(valueAt(addOn.workbook, EVIDENCE, 4, 6)).toBe('Año escolar');
    const log = gridOf(sheetByName(addOn.workbook, EVIDENCE)!);
    expect(log[3]?.slice(5)).toEqual(['Año escolar']); // no second School year column
    expect(log.slice(4, 6).map((r) => r.slice(0, 6))).toEqual(LAST_YEAR_ROWS);
    // This year's rows still count.
    expect(countWithThisYearsRow(addOn)).toBe(1);
  });

  it('says so, naming the sheet and column, when the team deleted the School year column, and counts none of last year’s rows', () => {
    const addOn = withLastYearsEvidence();
    deleteColumn(sheetByName(addOn.workbook, EVIDENCE)!, 6);
    addOn.call('refreshDashboard');
    expect(evidenceCount(addOn, '1.1.1')).toBe(0);
    expect(lastMessage(addOn)).toContain(
      'Sheet "Evidence log": the School year column is gone (the hidden row 1 no longer has its key "year"), so the add-on cannot tell last year\'s rows from this year\'s and counts no evidence from this sheet.',
    );
    // Nothing typed moved or changed, and no new School year column counts last year's rows again.
    const log = gridOf(sheetByName(addOn.workbook, EVIDENCE)!);
    expect(log[3]).toEqual(['Indicator id', 'Date', 'Page title', 'URL', 'Evidence']);
    expect(log.slice(4, 6)).toEqual(LAST_YEAR_ROWS.map((r) => r.slice(0, 5)));
    addOn.call('refreshDashboard');
    expect(evidenceCount(addOn, '1.1.1')).toBe(0);

    // The team puts the column back by hand: found by its header, counted by year again.
    typeInto(addOn.workbook, EVIDENCE, 4, 6, 'School year');
    typeInto(addOn.workbook, EVIDENCE, 5, 6, '2025-26');
    typeInto(addOn.workbook, EVIDENCE, 6, 6, '2025-26');
    expect(countWithThisYearsRow(addOn)).toBe(1);
    expect(lastMessage(addOn)).not.toContain('column is gone');
  });

  it('counts rows the team marked with this year written another way (2025-2026, 2025/26), and not other years', () => {
    const addOn = installAddOn();
    addOn.call('saveSetup', setupRequest(TWO));
    const marked = ['2025-2026', '2025/26', ' 2025–26 ', '2025-26', '2024-25', '2024-2025'];
    marked.forEach((year, r) => {
      typeInto(addOn.workbook, EVIDENCE, 5 + r, 1, '1.1.1');
      typeInto(addOn.workbook, EVIDENCE, 5 + r, 5, `Evidence ${r}`);
      typeInto(addOn.workbook, EVIDENCE, 5 + r, 6, year);
      typeFamily(addOn, 5 + r, `Family ${r}`);
      typeInto(addOn.workbook, SURVEY, 5 + r, SURVEY_YEAR_COLUMN, year);
    });
    addOn.call('refreshDashboard');
    expect(evidenceCount(addOn, '1.1.1')).toBe(4);
    expect(surveyResponses(addOn)).toBe(4 * 6);
  });

  it('does not start while this year’s evidence rows or survey answers cannot be marked with their year', () => {
    const addOn = installAddOn({
      answers: [{ text: '2026-27' }, 'YES', { text: '2026-27' }, 'YES'] as never,
    });
    addOn.call('saveSetup', setupRequest(TWO));
    rateEveryone(addOn, 'Emerging');
    LAST_YEAR_ROWS.forEach((cells, r) => {
      cells.slice(0, 5).forEach((value, c) => {
        typeInto(addOn.workbook, EVIDENCE, 5 + r, c + 1, value);
      });
    });
    // The School year column is deleted: were the year started, undoing that later would bring
    // back blank School year cells, and 2025-26's rows would count for 2026-27.
    deleteColumn(sheetByName(addOn.workbook, EVIDENCE)!, 6);
    addOn.call('startNewSchoolYear');
    expect(lastMessage(addOn)).toMatch(
      /^Sheet "Evidence log": the School year column is gone .* The new school year was not started\.$/,
    );
    expect(sheetByName(addOn.workbook, 'Ratings archive')).toBeUndefined();
    expect(valueAt(addOn.workbook, MARIA, 5, 5)).toBe('Emerging');
    // Same for a Family survey whose hidden key row was deleted.
    typeInto(addOn.workbook, EVIDENCE, 4, 6, 'School year');
    typeFamily(addOn, 5, 'Family A');
    deleteKeyRow(addOn.workbook, SURVEY);
    addOn.call('startNewSchoolYear');
    expect(lastMessage(addOn)).toMatch(
      /^Sheet "Family survey": the hidden key row .* The new school year was not started\.$/,
    );
    expect(sheetByName(addOn.workbook, 'Ratings archive')).toBeUndefined();
  });

  it('puts the School year column back (key and header), with no warning, when an empty log lost it', () => {
    const addOn = installAddOn();
    addOn.call('saveSetup', setupRequest(TWO));
    deleteColumn(sheetByName(addOn.workbook, EVIDENCE)!, 6);
    expect(valueAt(addOn.workbook, EVIDENCE, 4, 6)).toBe('');
    for (let i = 0; i < 2; i++) {
      addOn.call('refreshDashboard');
      expect(lastMessage(addOn)).not.toContain('column is gone');
    }
    expect(valueAt(addOn.workbook, EVIDENCE, 1, 6)).toBe('year');
    expect(valueAt(addOn.workbook, EVIDENCE, 4, 6)).toBe('School year');
    // Rows pasted afterwards are counted by year again.
    typeInto(addOn.workbook, EVIDENCE, 5, 1, '1.1.1');
    typeInto(addOn.workbook, EVIDENCE, 5, 5, 'Flyer');
    addOn.call('refreshDashboard');
    expect(lastMessage(addOn)).not.toContain('column is gone');
    expect(evidenceCount(addOn, '1.1.1')).toBe(1);
  });

  it('never hides or writes over what the team typed in row 1 of a log from before the key row', () => {
    const addOn = installAddOn();
    addOn.call('saveSetup', setupRequest(TWO));
    const note = 'Shared with the principal; ask Ana before editing';
    // A log from before the key row, with the team's note in A1.
    for (let c = 1; c <= 6; c++) typeInto(addOn.workbook, EVIDENCE, 1, c, '');
    typeInto(addOn.workbook, EVIDENCE, 1, 1, note);
    typeInto(addOn.workbook, EVIDENCE, 5, 1, '1.1.1');
    typeInto(addOn.workbook, EVIDENCE, 5, 5, 'Flyer');
    addOn.recorder.reset();
    addOn.call('refreshDashboard');
    addOn.call('refreshDashboard');
    const hides = addOn.recorder.calls.filter(
      (c) => c.method === 'hideRows' && c.sheet === EVIDENCE,
    );
    expect(hides).toEqual([]);
    expect(gridOf(sheetByName(addOn.workbook, EVIDENCE)!)[0]?.filter((c) => c !== '')).toEqual([
      note,
    ]);
    // Still found by its header, and counted.
    expect(valueAt(addOn.workbook, EVIDENCE, 4, 6)).toBe('School year');
    expect(evidenceCount(addOn, '1.1.1')).toBe(1);
    expect(lastMessage(addOn)).not.toContain('column is gone');
  });

  it('says in Help what happens to the Evidence log and the Family survey', () => {
    const addOn = installAddOn();
    addOn.call('saveSetup', setupRequest(TWO));
    addOn.call('showHelp');
    expect(addOn.ui.dialogs.at(-1)?.html).toMatch(
      /Evidence log rows and Family survey answers are never deleted: those without a school year get last year's in their School year column and are no longer counted/,
    );
  });
});
