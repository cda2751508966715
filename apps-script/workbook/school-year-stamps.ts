import { type Cell, isEmptyCell } from './cells';
import { runs } from './keyed-columns';
import type { RangeRef } from './plan';

/**
 * Rows the team typed or pasted (Evidence log, Family survey) are never moved or deleted when a new
 * school year starts: each carries its school year in a "School year" column instead, and only the
 * rows of this year are counted. A blank year means the year the row was added in, which is this
 * year until "Start new school year" writes last year's name into every blank one.
 */
export const SCHOOL_YEAR_HEADER = 'School year';

/** Which year a row counts for, and which year a blank year cell stands for right now. */
export interface SchoolYears {
  current: string;
  /** This year, except while a new year starts: then blank rows are last year's. */
  blankMeans: string;
}

/** The year a row belongs to: what its cell says, or `blankMeans` for a blank cell. */
export function rowSchoolYear(cell: unknown, years: SchoolYears): string {
  return isEmptyCell(cell) ? years.blankMeans : String(cell).trim();
}

/**
 * The first calendar year of a school year written "2025-26", "2025-2026", "2025/26" or
 * "2025–26" (so a team writing this year its own way is still this year), else undefined.
 */
function schoolYearStart(text: string): number | undefined {
  const match = /^(\d{4})\s*[-–—/]\s*(\d{2}|\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] ?? '';
  const next = end.length === 2 ? (start + 1) % 100 : start + 1;
  return Number(end) === next ? start : undefined;
}

/** Whether two names are the same school year ("2025-26" and "2025/2026" are; case is ignored). */
export function sameSchoolYear(a: string, b: string): boolean {
  const startA = schoolYearStart(a);
  const startB = schoolYearStart(b);
  if (startA !== undefined && startB !== undefined) return startA === startB;
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/** Whether a School year cell names a school year ("2025-26", "2025/2026"…), rather than other text. */
export function isSchoolYearName(cell: unknown): boolean {
  return schoolYearStart(String(cell)) !== undefined;
}

export function isThisSchoolYear(cell: unknown, years: SchoolYears): boolean {
  return sameSchoolYear(rowSchoolYear(cell, years), years.current);
}

/**
 * `year` for one column of the given rows (1-based), one rectangle per run of rows, written with
 * one call: rows the team sorted between older ones make many runs, never many calls.
 */
export function schoolYearStampFill(
  rows: readonly number[],
  column: number,
  year: Cell,
): { ranges: RangeRef[]; value: Cell } {
  const ranges: RangeRef[] = runs(rows).map((run) => ({
    row: run.start,
    column,
    rows: run.indexes.length,
    columns: 1,
  }));
  return { ranges, value: year };
}
