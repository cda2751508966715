import { formatLocation, quoteValue, withArticle } from './location';
import { isBlankCell } from './normalize-cell';
import type { Location, ValueError } from './types';

/** Where each field of a row was read: a column letter or header on the row, or a whole location. */
export type FieldCells<F extends string> = Partial<Record<F, string | Location>>;

/** A row that has no answer yet. It is neither a response nor an error. */
export interface BlankRow {
  location: Location;
  raterId?: string;
  itemId?: string;
}

/** Keeps only well-formed location parts, so a malformed row cannot break a message. */
export function cleanLocation(value: unknown): Location {
  if (typeof value !== 'object' || value === null) return {};
  const source = value as Record<string, unknown>;
  const out: Location = {};
  if (typeof source.file === 'string') out.file = source.file;
  if (typeof source.sheet === 'string') out.sheet = source.sheet;
  if (typeof source.row === 'number' && Number.isFinite(source.row)) out.row = source.row;
  if (typeof source.column === 'string') out.column = source.column;
  if (typeof source.field === 'string') out.field = source.field;
  return out;
}

/** The row's own location, or its position in the input when it gives none that can be used. */
export function rowLocationOf(row: Record<string, unknown>, fallback: Location): Location {
  const location = cleanLocation(row.location);
  return Object.keys(location).length > 0 ? location : fallback;
}

export function fieldLocation<F extends string>(
  rowLocation: Location,
  cells: FieldCells<F> | undefined,
  field: F,
): Location {
  const cell = cells?.[field];
  if (typeof cell === 'string') return { ...rowLocation, column: cell };
  if (typeof cell === 'object' && cell !== null) return cleanLocation(cell);
  // A row known only by its position (rows[3]) keeps it: rows[3].level.
  return { ...rowLocation, field: rowLocation.field ? `${rowLocation.field}.${field}` : field };
}

export function valueError(
  location: Location,
  value: unknown,
  reason: string,
  otherLocations?: Location[],
): ValueError {
  const error: ValueError = {
    location,
    value,
    reason,
    message: `${formatLocation(location)}: ${reason}`,
  };
  if (otherLocations) error.otherLocations = otherLocations;
  return error;
}

/** An identifier typed into a cell (a rater's name, an item id): text or a number, trimmed. */
export function readIdentifier(
  value: unknown,
  what: string,
): { ok: true; text: string } | { ok: false; reason: string } {
  if (isBlankCell(value)) return { ok: false, reason: `the ${what} is missing.` };
  if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, text: String(value) };
  if (typeof value === 'string') {
    return {
      ok: true,
      text: value
        .normalize('NFC')
        .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
        .trim(),
    };
  }
  return {
    ok: false,
    reason: `${quoteValue(value)} cannot be ${withArticle(what)}: expected text or a number.`,
  };
}

/** Free text such as evidence: any text or number is kept as entered. */
export function readOptionalText(
  value: unknown,
): { ok: true; text: string | undefined } | { ok: false; reason: string } {
  if (isBlankCell(value)) return { ok: true, text: undefined };
  if (typeof value === 'string') return { ok: true, text: value };
  if (typeof value === 'number' || typeof value === 'boolean')
    return { ok: true, text: String(value) };
  return { ok: false, reason: `${quoteValue(value)} is not text.` };
}

export function rowOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Runs `parseRow` on each row with a fallback location naming its position, turning anything a
 * row throws (a hostile getter, a revoked proxy) into an error so that no exception escapes.
 */
export function eachRow(
  rows: Iterable<unknown>,
  errors: ValueError[],
  parseRow: (row: Record<string, unknown>, fallback: Location) => void,
): void {
  let position = 0;
  for (const raw of rows) {
    const fallback: Location = { field: `rows[${position}]` };
    position++;
    try {
      const row = rowOf(raw);
      if (row) parseRow(row, fallback);
      else errors.push(valueError(fallback, raw, 'this row is not a set of named cells.'));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      errors.push(valueError(fallback, raw, `this row could not be read (${detail}).`));
    }
  }
}
