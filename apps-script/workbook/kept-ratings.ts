import { type Cell, isEmptyCell, toCell } from './cells';
import type { SheetPlan } from './plan';

/**
 * "Kept ratings": where the add-on puts anything it moves off a rating sheet (a rater removed,
 * a subteam's standards or the framework changed, a second rating of the same item), so nothing
 * anyone typed is ever lost. Nothing here is counted. When the item comes back into the rater's
 * scope, setup puts the rating back on their sheet and takes it off this list.
 */
export interface KeptRow {
  keptOn: unknown;
  reason: string;
  raterName: string;
  raterId: string;
  frameworkId: string;
  itemId: string;
  rating: unknown;
  evidence: unknown;
  updated: unknown;
  from: string;
}

const COLUMNS: Array<{ key: keyof KeptRow; header: string; width: number }> = [
  { key: 'keptOn', header: 'Kept on', width: 95 },
  { key: 'reason', header: 'Why it was moved here', width: 260 },
  { key: 'raterName', header: 'Rater', width: 160 },
  { key: 'raterId', header: 'Rater id', width: 70 },
  { key: 'frameworkId', header: 'Framework', width: 90 },
  { key: 'itemId', header: 'Item id', width: 70 },
  { key: 'rating', header: 'Rating (as entered)', width: 130 },
  { key: 'evidence', header: 'Evidence and notes', width: 300 },
  { key: 'updated', header: 'Updated', width: 95 },
  { key: 'from', header: 'Moved from', width: 200 },
];

const FIRST_DATA_ROW = 4;

export function readKeptRows(grid: unknown[][]): KeptRow[] {
  const keyRow = grid.findIndex((row) => row.includes('raterId') && row.includes('itemId'));
  if (keyRow < 0) return [];
  const keys = grid[keyRow] ?? [];
  const at = (row: unknown[], key: keyof KeptRow) => {
    const c = keys.indexOf(key);
    return c < 0 ? '' : (row[c] ?? '');
  };
  const out: KeptRow[] = [];
  for (const row of grid.slice(keyRow + 3)) {
    if (row.every(isEmptyCell)) continue;
    out.push({
      keptOn: at(row, 'keptOn'),
      reason: String(at(row, 'reason')),
      raterName: String(at(row, 'raterName')),
      raterId: String(at(row, 'raterId')),
      frameworkId: String(at(row, 'frameworkId')),
      itemId: String(at(row, 'itemId')),
      rating: at(row, 'rating'),
      evidence: at(row, 'evidence'),
      updated: at(row, 'updated'),
      from: String(at(row, 'from')),
    });
  }
  return out;
}

export function keptRatingsSheet(rows: KeptRow[], name: string): SheetPlan {
  const values: Cell[][] = rows.map((row) => COLUMNS.map(({ key }) => toCell(row[key])));
  return {
    kind: 'kept-ratings',
    key: 'main',
    name,
    mode: 'replace',
    blocks: [
      { row: 1, column: 1, values: [COLUMNS.map((c) => c.key)] },
      {
        row: 2,
        column: 1,
        values: [
          [
            'Ratings and notes the add-on moved off a rating sheet, so that nothing typed is lost. They are not counted. Setup puts a rating back when its item is on the rater’s sheet again; copy anything else back by hand.',
          ],
        ],
        italic: true,
      },
      {
        row: 3,
        column: 1,
        values: [COLUMNS.map((c) => c.header)],
        bold: true,
        background: '#eeeeee',
      },
      ...(values.length > 0
        ? [
            {
              row: FIRST_DATA_ROW,
              column: 1,
              values,
              wrap: true,
              columnFormats: COLUMNS.map((c) =>
                c.key === 'keptOn' || c.key === 'updated' ? 'yyyy-mm-dd' : null,
              ),
            },
          ]
        : []),
    ],
    frozenRows: 3,
    hiddenRows: [{ row: 1, count: 1 }],
    columnWidths: COLUMNS.map((c, i) => ({ column: i + 1, count: 1, width: c.width })),
    protection: { description: 'Kept ratings: written by the add-on.', unprotected: [] },
  };
}

export function sameKept(a: KeptRow, b: KeptRow): boolean {
  return (
    a.raterId === b.raterId &&
    a.frameworkId === b.frameworkId &&
    a.itemId === b.itemId &&
    String(a.rating) === String(b.rating) &&
    String(a.evidence) === String(b.evidence)
  );
}
