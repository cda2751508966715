import { type Cell, isDate, isFormula, rangeA1 } from '../workbook/cells';
import {
  CHART_IDS_METADATA_KEY,
  type ExistingChart,
  idsRecogniseCharts,
  type KeptTeamChart,
  keptChartNotices,
  ownChartIndexes,
  parseChartIds,
} from '../workbook/charts';
import {
  type ExistingConditionalFormat,
  mergeConditionalFormats,
} from '../workbook/conditional-formats';
import {
  type Block,
  type ChartPlan,
  type ConditionalFormat,
  type PivotTablePlan,
  type RangeRef,
  SHEET_METADATA_KEY,
  type SheetIdentity,
  type SheetKind,
  type SheetPlan,
  type ValidationGrid,
  type ValidationRule,
  type WorkbookPlan,
} from '../workbook/plan';
import {
  ON_PLAN_COLUMN,
  planMarksAfterTickEdit,
  TICK_COLUMN,
  ticksAfterTickEdit,
} from '../workbook/priorities-sheet';
import { RATING_ROWS } from '../workbook/rating-sheets/layout';
import { parseIdentity, type WorkbookSnapshot } from '../workbook/snapshot';
import { UserError } from '../workbook/user-error';

/**
 * The one module that talks to Apps Script: SpreadsheetApp (and its Ui), HtmlService, LockService
 * and PropertiesService. Everything else is plain TypeScript that builds a WorkbookPlan; this file
 * writes it with batched calls (one setValues per block, one setDataValidations and one
 * setConditionalFormatRules per sheet, never a single cell in a loop) and reads each sheet with one
 * getValues. Nothing here runs when the bundle loads: every service is reached inside a function.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Protections the add-on made start with this, so it only ever removes its own. */
const PROTECTION_PREFIX = 'Family-School Partnership Toolkit: ';

function spreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

// --- Reading ---------------------------------------------------------------------------------

function managedSheets(ss: Spreadsheet): Map<
  number,
  {
    sheet: Sheet;
    identity: SheetIdentity;
    metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
  }
> {
  const out = new Map<
    number,
    {
      sheet: Sheet;
      identity: SheetIdentity;
      metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
    }
  >();
  const found = ss
    .createDeveloperMetadataFinder()
    .withKey(SHEET_METADATA_KEY)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  for (const metadata of found) {
    const identity = parseIdentity(metadata.getValue() ?? '');
    const sheet = metadata.getLocation().getSheet();
    if (!identity || !sheet) continue;
    const id = sheet.getSheetId();
    if (!out.has(id)) out.set(id, { sheet, identity, metadata });
  }
  return out;
}

/**
 * Every sheet's name and identity, and the values of the sheets of `readKinds` and of the sheets
 * named in `readNames` (one getDataRange().getValues() each); the notes too (one getNotes) of
 * the sheets of `noteKinds`.
 */
export function readSnapshot(
  readKinds: readonly SheetKind[],
  readNames: readonly string[] = [],
  noteKinds: readonly SheetKind[] = [],
): WorkbookSnapshot {
  const ss = spreadsheet();
  const managed = managedSheets(ss);
  return {
    sheets: ss.getSheets().map((sheet) => {
      const identity = managed.get(sheet.getSheetId())?.identity;
      const name = sheet.getName();
      const read = (identity && readKinds.includes(identity.kind)) || readNames.includes(name);
      if (!read) return { name, ...(identity ? { identity } : {}) };
      const range = sheet.getDataRange();
      const notes = identity && noteKinds.includes(identity.kind);
      return {
        name,
        ...(identity ? { identity } : {}),
        values: range.getValues(),
        ...(notes ? { notes: range.getNotes() } : {}),
      };
    }),
  };
}

/** The first row of each sheet the add-on does not manage: candidates for a Form's responses. */
export function unmanagedSheetHeaders(): Array<{ name: string; headers: unknown[]; rows: number }> {
  const ss = spreadsheet();
  const managed = managedSheets(ss);
  return ss
    .getSheets()
    .filter((sheet) => !managed.has(sheet.getSheetId()))
    .map((sheet) => {
      const columns = sheet.getLastColumn();
      return {
        name: sheet.getName(),
        headers: columns > 0 ? (sheet.getRange(1, 1, 1, columns).getValues()[0] ?? []) : [],
        rows: sheet.getLastRow(),
      };
    });
}

// --- Writing ---------------------------------------------------------------------------------

