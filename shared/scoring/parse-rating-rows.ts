import type { Framework } from '../frameworks';
import { type FrameworkIndex, indexFramework, resolveItemCell } from './framework-index';
import { parseRole } from './parse-role';
import { parseTeamLevel } from './parse-team-level';
import {
  type BlankRow,
  eachRow,
  type FieldCells,
  fieldLocation,
  readIdentifier,
  readOptionalText,
  rowLocationOf,
  rowOf,
  valueError,
} from './row-fields';
import type { Location, Rating, ValueError } from './types';

export type RatingField = 'raterId' | 'role' | 'itemId' | 'level' | 'evidence';

/** One row as read from a sheet or file: raw cell values plus where they were found. */
export interface RatingRowInput {
  raterId?: unknown;
  role?: unknown;
  itemId?: unknown;
  level?: unknown;
  evidence?: unknown;
  /** The row: sheet and row number, or file. */
  location?: Location;
  /** The column (letter or header) or full location of each field, so errors name the cell. */
  cells?: FieldCells<RatingField>;
}

export interface ParsedRatingRows {
  ratings: Rating[];
  /** One or more per row that could not be read; every one names its cell. */
  errors: ValueError[];
  /** Rows whose rating cell is empty: not rated yet. */
  blanks: BlankRow[];
}

export interface ParseRatingOptions {
  /** When given, item ids are checked against the items this framework rates. */
  framework?: Framework;
}

/**
 * Turns rows into ratings. Each row ends as exactly one of: a rating, a blank (rating cell
 * empty: "not rated yet"), or one or more errors that give their location and the value as
 * entered. Nothing is dropped or guessed, and no exception escapes for any input.
 * Duplicates (one rater rating one item twice) are found by `aggregateRatings`, which sees all rows.
 */
export function parseRatingRows(
  rows: Iterable<unknown>,
  options: ParseRatingOptions = {},
): ParsedRatingRows {
  const index = options.framework ? indexFramework(options.framework) : undefined;
  const out: ParsedRatingRows = { ratings: [], errors: [], blanks: [] };
  eachRow(rows, out.errors, (row, fallback) => parseOneRow(row, index, fallback, out));
  return out;
}

function parseOneRow(
  row: Record<string, unknown>,
  index: FrameworkIndex | undefined,
  fallback: Location,
  out: ParsedRatingRows,
): void {
  const rowLocation = rowLocationOf(row, fallback);
  const cells = rowOf(row.cells) as FieldCells<RatingField> | undefined;
  const at = (field: RatingField) => fieldLocation(rowLocation, cells, field);

  const rater = readIdentifier(row.raterId, 'rater');
  const item = readIdentifier(row.itemId, 'item id');
  const level = parseTeamLevel(row.level);
  if (level.kind === 'blank') {
    const blank: BlankRow = { location: rowLocation };
    if (rater.ok) blank.raterId = rater.text;
    if (item.ok) blank.itemId = item.text;
    out.blanks.push(blank);
    return;
  }

  const errors: ValueError[] = [];
  if (!rater.ok) errors.push(valueError(at('raterId'), row.raterId, rater.reason));
  const role = parseRole(row.role);
  if (role.kind === 'blank') {
    errors.push(valueError(at('role'), row.role, "the rater's role is missing."));
  } else if (role.kind === 'invalid') {
    errors.push(valueError(at('role'), row.role, role.reason));
  }
  const resolved = resolveItemCell(item, index);
  if (!resolved.ok) errors.push(valueError(at('itemId'), row.itemId, resolved.reason));
  const itemId = resolved.ok ? resolved.id : undefined;
  if (level.kind === 'invalid') errors.push(valueError(at('level'), row.level, level.reason));
  const evidence = readOptionalText(row.evidence);
  if (!evidence.ok) errors.push(valueError(at('evidence'), row.evidence, evidence.reason));

  const complete =
    rater.ok && role.kind === 'value' && level.kind === 'value' && evidence.ok && itemId;
  if (errors.length > 0 || !complete || itemId === undefined) {
    out.errors.push(...errors);
    return;
  }
  const rating: Rating = {
    raterId: rater.text,
    role: role.value,
    itemId,
    level: level.value,
    location: at('level'),
  };
  if (evidence.text !== undefined) rating.evidence = evidence.text;
  out.ratings.push(rating);
}
