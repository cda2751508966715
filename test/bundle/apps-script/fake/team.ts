import { cellAt, gridOf, sheetByName, type WorkbookModel } from './spreadsheet-model';

export function setupRequest(
  members: Array<{ id?: string; name: string; role: string; subteam?: number | null }>,
  extra: Record<string, unknown> = {},
) {
  return {
    schoolName: 'Lincoln Elementary',
    schoolYear: '2025-26',
    framework: { source: 'pta-2022' },
    layout: 'per-rater',
    subteams: [],
    members,
    ...extra,
  };
}

/** A team of n, with roles in turn. */
export function team(n: number): Array<{ name: string; role: string }> {
  const roles = ['family', 'teacher', 'staff', 'administrator', 'student', 'community-partner'];
  return Array.from({ length: n }, (_, i) => ({
    name: `Rater ${String(i + 1).padStart(3, '0')}`,
    role: roles[i % roles.length] ?? 'family',
  }));
}

/** Types into the fake spreadsheet as a person would (straight into the model: no add-on call). */
export function typeInto(
  workbook: WorkbookModel,
  sheetName: string,
  row: number,
  column: number,
  value: string | number | boolean | Date | '',
): void {
  const sheet = sheetByName(workbook, sheetName);
  if (!sheet) throw new Error(`No sheet ${sheetName}`);
  const key = `${row}:${column}`;
  const cell = sheet.cells.get(key) ?? { value: '' };
  delete cell.formula;
  cell.value = value;
  sheet.cells.set(key, cell);
}

export function valueAt(
  workbook: WorkbookModel,
  sheetName: string,
  row: number,
  column: number,
): unknown {
  const sheet = sheetByName(workbook, sheetName);
  if (!sheet) throw new Error(`No sheet ${sheetName}`);
  const cell = cellAt(sheet, row, column);
  return cell?.formula ?? cell?.value ?? '';
}

/** The two-person team most tests start from, and the names of their sheets. */
export const TWO = [
  { name: 'Maria Lopez', role: 'family' },
  { name: 'John Smith', role: 'teacher' },
];
export const MARIA = 'Maria Lopez (family)';
export const JOHN = 'John Smith (teacher)';

/** Ticks "Add to action plan" for an indicator on Priorities, as a team member would. */
export function tickForActionPlan(workbook: WorkbookModel, id: string): void {
  const priorities = sheetByName(workbook, 'Priorities');
  if (!priorities) throw new Error('No sheet Priorities');
  const row = gridOf(priorities).findIndex((r) => r[1] === id) + 1;
  typeInto(workbook, 'Priorities', row, 13, true);
}

/** Deletes the hidden key row (row 1) as Sheets does: every row below moves up one. */
export function deleteKeyRow(workbook: WorkbookModel, sheetName: string): void {
  const sheet = sheetByName(workbook, sheetName);
  if (!sheet) throw new Error(`No sheet ${sheetName}`);
  const cells = [...sheet.cells.entries()];
  sheet.cells.clear();
  for (const [key, cell] of cells) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    if (r > 1) sheet.cells.set(`${r - 1}:${c}`, cell);
  }
}