const identityKey = (identity: SheetIdentity) => `${identity.kind}/${identity.key}`;

/**
 * Writes a plan. Sheets are found by developer metadata, so renamed or moved sheets are still
 * found. Returns what the team should be told about their own things the writing had to drop.
 */
export function applyPlan(plan: WorkbookPlan): string[] {
  const notices: string[] = [];
  const ss = spreadsheet();
  const byIdentity = new Map<
    string,
    { sheet: Sheet; metadata?: GoogleAppsScript.Spreadsheet.DeveloperMetadata }
  >();
  for (const entry of managedSheets(ss).values())
    byIdentity.set(identityKey(entry.identity), entry);
  // First create every missing sheet, in tab order, so that tabs come out in a sensible order and
  // every sheet a formula names exists before the formula is written.
  const missing = plan.sheets
    .filter((p) => !p.retireAs && !byIdentity.has(identityKey(p)))
    .sort((a, b) => (a.index ?? Number.MAX_SAFE_INTEGER) - (b.index ?? Number.MAX_SAFE_INTEGER));
  for (const sheetPlan of missing) {
    if (byIdentity.has(identityKey(sheetPlan))) continue;
    const count = ss.getNumSheets();
    const sheet = ss.insertSheet(
      sheetPlan.name,
      Math.min(Math.max(sheetPlan.index ?? count, 0), count),
    );
    sheet.addDeveloperMetadata(
      SHEET_METADATA_KEY,
      JSON.stringify({ kind: sheetPlan.kind, key: sheetPlan.key }),
      SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
    );
    byIdentity.set(identityKey(sheetPlan), { sheet });
  }
  for (const sheetPlan of plan.sheets) {
    const entry = byIdentity.get(identityKey(sheetPlan));
    if (!entry) throw new Error(`Internal error: no ${sheetPlan.kind} sheet to write.`);
    if (sheetPlan.rename && entry.sheet.getName() !== sheetPlan.name) {
      entry.sheet.setName(sheetPlan.name);
    }
    const { sheet } = entry;
    if (sheetPlan.retireAs) {
      entry.metadata?.setValue(JSON.stringify(sheetPlan.retireAs));
      byIdentity.delete(identityKey(sheetPlan));
      continue;
    }
    try {
      notices.push(...writeSheet(sheet, sheetPlan, byIdentity));
      if (sheetPlan.flushAfter) SpreadsheetApp.flush();
    } catch (error) {
      throw new SheetWriteError(sheet.getName(), error);
    }
  }
  return notices;
}

/** An error's message. Duck-typed: errors from the services may not be instances of this realm's Error. */
export function serviceErrorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** A service error while writing one sheet (a protected range, say): the message names the sheet. */
export class SheetWriteError extends Error {
  constructor(
    readonly sheetName: string,
    serviceError: unknown,
  ) {
    super(serviceErrorMessage(serviceError));
  }
}

