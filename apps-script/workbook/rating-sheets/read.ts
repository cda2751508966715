import { isEmptyCell } from '../cells';
import { RATING_ROWS, type RaterColumns } from './layout';

/** What one rater entered on one row: kept together wherever the row goes. */
export interface RatingEntry {
  raterId: string;
  frameworkId: string;
  /** "" when the row has no id (something typed below the table, say). */
  itemId: string;
  rating: unknown;
  evidence: unknown;
  updated: unknown;
  /** Cell notes (Insert › Note) on the Rating and Evidence cells, when the notes were read. */
  ratingNote?: string;
  evidenceNote?: string;
  sheet: string;
  row: number;
  ratingColumn: number;
}

export interface ReadRatingSheet {
  sheetName: string;
  frameworkId: string;
  keyRow: number;
  /** Columns the sheet's keys cover (the add-on's columns); anything right of them is someone else's. */
  width: number;
  idColumn: number;
  raters: RaterColumns[];
  /** Rows that carry an id, top to bottom. */
  itemRows: Array<{ row: number; itemId: string }>;
  /** Every rater cell group with something in it. */
  entries: RatingEntry[];
  /** Text in the add-on's fixed columns on rows without an id, below the header. */
  strays: Array<{ row: number; text: string }>;
  rows: number;
  contentRightOfTable: boolean;
}

export type ReadResult = { ok: true; sheet: ReadRatingSheet } | { ok: false; reason: string };

const SEARCH_ROWS = 10;

/**
 * Reads a rating sheet from one getValues grid. The hidden key row, not column positions, says
 * which column is whose, so moved or inserted columns are still read right.
 */
export function readRatingSheet(
  sheetName: string,
  grid: unknown[][],
  notes?: string[][],
): ReadResult {
  let keyRowIndex = -1;
  let frameworkId = '';
  let idColumn = 0;
  for (let r = 0; r < Math.min(SEARCH_ROWS, grid.length) && keyRowIndex < 0; r++) {
    const row = grid[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === 'string' && cell.startsWith('id@')) {
        keyRowIndex = r;
        frameworkId = cell.slice(3);
        idColumn = c + 1;
        break;
      }
    }
  }
  if (keyRowIndex < 0) {
    return {
      ok: false,
      reason: `Sheet "${sheetName}" has lost its hidden first row, so the add-on cannot tell whose ratings are in which column. Undo the change (Edit > Undo, or File > Version history) and try again.`,
    };
  }
  const keys = (grid[keyRowIndex] ?? []).map((k) => (typeof k === 'string' ? k : ''));
  const raters = new Map<string, RaterColumns>();
  let width = 0;
  keys.forEach((key, c) => {
    const match = /^(rating|evidence|updated):(.+)$/.exec(key);
    if (key !== '') width = Math.max(width, c + 1);
    if (!match) return;
    const [, part, raterId] = match as unknown as [
      string,
      'rating' | 'evidence' | 'updated',
      string,
    ];
    const columns = raters.get(raterId) ?? { raterId, rating: 0, evidence: 0, updated: 0 };
    columns[part] = c + 1;
    raters.set(raterId, columns);
  });
  const raterList = [...raters.values()].filter((r) => r.rating > 0);
  const fixedColumns = keys
    .map((key, c) => (['standard', 'goal', 'text'].includes(key) || key.startsWith('id@') ? c : -1))
    .filter((c) => c >= 0);

  // The header sits below the key row; rating rows start after it.
  const firstData = keyRowIndex + (RATING_ROWS.firstData - RATING_ROWS.keys);
  const itemRows: ReadRatingSheet['itemRows'] = [];
  const entries: RatingEntry[] = [];
  const strays: ReadRatingSheet['strays'] = [];
  let contentRightOfTable = false;
  grid.forEach((row, r) => {
    if (row.slice(width).some((cell) => !isEmptyCell(cell))) contentRightOfTable = true;
    if (r < firstData) return;
    const idCell = row[idColumn - 1];
    const itemId = isEmptyCell(idCell) ? '' : String(idCell).trim();
    if (itemId !== '') itemRows.push({ row: r + 1, itemId });
    for (const columns of raterList) {
      const rating = row[columns.rating - 1] ?? '';
      const evidence = columns.evidence ? (row[columns.evidence - 1] ?? '') : '';
      const updated = columns.updated ? (row[columns.updated - 1] ?? '') : '';
      const ratingNote = notes?.[r]?.[columns.rating - 1] ?? '';
      const evidenceNote = columns.evidence ? (notes?.[r]?.[columns.evidence - 1] ?? '') : '';
      if ([rating, evidence, updated, ratingNote, evidenceNote].every((cell) => isEmptyCell(cell)))
        continue;
      entries.push({
        raterId: columns.raterId,
        frameworkId,
        itemId,
        rating,
        evidence,
        updated,
        ...(ratingNote ? { ratingNote } : {}),
        ...(evidenceNote ? { evidenceNote } : {}),
        sheet: sheetName,
        row: r + 1,
        ratingColumn: columns.rating,
      });
    }
    if (itemId === '') {
      const text = fixedColumns
        .map((c) => row[c])
        .filter((cell) => !isEmptyCell(cell))
        .map(String)
        .join(' · ');
      if (text !== '') strays.push({ row: r + 1, text });
    }
  });
  return {
    ok: true,
    sheet: {
      sheetName,
      frameworkId,
      keyRow: keyRowIndex + 1,
      width,
      idColumn,
      raters: raterList,
      itemRows,
      entries,
      strays,
      rows: grid.length,
      contentRightOfTable,
    },
  };
}
