/**
 * What the workbook plan writes into a cell. Plain values are always written as literal text or
 * numbers (the sheet adapter makes sure no string is read as a formula); formulas are only ever
 * ones the plan built, marked with `formula`.
 */
export type Cell = string | number | boolean | Date | null | Formula;

export interface Formula {
  /** A formula in Google Sheets' English syntax, starting with "=". */
  formula: string;
}

export function formula(text: string): Formula {
  if (!text.startsWith('=')) throw new Error(`A formula must start with "=": ${text}`);
  return { formula: text };
}

export function isFormula(cell: unknown): cell is Formula {
  return (
    typeof cell === 'object' &&
    cell !== null &&
    !(cell instanceof Date) &&
    typeof (cell as Formula).formula === 'string'
  );
}

/** 1 -> A, 27 -> AA. */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new Error(`Not a column number: ${column}`);
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A -> 1, AA -> 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, column: number, absolute = false): string {
  const $ = absolute ? '$' : '';
  return `${$}${columnLetter(column)}${$}${row}`;
}

/** A rectangle as A1 notation, e.g. `B5:D9`. */
export function rangeA1(r: { row: number; column: number; rows: number; columns: number }): string {
  return `${a1(r.row, r.column)}:${a1(r.row + r.rows - 1, r.column + r.columns - 1)}`;
}

/** An absolute reference to a block of one column, e.g. `$C$5:$C$53`. */
export function columnRange(column: number, firstRow: number, lastRow: number): string {
  return `${a1(firstRow, column, true)}:${a1(lastRow, column, true)}`;
}

/** A sheet name as a formula refers to it: always quoted, with quotes doubled. */
export function sheetRef(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`;
}

/** Text as a formula string literal: "like ""this""". */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A COUNTIFS/AVERAGEIFS criterion that matches exactly this text: the leading "=" stops the text
 * being read as a comparison (">2") and the tildes stop * and ? acting as wildcards.
 */
export function equalsCriterion(text: string): string {
  return textLiteral(`=${text.replace(/[~*?]/g, (ch) => `~${ch}`)}`);
}

/** Dates from another realm (a test's vm) fail `instanceof`; this does not. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** What a spreadsheet shows as an empty cell. */
export function isEmptyCell(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/** A value read from a sheet, as a plan cell again: kept exactly, whatever its type. */
export function toCell(value: unknown): Cell {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (isDate(value)) return value;
  return String(value);
}