/** Writes one sheet's plan; returns sentences for the team (a conditional format of theirs dropped). */
function writeSheet(
  sheet: Sheet,
  plan: SheetPlan,
  byIdentity: Map<string, { sheet: Sheet }>,
): string[] {
  const notices: string[] = [];
  const chartIds = chartIdsStore(sheet);
  let teamChartIds = new Set<number>();
  if (plan.mode === 'replace') {
    const charts = removeOwnCharts(sheet, plan, chartIds);
    teamChartIds = charts.teamChartIds;
    notices.push(...charts.notices);
    clearWholeSheet(sheet);
  }
  if (plan.insertColumnsAfter)
    sheet.insertColumnsAfter(plan.insertColumnsAfter.column, plan.insertColumnsAfter.count);
  // Read after inserting: Google moves rules' ranges with inserted columns, but a rule fetched
  // earlier keeps its old ranges, and writing it back would put a team's rule on the new columns.
  // (Clearing leaves rules alone; the team's own rules are put back after a rebuild.)
  const currentRules = sheet.getConditionalFormatRules();
  ensureSize(sheet, plan);
  const ranges = rangeCache(sheet);

  if (plan.clearContentsFromRow) {
    const last = sheet.getLastRow();
    if (last >= plan.clearContentsFromRow) {
      const columns = plan.clearColumns ?? sheet.getLastColumn();
      if (columns > 0)
        sheet
          .getRange(plan.clearContentsFromRow, 1, last - plan.clearContentsFromRow + 1, columns)
          .clear();
    }
  }
  for (const block of plan.blocks) writeBlock(sheet, block);
  for (const fill of plan.fills ?? []) {
    if (fill.ranges.length === 0) continue;
    sheet.getRangeList(fill.ranges.map(rangeA1)).setValue(toSheetValue(fill.value));
  }
  // After the blocks: a new year's blank rating cells win over anything written above.
  for (const area of plan.clearRanges ?? []) ranges(area).clearContent().clearNote();

  const built = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  const rule = (spec: ValidationRule | null) => {
    if (!spec) return null;
    const key = JSON.stringify(spec);
    let validation = built.get(key);
    if (!validation) {
      validation = buildValidation(spec);
      built.set(key, validation);
    }
    return validation;
  };
  for (const grid of validationGrids(plan)) {
    const rules = grid.rules;
    const width = rules[0]?.length ?? 0;
    if (rules.length === 0 || width === 0) continue;
    sheet
      .getRange(grid.row, grid.column, rules.length, width)
      .setDataValidations(rules.map((row) => row.map(rule)));
  }
  if (plan.conditionalFormats || currentRules.length > 0) {
    // Only the add-on's own rules are replaced, on sheets it rebuilds whole too: a rule the team
    // added stays, in its place, unless the cells it applied to are gone (then the team is told).
    const merged = mergeConditionalFormats(
      currentRules.map(describeConditionalFormat),
      plan.conditionalFormats ?? [],
      { name: sheet.getName(), rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() },
    );
    const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
    for (const rule of merged) {
      if ('drop' in rule) notices.push(rule.notice);
      else if ('keep' in rule) rules.push(currentRules[rule.keep] as (typeof rules)[number]);
      else rules.push(buildConditionalFormat(rule.build, ranges));
    }
    sheet.setConditionalFormatRules(rules);
  }
  if (plan.frozenRows !== undefined || plan.mode === 'replace')
    sheet.setFrozenRows(plan.frozenRows ?? 0);
  if (plan.frozenColumns !== undefined) sheet.setFrozenColumns(plan.frozenColumns);
  for (const width of mergedWidths(plan.columnWidths ?? []))
    sheet.setColumnWidths(width.column, width.count, width.width);
  for (const hidden of plan.hiddenRows ?? []) sheet.hideRows(hidden.row, hidden.count);
  for (const hidden of plan.hiddenColumns ?? []) sheet.hideColumns(hidden.column, hidden.count);
  if (plan.tabColor) sheet.setTabColor(plan.tabColor);
  if (plan.protection) protect(sheet, plan.protection, ranges);
  for (const pivot of plan.pivotTables ?? []) addPivotTable(sheet, pivot, byIdentity);
  for (const chart of plan.charts ?? []) addChart(sheet, chart, ranges);
  if (plan.charts?.length) rememberOwnCharts(sheet, teamChartIds, chartIds);
  if (plan.hidden && !sheet.isSheetHidden()) sheet.hideSheet();
  return notices;
}

function validationGrids(plan: SheetPlan): ValidationGrid[] {
  return [...(plan.validations ? [plan.validations] : []), ...(plan.extraValidations ?? [])];
}

/** Neighbouring columns of the same width in one call. */
function mergedWidths(
  widths: NonNullable<SheetPlan['columnWidths']>,
): NonNullable<SheetPlan['columnWidths']> {
  const out: NonNullable<SheetPlan['columnWidths']> = [];
  for (const w of [...widths].sort((a, b) => a.column - b.column)) {
    const last = out[out.length - 1];
    if (last && last.width === w.width && last.column + last.count === w.column)
      last.count += w.count;
    else out.push({ ...w });
  }
  return out;
}

function rangeCache(sheet: Sheet): (ref: RangeRef) => Range {
  const cache = new Map<string, Range>();
  return (ref) => {
    const key = `${ref.row},${ref.column},${ref.rows},${ref.columns}`;
    let range = cache.get(key);
    if (!range) {
      range = sheet.getRange(ref.row, ref.column, ref.rows, ref.columns);
      cache.set(key, range);
    }
    return range;
  };
}

/**
 * Everything the add-on put on a sheet it owns: contents, formats, notes, validations, pivots,
 * its protections. Conditional formats and charts are not cleared here: writeSheet replaces only
 * the add-on's own and keeps the team's.
 */
