import { describe, expect, it } from 'vitest';
import { ACTION_PLAN_COLUMNS } from '../../../apps-script/workbook/action-plan';
import { insertColumn, moveColumn } from './fake/column-edits';
import { installAddOn } from './fake/load-code';
import { type CellModel, cellAt, cellKey, gridOf, sheetByName } from './fake/spreadsheet-model';
import { MARIA, setupRequest, TWO, tickForActionPlan, typeInto } from './fake/team';

function setUp() {
  const addOn = installAddOn();
  addOn.call('saveSetup', setupRequest(TWO));
  return addOn;
}

const SURVEY = 'Family survey';

/** Our headers with the team's "Owner email" inserted at C. */
const withOwnerEmail = ACTION_PLAN_COLUMNS.map((c) => c.header as string);
withOwnerEmail.splice(2, 0, 'Owner email');

describe('the built add-on, after a team moved or inserted columns', () => {
  it('Family survey: a moved standard keeps its key and header, an inserted column is left alone', () => {
    const addOn = setUp();
    const survey = sheetByName(addOn.workbook, SURVEY)!;
    const headerBefore = gridOf(survey)[3] ?? [];
    moveColumn(survey, 3, 9); // Standard 1 to the far right
    insertColumn(survey, 2); // the team's own column at B
    typeInto(addOn.workbook, SURVEY, 4, 2, 'Child grade');
    typeInto(addOn.workbook, SURVEY, 5, 1, 'Fam A');
    typeInto(addOn.workbook, SURVEY, 5, 2, '3rd');
    typeInto(addOn.workbook, SURVEY, 5, 4, 'Strongly disagree'); // Standard 2
    typeInto(addOn.workbook, SURVEY, 5, 10, 'Strongly agree'); // Standard 1
    addOn.call('refreshDashboard');
    addOn.call('saveSetup', setupRequest(TWO.map((m, i) => ({ ...m, id: `r${i + 1}` }))));
    const grid = gridOf(survey);
    expect(grid[0]?.[1]).toBe('');
    expect(grid[3]?.[1]).toBe('Child grade');
    expect(grid[4]?.[1]).toBe('3rd');
    expect(grid[3]?.[2]).toBe('Date');
    expect(grid[0]?.[9]).toBe('standard:pta-2022:1');
    expect(grid[3]?.[9]).toBe(headerBefore[2]);
    expect(grid[3]?.[3]).toBe(headerBefore[3]);
    // The team's column got no survey dropdown; the moved standard kept one.
    expect(cellAt(survey, 5, 2)?.validation).toBeUndefined();
    expect(cellAt(survey, 5, 10)?.validation?.values).toContain('Strongly agree');
    // Read as answered: Standard 1 agrees, Standard 2 disagrees.
    const result = addOn.plain(
      addOn.call('compareFamilySurvey') as { value: { responses: number; problems: string[] } },
    );
    expect(result.value).toMatchObject({ responses: 2, problems: [] });
  });

  it('Family survey: a deleted key row is never written to, and refresh says so', () => {
    const addOn = setUp();
    const survey = sheetByName(addOn.workbook, SURVEY)!;
    const moved = new Map<string, CellModel>();
    for (const [key, cell] of survey.cells) {
      const [r, c] = key.split(':').map(Number) as [number, number];
      if (r > 1) moved.set(cellKey(r - 1, c), cell);
    }
    survey.cells = moved;
    typeInto(addOn.workbook, SURVEY, 4, 3, 'Agree');
    const before = gridOf(survey);
    addOn.call('refreshDashboard');
    expect(gridOf(survey)).toEqual(before);
    expect(addOn.ui.alerts.at(-1)?.message).toMatch(
      /Sheet "Family survey": the hidden key row \(row 1/,
    );
  });

  it('Action plan: an inserted column keeps its header and data; Status rules stay on Status; a typed title stays', () => {
    const addOn = setUp();
    typeInto(addOn.workbook, MARIA, 5, 5, 'Below');
    addOn.call('refreshDashboard');
    tickForActionPlan(addOn.workbook, '1.1.1');
    addOn.call('refreshDashboard');
    const plan = sheetByName(addOn.workbook, 'Action plan')!;
    insertColumn(plan, 3);
    typeInto(addOn.workbook, 'Action plan', 4, 3, 'Owner email');
    typeInto(addOn.workbook, 'Action plan', 5, 3, 'ana@school.example');
    typeInto(addOn.workbook, 'Action plan', 2, 1, 'Our plan');
    typeInto(addOn.workbook, 'Action plan', 3, 1, 'We meet on Tuesdays.');
    addOn.call('refreshDashboard');
    const grid = gridOf(plan);
    expect(grid[3]).toEqual(withOwnerEmail);
    expect(grid[4]?.[2]).toBe('ana@school.example');
    expect(grid[4]?.[9]).toBe('Not started');
    expect(grid.slice(4).filter((r) => r.some((c) => c !== ''))).toHaveLength(1);
    expect(grid[1]?.[0]).toBe('Our plan');
    expect(grid[2]?.[0]).toBe('We meet on Tuesdays.');
    expect(cellAt(plan, 5, 3)?.validation).toBeUndefined();
    expect(cellAt(plan, 5, 10)?.validation?.values).toEqual([
      'Not started',
      'In progress',
      'Done',
      'On hold',
    ]);
    expect(plan.conditionalRules.map((r) => r.ranges[0]?.column)).toEqual([10, 10]);
  });
});

describe('a new school year on a rating sheet where the team inserted a column', () => {
  it('clears only the rater’s Rating, Evidence and Updated cells and notes, not the team’s column', () => {
    const addOn = installAddOn({ answers: [{ text: '2026-27' }, 'YES'] as never });
    addOn.call('saveSetup', setupRequest(TWO));
    const maria = sheetByName(addOn.workbook, MARIA) as NonNullable<ReturnType<typeof sheetByName>>;
    typeInto(addOn.workbook, MARIA, 5, 5, 'Emerging');
    typeInto(addOn.workbook, MARIA, 5, 6, 'Flyer');
    // The team's own "Follow-up" column between Rating (E) and Evidence (now G).
    insertColumn(maria, 6);
    typeInto(addOn.workbook, MARIA, 5, 6, 'Ask Ms. Lee in May');
    (cellAt(maria, 5, 6) as CellModel).note = 'Team column note';
    (cellAt(maria, 5, 7) as CellModel).note = 'Evidence note';
    addOn.call('refreshDashboard');
    addOn.call('startNewSchoolYear');
    const at = (column: number) => ({
      value: cellAt(maria, 5, column)?.value ?? '',
      note: cellAt(maria, 5, column)?.note ?? '',
    });
    expect(at(6)).toEqual({ value: 'Ask Ms. Lee in May', note: 'Team column note' });
    expect(at(5).value).toBe('');
    expect(at(7)).toEqual({ value: '', note: '' });
    // Archived first, the note with its rating.
    const archive = gridOf(sheetByName(addOn.workbook, 'Ratings archive') as never);
    expect(archive.some((row) => row.includes('Emerging') && row.includes('Flyer'))).toBe(true);
    expect(archive.flat().some((cell) => String(cell).includes('Evidence note'))).toBe(true);
  });
});

describe('headers and titles the team typed over', () => {
  it('stay as the team wrote them on Action plan, Family survey and Evidence log, through refresh and setup', () => {
    const addOn = setUp();
    typeInto(addOn.workbook, MARIA, 5, 5, 'Below');
    addOn.call('refreshDashboard');
    tickForActionPlan(addOn.workbook, '1.1.1');
    addOn.call('refreshDashboard');
    // A Spanish-speaking team translates the headers and retitles the log.
    const typed: Array<[string, number, number, string]> = [
      ['Action plan', 4, 4, 'Responsables'],
      ['Action plan', 4, 9, 'Estado'],
      [SURVEY, 4, 1, 'Familia'],
      [SURVEY, 4, 3, 'Estándar 1: Dar la bienvenida'],
      ['Evidence log', 2, 1, 'Evidencia 2025-26'],
      ['Evidence log', 3, 1, 'Peguen aquí las filas de la extensión.'],
      ['Evidence log', 4, 5, 'Evidencia'],
    ];
    for (const [sheet, row, column, text] of typed)
      typeInto(addOn.workbook, sheet, row, column, text);
    addOn.call('refreshDashboard');
    addOn.call(
      'saveSetup',
      setupRequest([
        { id: 'r1', ...TWO[0]! },
        { id: 'r2', ...TWO[1]! },
      ]),
    );
    addOn.call('compareFamilySurvey');
    for (const [sheet, row, column, text] of typed)
      expect(
        cellAt(sheetByName(addOn.workbook, sheet)!, row, column)?.value,
        `${sheet} R${row}C${column}`,
      ).toBe(text);
    // The headers nobody changed are still the add-on's.
    expect(gridOf(sheetByName(addOn.workbook, 'Action plan')!)[3]?.[1]).toBe('Indicator');
    expect(gridOf(sheetByName(addOn.workbook, SURVEY)!)[3]?.[1]).toBe('Date');
    expect(gridOf(sheetByName(addOn.workbook, 'Evidence log')!)[3]?.slice(0, 4)).toEqual([
      'Indicator id',
      'Date',
      'Page title',
      'URL',
    ]);
    // Ticks still reach the plan under the translated headers.
    expect(gridOf(sheetByName(addOn.workbook, 'Action plan')!)[4]?.[1]).toMatch(/^1\.1\.1 /);
  });
});
