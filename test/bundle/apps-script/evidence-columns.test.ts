import { describe, expect, it } from 'vitest';
import { EVIDENCE_COLUMNS } from '../../../apps-script/workbook/evidence-log';
import { deleteColumn, insertColumn, moveColumn } from './fake/column-edits';
import { installAddOn } from './fake/load-code';
import { gridOf, type SheetModel, sheetByName } from './fake/spreadsheet-model';
import { setupRequest, TWO, typeInto } from './fake/team';

/**
 * The Evidence log after a team rearranged its columns: each of the add-on's columns is found by
 * its key in the hidden row 1, so rows are read from the column they are in, whatever it is called.
 */
const LOG = 'Evidence log';
type AddOn = ReturnType<typeof installAddOn>;

/** The extension's "Copy rows for Sheets" row (a fixed order: id, date, title, URL, evidence). */
const EXPORTED = [
  'pta-2022:1.1.2',
  '2025-10-03',
  'Family night',
  'https://school.example/night',
  'Interpreters at every table',
];

function setUp(): { addOn: AddOn; log: SheetModel } {
  const addOn = installAddOn();
  addOn.call('saveSetup', setupRequest(TWO));
  return { addOn, log: sheetByName(addOn.workbook, LOG)! };
}

/** Types cells into one row of the log: `{ column: value }`. */
function typeRow(addOn: AddOn, row: number, cells: Record<number, string | boolean>): void {
  for (const [column, value] of Object.entries(cells))
    typeInto(addOn.workbook, LOG, row, Number(column), value);
}

/** Pastes the extension's row starting at `column`, as Sheets spreads a tab-separated paste. */
function pasteExported(addOn: AddOn, row: number, column: number): void {
  EXPORTED.forEach((value, i) => {
    typeInto(addOn.workbook, LOG, row, column + i, value);
  });
}

/** Priorities' evidence count for an indicator. */
function evidenceCount(addOn: AddOn, id: string): unknown {
  const row = gridOf(sheetByName(addOn.workbook, 'Priorities')!).find((r) => r[1] === id);
  if (!row) throw new Error(`${id} is not on Priorities`);
  return row[11];
}

/** Everything the last refresh told the team: its closing message and the problems dialog. */
function told(addOn: AddOn): string {
  return [...addOn.ui.alerts.map((a) => a.message), ...addOn.ui.dialogs.map((d) => d.html)]
    .join('\n')
    .replaceAll('&#34;', '"');
}