function clearWholeSheet(sheet: Sheet): void {
  sheet.clear();
  sheet.clearNotes();
  sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).clearDataValidations();
  for (const pivot of sheet.getPivotTables()) pivot.remove();
  removeOwnProtections(sheet);
}

/** The ids of the charts the add-on inserted on a sheet, kept in the sheet's developer metadata (read once, when needed). */
function chartIdsStore(sheet: Sheet) {
  let found: GoogleAppsScript.Spreadsheet.DeveloperMetadata | null | undefined;
  const metadata = () => {
    if (found === undefined)
      found =
        sheet.createDeveloperMetadataFinder().withKey(CHART_IDS_METADATA_KEY).find()[0] ?? null;
    return found;
  };
  return {
    read: () => parseChartIds(metadata()?.getValue()),
    write: (ids: readonly number[]) => {
      const value = JSON.stringify(ids);
      const entry = metadata();
      if (entry) entry.setValue(value);
      else
        sheet.addDeveloperMetadata(
          CHART_IDS_METADATA_KEY,
          value,
          SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
        );
    },
  };
}

const chartTitle = (chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) =>
  String(chart.getOptions().get('title') ?? '');

/**
 * Removes the add-on's own charts from a sheet it rebuilds and leaves every other chart as the
 * team made it; returns the kept charts' ids and what to tell the team about them.
 */
function removeOwnCharts(
  sheet: Sheet,
  plan: SheetPlan,
  chartIds: ReturnType<typeof chartIdsStore>,
): { teamChartIds: Set<number>; notices: string[] } {
  const charts = sheet.getCharts();
  if (charts.length === 0) return { teamChartIds: new Set(), notices: [] };
  const remembered = chartIds.read();
  const existing: ExistingChart[] = charts.map((chart) => ({ id: chart.getChartId() }));
  const sheetId = sheet.getSheetId();
  const rangesOnSheet = (chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): RangeRef[] =>
    chart
      .getRanges()
      .filter((range) => range.getSheet().getSheetId() === sheetId)
      .map((range) => ({
        row: range.getRow(),
        column: range.getColumn(),
        rows: range.getNumRows(),
        columns: range.getNumColumns(),
      }));
  // Titles, ranges and places are read only when the ids cannot tell (an older version's charts).
  if (!idsRecogniseCharts(existing, remembered))
    charts.forEach((chart, i) => {
      const info = chart.getContainerInfo();
      existing[i] = {
        id: existing[i]?.id ?? null,
        title: chartTitle(chart),
        ranges: rangesOnSheet(chart),
        anchor: { row: info.getAnchorRow(), column: info.getAnchorColumn() },
      };
    });
  const own = new Set(ownChartIndexes(existing, remembered, plan.charts ?? []));
  const teamChartIds = new Set<number>();
  const kept: KeptTeamChart[] = [];
  charts.forEach((chart, i) => {
    if (own.has(i)) {
      sheet.removeChart(chart);
      return;
    }
    const id = existing[i]?.id;
    if (id !== null && id !== undefined) teamChartIds.add(id);
    kept.push({
      title: existing[i]?.title ?? chartTitle(chart),
      rangesOnSheet: existing[i]?.ranges ?? rangesOnSheet(chart),
    });
  });
  return { teamChartIds, notices: keptChartNotices(sheet.getName(), plan, kept) };
}

/** After inserting the plan's charts: every chart on the sheet that is not the team's is the add-on's. */
function rememberOwnCharts(
  sheet: Sheet,
  teamChartIds: ReadonlySet<number>,
  chartIds: ReturnType<typeof chartIdsStore>,
): void {
  const ids = sheet
    .getCharts()
    .map((chart) => chart.getChartId())
    .filter((id): id is number => id !== null && !teamChartIds.has(id));
  chartIds.write(ids);
}

function removeOwnProtections(sheet: Sheet): void {
  for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) {
    if (protection.getDescription().startsWith(PROTECTION_PREFIX)) protection.remove();
  }
}

