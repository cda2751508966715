import { describe, expect, it } from 'vitest';
import { installAddOn } from './fake/load-code';
import { gridOf, sheetByName } from './fake/spreadsheet-model';
import { JOHN, MARIA, setupRequest, TWO, tickForActionPlan, typeInto } from './fake/team';

const PLAN = 'Action plan';

/** The Action plan's rows below the headers, as the team sees them. */
function planRows(addOn: ReturnType<typeof installAddOn>): unknown[][] {
  return gridOf(sheetByName(addOn.workbook, PLAN)!)
    .slice(4)
    .filter((r) => r.some((c) => c !== ''));
}

/** Deletes a row of the Action plan as Sheets does: the rows below move up. */
function deletePlanRow(addOn: ReturnType<typeof installAddOn>, row: number): void {
  const sheet = sheetByName(addOn.workbook, PLAN)!;
  const grid = gridOf(sheet);
  for (const key of [...sheet.cells.keys()])
    if (Number(key.split(':')[0]) >= row) sheet.cells.delete(key);
  grid.slice(row).forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value !== '') typeInto(addOn.workbook, PLAN, row + r, c + 1, value as never);
    });
  });
}

/** What Priorities says about an indicator and the Action plan. */
function planNote(addOn: ReturnType<typeof installAddOn>, id: string): unknown {
  const grid = gridOf(sheetByName(addOn.workbook, 'Priorities')!);
  const header = grid.find((r) => r.includes('Add to action plan')) ?? [];
  const column = header.indexOf('On the action plan');
  expect(column).toBeGreaterThan(0);
  return grid.find((r) => r[1] === id)?.[column];
}

function untick(addOn: ReturnType<typeof installAddOn>, id: string): void {
  const row = gridOf(sheetByName(addOn.workbook, 'Priorities')!).findIndex((r) => r[1] === id);
  typeInto(addOn.workbook, 'Priorities', row + 1, 13, false);
}

/** Clicks an indicator's "Add to action plan" box on every row listing it, as Sheets does: the cell changes, then onEdit runs. */
function clickTick(addOn: ReturnType<typeof installAddOn>, id: string, ticked: boolean): void {
  const model = sheetByName(addOn.workbook, 'Priorities')!;
  const sheet = (addOn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .getActiveSpreadsheet()
    .getSheets()
    .find((s) => s.getSheetId() === model.id)!;
  const rows = gridOf(model)
    .map((r, i) => (r[1] === id ? i + 1 : 0))
    .filter((r) => r > 0);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    typeInto(addOn.workbook, 'Priorities', row, 13, ticked);
    addOn.call('onEdit', { range: sheet.getRange(row, 13, 1, 1), value: String(ticked) });
  }
}

/** Two indicators rated Below, ticked, and refreshed onto the Action plan (rows 5 and 6). */
function withTwoTickedRows(): ReturnType<typeof installAddOn> {
  const addOn = installAddOn();
  addOn.call('saveSetup', setupRequest(TWO));
  typeInto(addOn.workbook, MARIA, 5, 5, 'Below'); // 1.1.1
  typeInto(addOn.workbook, MARIA, 6, 5, 'Below'); // 1.1.2
  addOn.call('refreshDashboard');
  tickForActionPlan(addOn.workbook, '1.1.1');
  tickForActionPlan(addOn.workbook, '1.1.2');
  addOn.call('refreshDashboard');
  return addOn;
}

