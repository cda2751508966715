import type { Cell } from './cells';

/**
 * The workbook plan: everything the add-on writes, as plain data. Pure code builds it and tests
 * read it; the sheet adapter (apps-script/server/sheet-adapter.ts) is the only code that turns
 * it into SpreadsheetApp calls, one batched call per block, per sheet.
 */
export interface WorkbookPlan {
  sheets: SheetPlan[];
}

/** The kinds of sheet the add-on manages, each found by developer metadata, not by name. */
export type SheetKind =
  | 'dashboard'
  | 'priorities'
  | 'action-plan'
  | 'ratings'
  | 'rating-sheet'
  | 'retired-rating-sheet'
  | 'family-survey'
  | 'evidence-log'
  | 'pivot-tables'
  | 'year-over-year'
  | 'ratings-archive'
  | 'kept-ratings'
  | 'lists';

/** What a sheet's developer metadata says it is. */
export interface SheetIdentity {
  kind: SheetKind;
  /** Distinguishes sheets of one kind: a rater or subteam id for rating sheets, else "main". */
  key: string;
}

export interface SheetPlan extends SheetIdentity {
  /** The name for a new sheet; an existing sheet keeps its (possibly user-chosen) name. */
  name: string;
  /** Rename an existing sheet to `name` (used when the rater's own name changed). */
  rename?: boolean;
  /** Where a new sheet goes among the tabs (0-based); existing sheets are never moved. */
  index?: number;
  /**
   * `replace`: the add-on owns the whole sheet; clear contents, formats, validations, rules,
   * charts, pivot tables and protections, then write. `update`: write only the blocks given.
   */
  mode: 'replace' | 'update';
  /** Change the sheet's identity (a rating sheet that is no longer part of the assessment). */
  retireAs?: SheetIdentity;
  hidden?: boolean;
  tabColor?: string;
  blocks: Block[];
  /** In `update` mode: clear the contents of rows from here down (a table that got shorter)... */
  clearContentsFromRow?: number;
  /** ...in the first this-many columns only (the add-on's own), or every column when absent. */
  clearColumns?: number;
  frozenRows?: number;
  frozenColumns?: number;
  columnWidths?: Array<{ column: number; count: number; width: number }>;
  hiddenRows?: Array<{ row: number; count: number }>;
  hiddenColumns?: Array<{ column: number; count: number }>;
  /** One rectangle of per-cell rules: the adapter writes it with one setDataValidations. */
  validations?: ValidationGrid;
  /** More rectangles (columns a team moved apart): one setDataValidations each. */
  extraValidations?: ValidationGrid[];
  /** All of the sheet's conditional formats: one setConditionalFormatRules. */
  conditionalFormats?: ConditionalFormat[];
  /**
   * The whole sheet protected with a warning only (editors can still change it after a prompt),
   * except the ranges where people are meant to type.
   */
  protection?: { description: string; unprotected: RangeRef[] };
  /** Columns to insert before writing, so a wider layout never writes over someone's own columns. */
  insertColumnsAfter?: { column: number; count: number };
  pivotTables?: PivotTablePlan[];
  charts?: ChartPlan[];
  /** Make sure this sheet's writes are saved before the next sheet is touched (archive before clearing). */
  flushAfter?: boolean;
  /**
   * One value written into many rectangles after the blocks (a new school year's stamp on rows
   * scattered through a sorted log): one RangeList call, however many rows there are.
   */
  fills?: Array<{ ranges: RangeRef[]; value: Cell }>;
  /**
   * Blank these rectangles' contents and cell notes after the blocks are written (a new school
   * year's fresh rating cells, once the archive holds them).
   */
  clearRanges?: RangeRef[];
}

export interface RangeRef {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface Block {
  row: number;
  column: number;
  values: Cell[][];
  /**
   * A number format per column of the block (null: leave it), e.g. "yyyy-mm-dd" or "0.00".
   * Text is never given the plain-text format: the adapter marks literal text itself.
   */
  columnFormats?: Array<string | null>;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  background?: string;
  fontColor?: string;
  fontSize?: number;
  /** Cell notes (hover text), same shape as values; one setNotes. */
  notes?: Array<Array<string | null>>;
}

export type ValidationRule =
  | { type: 'list'; values: string[]; allowInvalid: boolean; helpText?: string }
  | { type: 'checkbox' }
  | { type: 'date'; helpText?: string };

export interface ValidationGrid {
  row: number;
  column: number;
  rules: Array<Array<ValidationRule | null>>;
}

export interface ConditionalFormat {
  ranges: RangeRef[];
  when: { textEqualTo: string } | { formula: string } | { numberBetween: [number, number] };
  background?: string;
  fontColor?: string;
}

/** A pivot table on the Ratings table; columns are 1-based positions in the source range. */
export interface PivotTablePlan {
  anchor: { row: number; column: number };
  source: { sheet: SheetIdentity; range: RangeRef };
  rows: Array<{ sourceColumn: number; label?: string }>;
  columns: Array<{ sourceColumn: number; label?: string }>;
  values: Array<{ sourceColumn: number; summarize: 'AVERAGE' | 'COUNTA' | 'SUM'; label: string }>;
  /** Only rows whose value in this column is one of these are counted. */
  filters?: Array<{ sourceColumn: number; visibleValues: string[] }>;
}

export interface ChartPlan {
  type: 'bar' | 'column';
  stacked?: boolean;
  title: string;
  /** Ranges on the chart's own sheet: the first column is the category axis. */
  ranges: RangeRef[];
  /** Row, column of the top-left corner. */
  position: { row: number; column: number };
  width?: number;
  height?: number;
  /** Colours of the series, in order. */
  colors?: string[];
  axisTitle?: string;
  /** [min, max] of the value axis, e.g. [0, 3] for mean scores. */
  valueRange?: [number, number];
}

/** The developer metadata key every managed sheet carries; its value is JSON of SheetIdentity. */
export const SHEET_METADATA_KEY = 'fsp.sheet';

/** The grid a sheet would hold after its blocks are written over `grid` (formulas as objects). */
export function gridAfter(grid: unknown[][] | undefined, blocks: Block[]): unknown[][] {
  const out = (grid ?? []).map((row) => [...row]);
  for (const block of blocks) {
    block.values.forEach((values, r) => {
      const rowIndex = block.row - 1 + r;
      while (out.length <= rowIndex) out.push([]);
      const row = out[rowIndex] ?? [];
      values.forEach((value, c) => {
        const columnIndex = block.column - 1 + c;
        while (row.length < columnIndex) row.push('');
        row[columnIndex] = value;
      });
      out[rowIndex] = row;
    });
  }
  return out;
}