/** New sheets have 1,000 rows and 26 columns; grow the sheet (once) to hold everything the plan writes. */
function ensureSize(sheet: Sheet, plan: SheetPlan): void {
  let rows = 0;
  let columns = 0;
  const reach = (row: number, column: number) => {
    rows = Math.max(rows, row);
    columns = Math.max(columns, column);
  };
  for (const block of plan.blocks)
    reach(block.row + block.values.length - 1, block.column + (block.values[0]?.length ?? 1) - 1);
  for (const grid of validationGrids(plan))
    reach(grid.row + grid.rules.length - 1, grid.column + (grid.rules[0]?.length ?? 1) - 1);
  for (const area of [...(plan.clearRanges ?? []), ...(plan.fills ?? []).flatMap((f) => f.ranges)])
    reach(area.row + area.rows - 1, area.column + area.columns - 1);
  for (const format of plan.conditionalFormats ?? [])
    for (const r of format.ranges) reach(r.row + r.rows - 1, r.column + r.columns - 1);
  for (const width of mergedWidths(plan.columnWidths ?? []))
    reach(1, width.column + width.count - 1);
  for (const chart of plan.charts ?? []) reach(chart.position.row, chart.position.column);
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

function writeBlock(sheet: Sheet, block: Block): void {
  const width = block.values[0]?.length ?? 0;
  if (block.values.length === 0 || width === 0) return;
  if (block.values.some((row) => row.length !== width)) {
    throw new Error(
      `Internal error: a block at row ${block.row} of "${sheet.getName()}" is not rectangular.`,
    );
  }
  const range = sheet.getRange(block.row, block.column, block.values.length, width);
  range.setValues(block.values.map((row) => row.map(toSheetValue)));
  if (block.notes) range.setNotes(block.notes);
  if (block.bold) range.setFontWeight('bold');
  if (block.italic) range.setFontStyle('italic');
  if (block.wrap) range.setWrap(true);
  if (block.background) range.setBackground(block.background);
  if (block.fontColor) range.setFontColor(block.fontColor);
  if (block.fontSize) range.setFontSize(block.fontSize);
  // One call per run of neighbouring columns with the same format.
  const formats = block.columnFormats ?? [];
  for (let c = 0; c < formats.length; ) {
    const format = formats[c];
    let end = c + 1;
    while (end < formats.length && formats[end] === format) end++;
    if (format)
      sheet
        .getRange(block.row, block.column + c, block.values.length, end - c)
        .setNumberFormat(format);
    c = end;
  }
}

/**
 * A plan cell as setValues takes it. Text is always given a leading apostrophe, which Sheets
 * reads as "this is text": a name such as "=HYPERLINK(...)", "+1" or "@home" stays words and
 * "1.1" stays an id, never a formula or a number. Only formulas the plan built start with "=".
 */
export function toSheetValue(cell: Cell): string | number | boolean | Date {
  if (cell === null) return '';
  if (isFormula(cell)) return cell.formula;
  if (typeof cell === 'string') return cell === '' ? '' : `'${cell}`;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  if (typeof cell === 'boolean' || isDate(cell)) return cell;
  return `'${String(cell)}`;
}

function buildValidation(spec: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  if (spec.type === 'checkbox') return builder.requireCheckbox().build();
  if (spec.type === 'date') {
    builder.requireDate().setAllowInvalid(true);
    if (spec.helpText) builder.setHelpText(spec.helpText);
    return builder.build();
  }
  builder.requireValueInList(spec.values, true).setAllowInvalid(spec.allowInvalid);
  if (spec.helpText) builder.setHelpText(spec.helpText);
  return builder.build();
}

/** A rule on the sheet as plain data, to tell the add-on's own rules from the team's. */
function describeConditionalFormat(
  rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
): ExistingConditionalFormat {
  const ranges = rule.getRanges().map((range) => ({
    row: range.getRow(),
    column: range.getColumn(),
    rows: range.getNumRows(),
    columns: range.getNumColumns(),
  }));
  // The installed types predate getBackgroundObject/getFontColorObject (getBackground is deprecated).
  const condition = rule.getBooleanCondition() as
    | (GoogleAppsScript.Spreadsheet.BooleanCondition & {
        getBackgroundObject(): GoogleAppsScript.Spreadsheet.Color | null;
        getFontColorObject(): GoogleAppsScript.Spreadsheet.Color | null;
      })
    | null;
  if (!condition) return { values: [], ranges };
  const background = hexColour(condition.getBackgroundObject());
  const fontColor = hexColour(condition.getFontColorObject());
  return {
    criteria: String(condition.getCriteriaType()),
    values: condition.getCriteriaValues(),
    ...(background ? { background } : {}),
    ...(fontColor ? { fontColor } : {}),
    ranges,
  };
}

/** "#rrggbb", or nothing for no colour or a theme colour (never one the add-on sets). */
function hexColour(colour: GoogleAppsScript.Spreadsheet.Color | null): string | undefined {
  if (!colour || colour.getColorType() !== SpreadsheetApp.ColorType.RGB) return undefined;
  return colour.asRgbColor().asHexString();
}

function buildConditionalFormat(
  format: ConditionalFormat,
  ranges: (ref: RangeRef) => Range,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const builder = SpreadsheetApp.newConditionalFormatRule();
  if ('textEqualTo' in format.when) builder.whenTextEqualTo(format.when.textEqualTo);
  else if ('formula' in format.when) builder.whenFormulaSatisfied(format.when.formula);
  else builder.whenNumberBetween(format.when.numberBetween[0], format.when.numberBetween[1]);
  if (format.background) builder.setBackground(format.background);
  if (format.fontColor) builder.setFontColor(format.fontColor);
  builder.setRanges(format.ranges.map(ranges));
  return builder.build();
}

function protect(
  sheet: Sheet,
  spec: NonNullable<SheetPlan['protection']>,
  ranges: (ref: RangeRef) => Range,
): void {
  removeOwnProtections(sheet);
  const protection = sheet.protect();
  protection.setDescription(`${PROTECTION_PREFIX}${spec.description}`);
  protection.setWarningOnly(true);
  if (spec.unprotected.length > 0) protection.setUnprotectedRanges(spec.unprotected.map(ranges));
}

function addPivotTable(
  sheet: Sheet,
  plan: PivotTablePlan,
  byIdentity: Map<string, { sheet: Sheet }>,
): void {
  const source = byIdentity.get(identityKey(plan.source.sheet))?.sheet;
  if (!source)
    throw new Error(`Internal error: no ${plan.source.sheet.kind} sheet for a pivot table.`);
  const { range } = plan.source;
  const pivot = sheet
    .getRange(plan.anchor.row, plan.anchor.column)
    .createPivotTable(source.getRange(range.row, range.column, range.rows, range.columns));
  for (const group of plan.rows) {
    const added = pivot.addRowGroup(group.sourceColumn);
    if (group.label) added.setDisplayName(group.label);
  }
  for (const group of plan.columns) {
    const added = pivot.addColumnGroup(group.sourceColumn);
    if (group.label) added.setDisplayName(group.label);
  }
  for (const value of plan.values) {
    pivot
      .addPivotValue(
        value.sourceColumn,
        SpreadsheetApp.PivotTableSummarizeFunction[value.summarize],
      )
      .setDisplayName(value.label);
  }
  for (const filter of plan.filters ?? []) {
    pivot.addFilter(
      filter.sourceColumn,
      SpreadsheetApp.newFilterCriteria().setVisibleValues(filter.visibleValues).build(),
    );
  }
}

function addChart(sheet: Sheet, plan: ChartPlan, ranges: (ref: RangeRef) => Range): void {
  const builder =
    plan.type === 'bar' ? sheet.newChart().asBarChart() : sheet.newChart().asColumnChart();
  builder.setTitle(plan.title);
  if (plan.stacked) builder.setStacked();
  if (plan.colors) builder.setColors(plan.colors);
  if (plan.valueRange) builder.setRange(plan.valueRange[0], plan.valueRange[1]);
  if (plan.axisTitle) {
    if (plan.type === 'bar') builder.setXAxisTitle(plan.axisTitle);
    else builder.setYAxisTitle(plan.axisTitle);
  }
  for (const ref of plan.ranges) builder.addRange(ranges(ref));
  builder.setNumHeaders(1);
  builder.setPosition(plan.position.row, plan.position.column, 0, 0);
  builder.setOption('width', plan.width ?? 600);
  builder.setOption('height', plan.height ?? 360);
  sheet.insertChart(builder.build());
}

// --- Settings, locks, dialogs ----------------------------------------------------------------

export function loadProperties(): Record<string, string> {
  return PropertiesService.getDocumentProperties().getProperties();
}

export function saveProperties(values: Record<string, string>, stale: readonly string[]): void {
  const store = PropertiesService.getDocumentProperties();
  store.setProperties(values);
  for (const key of stale) store.deleteProperty(key);
}

/** Runs `write` holding the document lock, so two people's commands never interleave their writes. */
export function withDocumentLock<T>(write: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30_000)) {
    throw new UserError(
      'Someone else is updating this spreadsheet with the add-on right now. Try again in a minute.',
    );
  }
  try {
    return write();
  } finally {
    lock.releaseLock();
  }
}