describe('an Action plan row the team deleted', () => {
  it('stays deleted while its indicator stays ticked, says so on Priorities, and comes back after untick, refresh, tick', () => {
    const addOn = withTwoTickedRows();
    expect(planRows(addOn).map((r) => String(r[1]).split(' ')[0])).toEqual(['1.1.1', '1.1.2']);
    expect(planNote(addOn, '1.1.1')).toBe('Yes');
    typeInto(addOn.workbook, PLAN, 6, 4, 'Ana Ruiz'); // People responsible for 1.1.2

    deletePlanRow(addOn, 5); // the team deletes 1.1.1's row
    addOn.call('refreshDashboard');
    addOn.call('refreshDashboard');
    expect(planRows(addOn).map((r) => [String(r[1]).split(' ')[0], r[3]])).toEqual([
      ['1.1.2', 'Ana Ruiz'],
    ]);
    expect(planNote(addOn, '1.1.1')).toMatch(/^Deleted from the Action plan/);
    expect(planNote(addOn, '1.1.2')).toBe('Yes');

    untick(addOn, '1.1.1');
    addOn.call('refreshDashboard');
    expect(planNote(addOn, '1.1.1')).toBe('');
    tickForActionPlan(addOn.workbook, '1.1.1');
    addOn.call('refreshDashboard');
    expect(planRows(addOn).map((r) => [String(r[1]).split(' ')[0], r[3]])).toEqual([
      ['1.1.2', 'Ana Ruiz'],
      ['1.1.1', ''],
    ]);
    expect(planNote(addOn, '1.1.1')).toBe('Yes');
  });

  it('comes back at the next refresh after untick and tick again with no refresh between, keeping what the team typed', () => {
    const addOn = withTwoTickedRows();
    typeInto(addOn.workbook, PLAN, 6, 4, 'Ana Ruiz'); // People responsible for 1.1.2
    deletePlanRow(addOn, 5); // the team deletes 1.1.1's row
    addOn.call('refreshDashboard');
    expect(planNote(addOn, '1.1.1')).toMatch(/^Deleted from the Action plan/);

    clickTick(addOn, '1.1.1', false);
    expect(planNote(addOn, '1.1.1')).toBe('');
    expect(planNote(addOn, '1.1.2')).toBe('Yes');
    clickTick(addOn, '1.1.1', true);
    addOn.call('refreshDashboard');
    expect(planRows(addOn).map((r) => [String(r[1]).split(' ')[0], r[3]])).toEqual([
      ['1.1.2', 'Ana Ruiz'],
      ['1.1.1', ''],
    ]);
    expect(planNote(addOn, '1.1.1')).toBe('Yes');

    // Untick and tick again while the row is still there: marked again, never added twice.
    clickTick(addOn, '1.1.1', false);
    clickTick(addOn, '1.1.1', true);
    addOn.call('refreshDashboard');
    expect(planRows(addOn).map((r) => String(r[1]).split(' ')[0])).toEqual(['1.1.2', '1.1.1']);
    expect(planNote(addOn, '1.1.1')).toBe('Yes');
  });

  it('stays deleted after the team unticks the one row it sees of an indicator listed in both tables', () => {
    const addOn = installAddOn();
    addOn.call('saveSetup', setupRequest(TWO));
    typeInto(addOn.workbook, MARIA, 5, 5, 'Below'); // 1.1.1: low mean…
    typeInto(addOn.workbook, JOHN, 5, 5, 'Progressing'); // …and disagreement
    addOn.call('refreshDashboard');
    tickForActionPlan(addOn.workbook, '1.1.1');
    addOn.call('refreshDashboard');
    const priorities = sheetByName(addOn.workbook, 'Priorities')!;
    const rows = gridOf(priorities)
      .map((r, i) => (r[1] === '1.1.1' ? i + 1 : 0))
      .filter((r) => r > 0);
    expect(rows).toHaveLength(2);
    deletePlanRow(addOn, 5);
    addOn.call('refreshDashboard');
    expect(planNote(addOn, '1.1.1')).toMatch(/^Deleted from the Action plan/);

    // Unticks the first table's row only: the cell changes, then onEdit runs.
    const sheet = (addOn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .getActiveSpreadsheet()
      .getSheets()
      .find((s) => s.getSheetId() === priorities.id)!;
    typeInto(addOn.workbook, 'Priorities', rows[0]!, 13, false);
    addOn.call('onEdit', { range: sheet.getRange(rows[0]!, 13, 1, 1), value: 'false' });
    expect(rows.map((r) => gridOf(priorities)[r - 1]![12])).toEqual([false, false]);
    addOn.call('refreshDashboard');
    expect(planRows(addOn)).toEqual([]);
    expect(rows.map((r) => gridOf(priorities)[r - 1]![12])).toEqual([false, false]);

    // Ticking it again (on either row) brings it back at the next refresh.
    typeInto(addOn.workbook, 'Priorities', rows[1]!, 13, true);
    addOn.call('onEdit', { range: sheet.getRange(rows[1]!, 13, 1, 1), value: 'true' });
    addOn.call('refreshDashboard');
    expect(planRows(addOn).map((r) => String(r[1]).split(' ')[0])).toEqual(['1.1.1']);
  });
});
