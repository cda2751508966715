import { type CellModel, cellKey, type RangeModel, type SheetModel } from './spreadsheet-model';

/**
 * What a team does to a sheet's columns in Google Sheets (drag a column, Insert › Column left,
 * Delete column), done straight to the fake's model: every cell moves with its column.
 */

/** Each range a conditional format rule applies to, once (rules built together may share one). */
function ruleRanges(sheet: SheetModel): Set<RangeModel> {
  return new Set(sheet.conditionalRules.flatMap((rule) => rule.ranges));
}

/** Moves a whole column (values, formats, rules), as dragging its header in Sheets does. */
export function moveColumn(sheet: SheetModel, from: number, to: number): void {
  const moved = new Map<string, CellModel>();
  const target = (c: number) => {
    if (c === from) return to;
    if (from < to && c > from && c <= to) return c - 1;
    if (from > to && c >= to && c < from) return c + 1;
    return c;
  };
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    moved.set(cellKey(r, target(c)), cell);
  }
  sheet.cells = moved;
  // Sheets moves conditional format ranges with their cells.
  for (const range of ruleRanges(sheet))
    if (range.columns === 1) range.column = target(range.column);
}

/** Inserts an empty column before `at`, as Insert › Column left does. */
export function insertColumn(sheet: SheetModel, at: number): void {
  const moved = new Map<string, CellModel>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    moved.set(cellKey(r, c >= at ? c + 1 : c), cell);
  }
  sheet.cells = moved;
  sheet.maxColumns += 1;
  // Sheets moves conditional format ranges with their cells.
  for (const range of ruleRanges(sheet)) if (range.column >= at) range.column += 1;
}

/** Deletes a column as Sheets does: the columns to its right move left. */
export function deleteColumn(sheet: SheetModel, column: number): void {
  const moved = new Map<string, CellModel>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    if (c !== column) moved.set(cellKey(r, c > column ? c - 1 : c), cell);
  }
  sheet.cells = moved;
  sheet.maxColumns -= 1;
}