describe('the built add-on reads the Evidence log by its columns, wherever the team put them', () => {
  it('a column the team inserted at A ("Done?") is left alone, and rows are read one column to the right', () => {
    const { addOn, log } = setUp();
    insertColumn(log, 1);
    typeRow(addOn, 4, { 1: 'Done?' });
    typeRow(addOn, 5, { 1: true, 2: '1.1.1', 3: '2025-10-01', 6: 'Flyer' });
    pasteExported(addOn, 6, 2); // pasted in the Indicator id column, as the instructions say
    addOn.call('refreshDashboard');
    expect(evidenceCount(addOn, '1.1.1')).toBe(1);
    expect(evidenceCount(addOn, '1.1.2')).toBe(1);
    expect(told(addOn)).not.toContain('Evidence log');
    const grid = gridOf(log);
    expect(grid[0]).toEqual(['', 'indicator', 'date', 'title', 'url', 'evidence', 'year']);
    expect(grid[3]).toEqual(['Done?', ...EVIDENCE_COLUMNS.map((c) => c.header), 'School year']);
    expect(grid[4]?.[0]).toBe(true);
    expect(grid[2]?.join('')).toContain(
      'in column B of the first empty row (B5 when the log is empty)',
    );
  });

  it('the Indicator id column moved to the far right is still read, and a wrong id there is named in its column', () => {
    const { addOn, log } = setUp();
    moveColumn(log, 1, 6);
    typeRow(addOn, 5, { 6: '1.1.1', 1: '2025-10-01', 4: 'Flyer' });
    typeRow(addOn, 6, { 6: '9.9.9', 4: 'A typo' });
    addOn.call('refreshDashboard');
    expect(evidenceCount(addOn, '1.1.1')).toBe(1);
    expect(told(addOn)).toContain(
      'Sheet "Evidence log", row 6, column F: "9.9.9" is not an indicator',
    );
    expect(told(addOn)).not.toContain('row 5');
    expect(gridOf(log)[3]).toEqual([
      'Date',
      'Page title',
      'URL',
      'Evidence',
      'School year',
      'Indicator id',
    ]);
  });

  it('extension rows pasted at A of a log whose columns were rearranged are listed, never counted against the wrong indicator', () => {
    const { addOn, log } = setUp();
    moveColumn(log, 1, 6);
    pasteExported(addOn, 5, 1);
    addOn.call('refreshDashboard');
    expect(evidenceCount(addOn, '1.1.2')).toBe(0);
    expect(told(addOn)).toContain(
      'Sheet "Evidence log", row 5, column E: "Interpreters at every table" is not a school year',
    );
    // The instructions say the extension's rows no longer fit the log as it is.
    expect(gridOf(log)[2]?.join('')).toContain('not in the order of the extension’s rows');
  });

  it('the Date and Evidence columns deleted: rows are still counted and nothing is read from the wrong column', () => {
    const { addOn, log } = setUp();
    deleteColumn(log, 5); // Evidence, the rows' notes
    deleteColumn(log, 2); // Date
    typeRow(addOn, 5, { 1: '1.1.1', 2: 'Welcome night', 3: 'https://school.example/welcome' });
    addOn.call('refreshDashboard');
    expect(evidenceCount(addOn, '1.1.1')).toBe(1);
    expect(told(addOn)).not.toContain('Evidence log');
    // The team's choice stands: the deleted columns are not put back between or after theirs.
    expect(gridOf(log)[3]).toEqual(['Indicator id', 'Page title', 'URL', 'School year']);
  });

  it('the Indicator id column deleted: Refresh names the sheet and column and counts nothing from the log', () => {
    const { addOn, log } = setUp();
    typeRow(addOn, 5, { 1: '1.1.1', 2: '2025-10-01', 5: 'Flyer' });
    deleteColumn(log, 1);
    const before = gridOf(log);
    addOn.call('refreshDashboard');
    expect(evidenceCount(addOn, '1.1.1')).toBe(0);
    expect(told(addOn)).toContain(
      'Sheet "Evidence log": the Indicator id column is gone (the hidden row 1 no longer has its key "indicator")',
    );
    expect(told(addOn)).not.toContain('is not an indicator');
    // Nothing the team has is written over: the Date column does not become the Indicator id.
    expect(gridOf(log).slice(3)).toEqual(before.slice(3));
  });

  it('every header renamed: rows are still read by the keys, and the team’s names stay', () => {
    const { addOn, log } = setUp();
    const spanish = ['Indicador', 'Fecha', 'Título', 'Enlace', 'Evidencia', 'Año escolar'];
    spanish.forEach((text, c) => {
      typeInto(addOn.workbook, LOG, 4, c + 1, text);
    });
    moveColumn(log, 1, 3); // and the renamed Indicador moved between Título and Enlace
    typeRow(addOn, 5, { 3: '1.1.1', 1: '2025-10-01', 5: 'Flyer' });
    addOn.call('refreshDashboard');
    addOn.call('refreshDashboard');
    expect(evidenceCount(addOn, '1.1.1')).toBe(1);
    expect(told(addOn)).not.toContain('Evidence log');
    expect(gridOf(log)[3]).toEqual([
      'Fecha',
      'Título',
      'Indicador',
      'Enlace',
      'Evidencia',
      'Año escolar',
    ]);
  });
});
