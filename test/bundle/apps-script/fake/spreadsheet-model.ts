/**
 * The state of a fake spreadsheet: sheets and their cells, formats, rules, charts and pivot tables.
 * Plain data, so tests can inspect it and export it to .xlsx for LibreOffice.
 */
export type CellValue = string | number | boolean | Date;

export interface CellModel {
  /** The stored value; for a formula cell, nothing (the fake does not compute formulas). */
  value: CellValue | '';
  formula?: string;
  format?: string;
  note?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  background?: string;
  fontColor?: string;
  fontSize?: number;
  validation?: ValidationModel;
}

export interface ValidationModel {
  criteria: 'VALUE_IN_LIST' | 'CHECKBOX' | 'DATE_IS_VALID_DATE';
  values?: string[];
  showDropdown?: boolean;
  allowInvalid: boolean;
  helpText?: string;
}

export interface RangeModel {
  sheetId: number;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface ConditionalRuleModel {
  condition: { textEqualTo?: string; formula?: string; numberBetween?: [number, number] };
  background?: string;
  fontColor?: string;
  ranges: RangeModel[];
}

export interface ProtectionModel {
  description: string;
  warningOnly: boolean;
  unprotected: RangeModel[];
  removed: boolean;
}

export interface ChartModel {
  /** Given when the chart is inserted (EmbeddedChart.getChartId: null before), unique in the spreadsheet. */
  id?: number;
  kind: 'bar' | 'column';
  stacked: boolean;
  title: string;
  ranges: RangeModel[];
  position?: { row: number; column: number };
  colors?: string[];
  valueRange?: [number, number];
  numHeaders?: number;
  options: Record<string, unknown>;
  axisTitles: { x?: string; y?: string };
}

export interface PivotModel {
  anchor: RangeModel;
  source: RangeModel;
  rows: Array<{ column: number; displayName?: string }>;
  columns: Array<{ column: number; displayName?: string }>;
  values: Array<{ column: number; summarize: string; displayName?: string }>;
  filters: Array<{ column: number; visibleValues: string[] }>;
  removed: boolean;
}

export interface MetadataModel {
  id: number;
  key: string;
  value: string;
  visibility: string;
  sheetId: number;
}

export interface SheetModel {
  id: number;
  name: string;
  hidden: boolean;
  maxRows: number;
  maxColumns: number;
  cells: Map<string, CellModel>;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Map<number, number>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  tabColor?: string;
  conditionalRules: ConditionalRuleModel[];
  protections: ProtectionModel[];
  charts: ChartModel[];
  pivots: PivotModel[];
}

export interface WorkbookModel {
  sheets: SheetModel[];
  metadata: MetadataModel[];
  nextId: number;
  activeSheetId?: number;
  properties: Map<string, string>;
  flushes: number;
}

export const cellKey = (row: number, column: number) => `${row}:${column}`;

export function newSheet(workbook: WorkbookModel, name: string): SheetModel {
  return {
    id: workbook.nextId++,
    name,
    hidden: false,
    maxRows: 1000,
    maxColumns: 26,
    cells: new Map(),
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: new Map(),
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    conditionalRules: [],
    protections: [],
    charts: [],
    pivots: [],
  };
}

export function newWorkbook(firstSheet = 'Sheet1'): WorkbookModel {
  const workbook: WorkbookModel = {
    sheets: [],
    metadata: [],
    nextId: 1000,
    properties: new Map(),
    flushes: 0,
  };
  workbook.sheets.push(newSheet(workbook, firstSheet));
  return workbook;
}

export function isEmptyModel(cell: CellModel | undefined): boolean {
  return !cell || (cell.formula === undefined && (cell.value === '' || cell.value === null));
}

export function lastRow(sheet: SheetModel): number {
  let last = 0;
  for (const [key, cell] of sheet.cells)
    if (!isEmptyModel(cell)) last = Math.max(last, Number(key.split(':')[0]));
  return last;
}

export function lastColumn(sheet: SheetModel): number {
  let last = 0;
  for (const [key, cell] of sheet.cells)
    if (!isEmptyModel(cell)) last = Math.max(last, Number(key.split(':')[1]));
  return last;
}

/** The value a cell shows to getValues, or the formula for a formula cell. */
export function cellAt(sheet: SheetModel, row: number, column: number): CellModel | undefined {
  return sheet.cells.get(cellKey(row, column));
}

export function sheetByName(workbook: WorkbookModel, name: string): SheetModel | undefined {
  return workbook.sheets.find((s) => s.name === name);
}

/** A plain grid of stored values (formulas as "=..."), for assertions. */
export function gridOf(sheet: SheetModel): Array<Array<CellValue | ''>> {
  const rows = lastRow(sheet);
  const columns = lastColumn(sheet);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const cell = cellAt(sheet, r + 1, c + 1);
      return cell?.formula ?? cell?.value ?? '';
    }),
  );
}
