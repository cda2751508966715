import { type Cell, isEmptyCell } from './cells';
import type { Block, ValidationGrid, ValidationRule } from './plan';

/**
 * Sheets the team works in (Family survey, Action plan) keep a hidden row of column keys, so a
 * team can move our columns or insert their own between them. These helpers place the add-on's
 * columns by key and write only into those columns, never into a column someone added.
 */

/** The widest column holding anything, in any row (0 for an empty grid). */
export function usedWidth(grid: unknown[][]): number {
  let width = 0;
  for (const row of grid)
    row.forEach((cell, c) => {
      if (!isEmptyCell(cell)) width = Math.max(width, c + 1);
    });
  return width;
}

/**
 * The 1-based column of each wanted key: where the key row has it, else a new column after
 * everything in use (in the wanted order), so a missing column never lands on someone's data.
 */
export function placeColumns(
  keyRow: unknown[],
  wanted: readonly string[],
  width: number,
): Map<string, number> {
  const columns = new Map<string, number>();
  keyRow.forEach((key, c) => {
    if (typeof key === 'string' && wanted.includes(key) && !columns.has(key))
      columns.set(key, c + 1);
  });
  let next = Math.max(width, ...columns.values(), 0) + 1;
  for (const key of wanted) if (!columns.has(key)) columns.set(key, next++);
  return columns;
}

/**
 * Columns (or rows) grouped into runs of neighbours, each with the indexes in `columns` of its
 * members: each run is one block or one range, so writes stay batched.
 */
export function runs(columns: readonly number[]): Array<{ start: number; indexes: number[] }> {
  const order = columns.map((column, index) => ({ column, index }));
  order.sort((a, b) => a.column - b.column);
  const out: Array<{ start: number; indexes: number[] }> = [];
  let last = -1;
  for (const { column, index } of order) {
    const run = out[out.length - 1];
    if (run && column === last + 1) run.indexes.push(index);
    else out.push({ start: column, indexes: [index] });
    last = column;
  }
  return out;
}

/**
 * Blocks writing `rows` (each cell in the order of `columns`) at `row`, one block per run of
 * neighbouring columns; nothing is written between them.
 */
export function keyedBlocks(
  row: number,
  columns: number[],
  rows: Cell[][],
  style: Omit<Block, 'row' | 'column' | 'values' | 'columnFormats'> & {
    columnFormats?: Array<string | null>;
  } = {},
): Block[] {
  const { columnFormats, ...rest } = style;
  return runs(columns).map((run) => ({
    ...rest,
    row,
    column: run.start,
    values: rows.map((cells) => run.indexes.map((i) => cells[i] ?? '')),
    ...(columnFormats ? { columnFormats: run.indexes.map((i) => columnFormats[i] ?? null) } : {}),
  }));
}

/**
 * The header row's blocks over our columns, leaving a header the team renamed or translated: a
 * cell is written only while it is empty, already holds our text, or (with `keys`) its column's
 * key in `keyRow` is changing now, so the column is newly ours (a survey of another framework).
 */
export function keyedHeaderBlocks(
  grid: unknown[][] | undefined,
  rows: { header: number; keyRow?: number },
  columns: number[],
  headers: Cell[],
  style: Omit<Block, 'row' | 'column' | 'values' | 'columnFormats'>,
  keys?: readonly Cell[],
): Block[] {
  const at = (row: number | undefined, column: number) =>
    row === undefined ? undefined : grid?.[row - 1]?.[column - 1];
  const written = columns
    .map((column, i) => ({ column, header: headers[i] ?? '', key: keys?.[i] }))
    .filter(({ column, header, key }) => {
      const cell = at(rows.header, column);
      if (isEmptyCell(cell) || cell === header) return true;
      return keys !== undefined && (at(rows.keyRow, column) ?? '') !== key;
    });
  if (written.length === 0) return [];
  return keyedBlocks(
    rows.header,
    written.map((w) => w.column),
    [written.map((w) => w.header)],
    style,
  );
}

/** Validation rectangles over our columns only (one per run), so a team's own column keeps its rules. */
export function keyedValidations(
  row: number,
  columns: number[],
  rules: Array<Array<ValidationRule | null>>,
): ValidationGrid[] {
  return runs(columns)
    .filter((run) => rules.some((cells) => run.indexes.some((i) => cells[i])))
    .map((run) => ({
      row,
      column: run.start,
      rules: rules.map((cells) => run.indexes.map((i) => cells[i] ?? null)),
    }));
}

/**
 * A title or instructions line of ours in a row the team may type in: written where the row is
 * empty, or where its only text is an earlier version of ours; left alone when the team wrote there.
 */
export function bannerBlock(
  grid: unknown[][] | undefined,
  row: number,
  text: string,
  isOurs: (value: string) => boolean,
  style: Omit<Block, 'row' | 'column' | 'values'>,
): Block[] {
  const cells = (grid?.[row - 1] ?? [])
    .map((value, c) => ({ value, column: c + 1 }))
    .filter((cell) => !isEmptyCell(cell.value));
  if (cells.length === 0) return [{ ...style, row, column: 1, values: [[text]] }];
  const [only] = cells;
  if (cells.length > 1 || !only || typeof only.value !== 'string' || !isOurs(only.value)) return [];
  return [{ ...style, row, column: only.column, values: [[text]] }];
}