export function tryDocumentLock<T>(write: () => T, waitMs: number): T | undefined {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) return undefined;
  try {
    return write();
  } finally {
    lock.releaseLock();
  }
}

export interface MenuItem {
  label: string;
  functionName: string;
}

/** The add-on menu; the only thing onOpen does, so it works in AuthMode.NONE. */
export function buildAddonMenu(items: Array<MenuItem | 'separator'>): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of items) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.label, item.functionName);
  }
  menu.addToUi();
}

export function alert(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

export function confirm(title: string, message: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** The text typed, or undefined when the user cancelled. */
export function prompt(title: string, message: string): string | undefined {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
  return response.getSelectedButton() === ui.Button.OK ? response.getResponseText() : undefined;
}

/** A modal dialog with HTML the caller built (and escaped). */
export function showDialog(title: string, html: string, width = 560, height = 420): void {
  const output = HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(output, title);
}

/** The sidebar (sidebar.html), opened on one of its views. */
export function showSidebar(view: string, title: string): void {
  const page = HtmlService.createHtmlOutputFromFile('sidebar').getContent();
  const output = HtmlService.createHtmlOutput(
    page.replace('data-view="setup"', `data-view="${view}"`),
  ).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(output);
}

export function activateSheet(identity: SheetIdentity): void {
  const ss = spreadsheet();
  for (const entry of managedSheets(ss).values()) {
    if (identityKey(entry.identity) === identityKey(identity)) {
      ss.setActiveSheet(entry.sheet);
      return;
    }
  }
}

// --- Edits -----------------------------------------------------------------------------------

/**
 * For onEdit: a rater typing in their Rating or Evidence column stamps their Updated column; a
 * tick or untick in "Add to action plan" on Priorities is copied to every row listing that
 * indicator and forgets what "On the action plan" said about it, so untick and tick again asks
 * for its row back at the next refresh.
 */
export function handleEdit(range: Range, today: Date): void {
  // Most edits are elsewhere: leave before looking anything up.
  if (range.getRow() + range.getNumRows() - 1 < RATING_ROWS.firstData) return;
  const sheet = range.getSheet();
  const metadata = sheet.createDeveloperMetadataFinder().withKey(SHEET_METADATA_KEY).find();
  const identity = parseIdentity(metadata[0]?.getValue() ?? '');
  if (identity?.kind === 'rating-sheet') stampUpdated(sheet, range, today);
  else if (identity?.kind === 'priorities') forgetPlanMarks(sheet, range);
}

function forgetPlanMarks(sheet: Sheet, range: Range): void {
  const first = range.getColumn();
  if (first > TICK_COLUMN || first + range.getNumColumns() - 1 < TICK_COLUMN) return;
  const grid = sheet.getDataRange().getValues();
  const ticks = ticksAfterTickEdit(grid, range.getRow(), range.getRow() + range.getNumRows() - 1);
  if (ticks)
    sheet
      .getRange(1, TICK_COLUMN, ticks.length, 1)
      .setValues(ticks.map((row) => row.map(toSheetValue)));
  const column = planMarksAfterTickEdit(
    grid,
    range.getRow(),
    range.getRow() + range.getNumRows() - 1,
  );
  if (column)
    sheet
      .getRange(1, ON_PLAN_COLUMN, column.length, 1)
      .setValues(column.map((row) => row.map(toSheetValue)));
}

/** The rater's Updated column for the edited rows (one read of the key row, one write per rater touched). */
function stampUpdated(sheet: Sheet, range: Range, today: Date): void {
  const keys = sheet.getRange(RATING_ROWS.keys, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
  const first = range.getColumn();
  const last = first + range.getNumColumns() - 1;
  const touched = new Map<string, number>();
  keys.forEach((key, i) => {
    const match = typeof key === 'string' ? /^(rating|evidence):(.+)$/.exec(key) : null;
    if (match && i + 1 >= first && i + 1 <= last) {
      const updated = keys.indexOf(`updated:${match[2]}`);
      if (updated >= 0) touched.set(match[2] ?? '', updated + 1);
    }
  });
  const rows = range.getNumRows();
  const startRow = Math.max(range.getRow(), RATING_ROWS.firstData);
  const count = range.getRow() + rows - startRow;
  if (count <= 0) return;
  for (const column of touched.values()) {
    const target = sheet.getRange(startRow, column, count, 1);
    target.setValues(Array.from({ length: count }, () => [today]));
  }
}
