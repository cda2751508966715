import {
  builtInFramework,
  type Framework,
  isBuiltInFrameworkId,
  ratedNodes,
} from '../../shared/frameworks';
import { formatLocation, type ValueError } from '../../shared/scoring';
import { columnLetter, isDate, isEmptyCell } from './cells';
import { ratedItems } from './framework-labels';
import { bannerBlock, keyedHeaderBlocks, usedWidth } from './keyed-columns';
import type { SheetPlan } from './plan';
import {
  isSchoolYearName,
  isThisSchoolYear,
  SCHOOL_YEAR_HEADER,
  type SchoolYears,
  schoolYearStampFill,
} from './school-year-stamps';

/**
 * Evidence from the toolkit's Chrome extension: its "copy rows" export is tab-separated
 * (indicator id prefixed with its framework such as `pta-2022:2.1.2`, date YYYY-MM-DD, page
 * title, URL, evidence; one row per tag), so pasting it at A5 fills these columns. A prefixed id
 * from another framework is counted against the workbook's item that maps to it (`mapsTo`);
 * an id without a prefix is the workbook framework's own. Refresh counts the evidence per indicator (shown on Priorities) and
 * lists rows whose indicator id is not in the framework. A "School year" column after them
 * (F, unless the team already uses F) says which year a row is for: only this year's rows (and
 * rows with no year yet) are counted; a new school year stamps the blank ones with last year.
 */
export const EVIDENCE_COLUMNS = [
  { header: 'Indicator id', width: 80, key: 'indicator' },
  { header: 'Date', width: 90, key: 'date' },
  { header: 'Page title', width: 220, key: 'title' },
  { header: 'URL', width: 220, key: 'url' },
  { header: 'Evidence', width: 420, key: 'evidence' },
] as const;
/**
 * Row 1 (hidden) holds a key above each of our columns, so each column is found wherever the
 * team moved it and whatever they call it, and a column they inserted is never read or written.
 * A key row without a column's key means that column was deleted.
 */
const KEY_ROW = 1;
const YEAR_KEY = 'year';
/** Every key the add-on writes in the hidden row 1. */
const OUR_KEYS = new Set<unknown>([...EVIDENCE_COLUMNS.map((c) => c.key), YEAR_KEY]);
const HEADER_ROW = 4;
const TITLE = 'Evidence log';
/** How the add-on's instructions (row 3) begin, in every version: other text there is the team's. */
const INSTRUCTIONS_START = "Paste rows copied from the toolkit's Chrome extension";
const FIRST_ROW = 5;

type EvidenceKey = (typeof EVIDENCE_COLUMNS)[number]['key'];
/** Where each of our columns is (1-based); a column the team deleted has none. */
export type EvidenceColumns = Map<EvidenceKey, number>;

const INDICATOR = EVIDENCE_COLUMNS[0];

/** The text of a header cell, compared without case or surrounding spaces. */
function headerText(cell: unknown): string {
  return typeof cell === 'string' ? cell.trim().toLowerCase() : '';
}

/** Whether row 1 holds the key of any of the extension's five columns (written since the key row exists). */
function hasKeyRow(grid: unknown[][]): boolean {
  const keys = grid[KEY_ROW - 1] ?? [];
  return EVIDENCE_COLUMNS.some((c) => keys.includes(c.key));
}

/**
 * Each of the extension's columns: the one keyed for it in the hidden row 1, else (a log from
 * before the key row, or a column the team added back under our header in a column no key of
 * ours is over) the one headed with its header text, else, only on a log from before the key
 * row, its place in the extension's order (A–E) when no other column of ours is there. On a
 * keyed log a column without its key was deleted and has none here; an Indicator id column
 * deleted from a log with no rows yet comes back after everything in use, since nothing in the
 * log can be misread.
 */
export function evidenceColumns(grid: unknown[][]): EvidenceColumns {
  const keys = grid[KEY_ROW - 1] ?? [];
  const header = grid[HEADER_ROW - 1] ?? [];
  const keyed = hasKeyRow(grid);
  const columns: EvidenceColumns = new Map();
  for (const { key, header: text } of EVIDENCE_COLUMNS) {
    const byKey = keys.indexOf(key);
    const byHeader = header.findIndex(
      (cell, c) => headerText(cell) === text.toLowerCase() && !OUR_KEYS.has(keys[c]),
    );
    if (byKey >= 0) columns.set(key, byKey + 1);
    else if (byHeader >= 0) columns.set(key, byHeader + 1);
  }
  if (!keyed) {
    const taken = new Set(columns.values());
    EVIDENCE_COLUMNS.forEach(({ key }, i) => {
      if (!columns.has(key) && !taken.has(i + 1)) columns.set(key, i + 1);
    });
  } else if (!columns.has(INDICATOR.key) && !hasDataRows(grid, columns)) {
    columns.set(INDICATOR.key, usedWidth(grid) + 1);
  }
  return columns;
}

/**
 * The "School year" column: the one keyed "year" in the hidden row 1 (renamed or moved, it is
 * still ours), else the one headed "School year" (a sheet from before the key row, or a column
 * the team added back), else the column after the extension's when nobody uses it, else the
 * first column after everything in use, so a team's own column is never written into. Undefined
 * when the key row is there but the School year column is not and the log has rows: the team
 * deleted it, and a new one would count every earlier year's rows again (nothing records whether
 * any were stamped, so this is assumed). A log with no rows gets the column back, key and header,
 * as nothing can be recounted.
 */
export function evidenceYearColumn(
  grid: unknown[][],
  columns: EvidenceColumns = evidenceColumns(grid),
): number | undefined {
  const keys = grid[KEY_ROW - 1] ?? [];
  const keyed = keys.indexOf(YEAR_KEY);
  if (keyed >= 0) return keyed + 1;
  const ourColumns = new Set(columns.values());
  const header = grid[HEADER_ROW - 1] ?? [];
  const named = header.findIndex(
    (cell, c) => !ourColumns.has(c + 1) && headerText(cell) === SCHOOL_YEAR_HEADER.toLowerCase(),
  );
  if (named >= 0) return named + 1;
  // With no data rows nothing can be counted twice: an empty log gets its column back.
  if (hasKeyRow(grid) && hasDataRows(grid, columns)) return undefined;
  const wanted = Math.max(EVIDENCE_COLUMNS.length, ...ourColumns) + 1;
  const free = grid.every((row, r) => r + 1 < HEADER_ROW || isEmptyCell(row[wanted - 1]));
  return free ? wanted : Math.max(wanted, usedWidth(grid) + 1);
}

/** Whether any row below the headers holds anything in one of our columns. */
function hasDataRows(grid: unknown[][], columns: EvidenceColumns): boolean {
  const ours = [...columns.values()];
  return grid.some((row, r) => r + 1 >= FIRST_ROW && ours.some((c) => !isEmptyCell(row[c - 1])));
}

/**
 * Whether row 1 holds text of the team's (anything but our keys): then it is never hidden, and
 * on a log from before the key row no keys are written there (its columns are found by their
 * headers instead).
 */
function teamTextInKeyRow(grid: unknown[][]): boolean {
  return (grid[KEY_ROW - 1] ?? []).some((cell) => !isEmptyCell(cell) && !OUR_KEYS.has(cell));
}

export interface EvidenceLog {
  /** This year's rows only. */
  counts: Map<string, number>;
  problems: ValueError[];
  rows: number;
  /** The column holding each row's school year; undefined when it was deleted (see `notice`). */
  yearColumn: number | undefined;
  /** Rows (1-based) with evidence and no school year yet. */
  unstamped: number[];
  /** Rows kept from other school years (not counted). */
  otherYears: number;
  /** Why no row was counted: the School year or Indicator id column is gone. */
  notice?: string;
}

/** What the team is told when the School year column is gone. */
function yearColumnGone(sheetName: string): string {
  return `Sheet "${sheetName}": the ${SCHOOL_YEAR_HEADER} column is gone (the hidden row 1 no longer has its key "${YEAR_KEY}"), so the add-on cannot tell last year's rows from this year's and counts no evidence from this sheet. Undo the deletion (Edit › Undo, or File › Version history), or add a column headed "${SCHOOL_YEAR_HEADER}" with each row's year (blank for this year's rows).`;
}

/** What the team is told when the Indicator id column is gone. */
function indicatorColumnGone(sheetName: string): string {
  return `Sheet "${sheetName}": the ${INDICATOR.header} column is gone (the hidden row 1 no longer has its key "${INDICATOR.key}"), so the add-on cannot tell which indicator a row is for and counts no evidence from this sheet. Undo the deletion (Edit › Undo, or File › Version history), or add a column headed "${INDICATOR.header}" with each row's indicator id.`;
}

export function readEvidenceLog(
  sheetName: string,
  grid: unknown[][],
  framework: Framework,
  years?: SchoolYears,
): EvidenceLog {
  const ids = new Set(ratedItems(framework).map((i) => i.id));
  const counts = new Map<string, number>();
  const problems: ValueError[] = [];
  const columns = evidenceColumns(grid);
  const yearColumn = evidenceYearColumn(grid, columns);
  const unstamped: number[] = [];
  let rows = 0;
  let otherYears = 0;
  const idColumn = columns.get('indicator');
  if (yearColumn === undefined || idColumn === undefined) {
    const notice = [
      ...(idColumn === undefined ? [indicatorColumnGone(sheetName)] : []),
      ...(yearColumn === undefined ? [yearColumnGone(sheetName)] : []),
    ].join(' ');
    return { counts, problems, rows, yearColumn, unstamped, otherYears, notice };
  }
  const cellOf = (row: unknown[], key: EvidenceKey) => {
    const column = columns.get(key);
    return column === undefined ? '' : row[column - 1];
  };
  grid.forEach((row, r) => {
    if (r + 1 < FIRST_ROW) return;
    const idCell = row[idColumn - 1];
    const dateCell = cellOf(row, 'date');
    const yearCell = row[yearColumn - 1];
    // A row is evidence once anything is in our columns: text pasted beside the Indicator id
    // column (extension rows pasted into rearranged columns) is reported, not skipped.
    const cells = [...columns.values(), yearColumn].map((c) => row[c - 1]);
    if (cells.every(isEmptyCell)) return;
    // A header row pasted along with the data is not evidence.
    if (typeof idCell === 'string' && /^indicator( id)?$/i.test(idCell.trim())) return;
    if (isEmptyCell(yearCell)) unstamped.push(r + 1);
    if (years && !isEmptyCell(yearCell) && !isSchoolYearName(yearCell)) {
      const at = { sheet: sheetName, row: r + 1, column: columnLetter(yearColumn) };
      problems.push({
        location: at,
        value: yearCell,
        message: `${formatLocation(at)}: "${String(yearCell)}" is not a school year (write it as ${years.current}, or leave it blank for this year's rows), so this row is not counted.`,
      });
      return;
    }
    if (years && !isThisSchoolYear(yearCell, years)) {
      otherYears++;
      return;
    }
    rows++;
    const location = { sheet: sheetName, row: r + 1, column: columnLetter(idColumn) };
    const resolved = resolveEvidenceId(
      isEmptyCell(idCell) ? '' : String(idCell).trim(),
      framework,
      ids,
    );
    if ('refused' in resolved) {
      problems.push({
        location,
        value: idCell,
        message: `${formatLocation(location)}: ${resolved.refused}`,
      });
      return;
    }
    const { id } = resolved;
    if (
      !isEmptyCell(dateCell) &&
      !isDate(dateCell) &&
      !/^\d{4}-\d{2}-\d{2}$/.test(String(dateCell).trim())
    ) {
      const at = { ...location, column: columnLetter(columns.get('date') ?? idColumn) };
      problems.push({
        location: at,
        value: dateCell,
        message: `${formatLocation(at)}: "${String(dateCell)}" is not a date written YYYY-MM-DD.`,
      });
    }
    counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return { counts, problems, rows, yearColumn, unstamped, otherYears };
}

/** `pta-2022:2.1.2`: a framework id (as the framework format allows), a colon, an item id. */
const PREFIXED_ID = /^([a-z0-9][a-z0-9-]{0,62})\s*:\s*(\S.*)$/i;

/**
 * The workbook's rated item an Evidence log id counts for, or why the row is refused. An id
 * from another framework counts for the one rated item whose `mapsTo` names that id or one of
 * its ancestors (PTA 2022 indicator 2.1.2 counts for the PTA 2008 standard mapped to PTA 2022
 * standard 2), never for an item that merely has the same id: KB-R 2.1.2 is another indicator.
 */
export function resolveEvidenceId(
  cell: string,
  framework: Framework,
  ids: ReadonlySet<string>,
): { id: string } | { refused: string } {
  const notCounted = 'so this row is not counted.';
  if (cell === '') return { refused: 'the indicator id is missing.' };
  const prefixed = PREFIXED_ID.exec(cell);
  const sourceId = prefixed?.[1]?.toLowerCase();
  const itemId = prefixed?.[2]?.trim() ?? cell;
  if (!prefixed || sourceId === framework.id) {
    return ids.has(itemId)
      ? { id: itemId }
      : { refused: `"${cell}" is not an indicator of ${frameworkTitle(framework)}.` };
  }
  const source =
    sourceId && isBuiltInFrameworkId(sourceId) ? builtInFramework(sourceId) : undefined;
  if (source && !ratedNodes(source).some((node) => node.id === itemId)) {
    return { refused: `"${cell}" is not an indicator of ${frameworkTitle(source)}, ${notCounted}` };
  }
  const mapped = mappedItems(framework, sourceId ?? '', itemId).filter((id) => ids.has(id));
  if (mapped.length === 1 && mapped[0]) return { id: mapped[0] };
  const mapsNone = `${frameworkTitle(framework)} maps none of its items to it, ${notCounted}`;
  if (mapped.length > 1) {
    return {
      refused: `"${cell}" is mapped to by several items of ${frameworkTitle(framework)} (${mapped.join(', ')}), so it cannot be counted for one; put the right id in this cell.`,
    };
  }
  return source
    ? { refused: `"${cell}" is indicator ${itemId} of ${frameworkTitle(source)}, and ${mapsNone}` }
    : { refused: `"${cell}" names framework "${sourceId}", and ${mapsNone}` };
}

function frameworkTitle(framework: Framework): string {
  return `${framework.name} (${framework.edition})`;
}

/**
 * Rated items of `framework` whose own `mapsTo`, or an enclosing item's, names the other
 * framework's `itemId` or an ancestor of it ("2" for "2.1.2"). Only level-1 items carry
 * `mapsTo`, so a rated item inherits its standard's mapping.
 */
function mappedItems(framework: Framework, sourceId: string, itemId: string): string[] {
  const covers = (mappedId: string) => itemId === mappedId || itemId.startsWith(`${mappedId}.`);
  const mappedStandards = new Set(
    framework.items
      .filter((item) => (item.mapsTo ?? []).some((m) => m.framework === sourceId && covers(m.id)))
      .map((item) => item.id),
  );
  return ratedItems(framework)
    .filter((item) => mappedStandards.has(item.standardId))
    .map((item) => item.id);
}

/**
 * Where to paste the extension's rows, which always come in its order (indicator id, date, page
 * title, URL, evidence): at the Indicator id column while the log's five columns are side by side
 * in that order, wherever the team moved them as a block. Once the team rearranged or deleted
 * one, a paste would put text in the wrong columns, so the team is told to paste elsewhere
 * first; a row pasted here anyway is listed by Refresh (its ids or its School year cannot be read).
 */
function pasteInstructions(columns: EvidenceColumns): string {
  const start = columns.get(INDICATOR.key) ?? 1;
  const inOrder = EVIDENCE_COLUMNS.every(({ key }, i) => columns.get(key) === start + i);
  const order =
    'indicator id (the extension writes its framework first, as in pta-2022:2.1.2), date, page title, URL, evidence';
  const letter = columnLetter(start);
  return inOrder
    ? `${INSTRUCTIONS_START} ("Copy rows for Sheets") in column ${letter} of the first empty row (${letter}${FIRST_ROW} when the log is empty): ${order}.`
    : `${INSTRUCTIONS_START} ("Copy rows for Sheets") into an empty sheet first: this log's columns are not in the order of the extension’s rows (${order}), so copy each column into its place here.`;
}

/**
 * The sheet's title, instructions, headers and hidden key row; with `stamp`, last year's name
 * written into the School year cell of every row that has none (a new school year). A key or
 * School year header goes only into an empty cell (or one already ours), so a header the team
 * renamed stays as they wrote it. Without `year.column` (the team deleted it) nothing is written
 * for the School year.
 */
export function evidenceLogSheet(
  name: string,
  year: { column: number | undefined; stamp?: { rows: number[]; year: string } } = {
    column: EVIDENCE_COLUMNS.length + 1,
  },
  grid: unknown[][] = [],
): SheetPlan {
  const emptyOr = (row: number, column: number, ours: string) => {
    const cell = grid[row - 1]?.[column - 1];
    return isEmptyCell(cell) || cell === ours;
  };
  // Row 1 with the team's text is theirs: never hidden, and keyed only if the key row was there.
  const teamText = teamTextInKeyRow(grid);
  const keyRowThere = hasKeyRow(grid);
  // Only the columns that are there: one the team deleted is not put back among theirs.
  const columns = evidenceColumns(grid);
  const ours = EVIDENCE_COLUMNS.flatMap((c) => {
    const column = columns.get(c.key);
    return column === undefined ? [] : [{ ...c, column }];
  });
  const keyBlocks = [
    ...ours.map((c) => ({ column: c.column, key: c.key as string })),
    ...(year.column ? [{ column: year.column, key: YEAR_KEY }] : []),
  ]
    .filter((k) => emptyOr(KEY_ROW, k.column, k.key) && (!teamText || keyRowThere))
    .map((k) => ({ row: KEY_ROW, column: k.column, values: [[k.key]] }));
  const yearColumn = year.column;
  return {
    kind: 'evidence-log',
    key: 'main',
    name,
    mode: 'update',
    blocks: [
      ...bannerBlock(grid, 2, TITLE, (v) => v === TITLE, { bold: true, fontSize: 14 }),
      ...bannerBlock(
        grid,
        3,
        `${pasteInstructions(columns)} Add your own rows the same way. Priorities counts the evidence for each indicator from this school year: a row whose ${SCHOOL_YEAR_HEADER} is blank or this year. "Start new school year" fills in last year for the rows that have none, so they are kept here but no longer counted.`,
        (v) => v.startsWith(INSTRUCTIONS_START),
        { italic: true },
      ),
      // Headers go only into empty cells or ours: a header the team translated stays.
      ...keyedHeaderBlocks(
        grid,
        { header: HEADER_ROW },
        ours.map((c) => c.column),
        ours.map((c) => c.header),
        { bold: true, background: '#eeeeee' },
      ),
      ...keyBlocks,
      ...(yearColumn && emptyOr(HEADER_ROW, yearColumn, SCHOOL_YEAR_HEADER)
        ? [
            {
              row: HEADER_ROW,
              column: yearColumn,
              values: [[SCHOOL_YEAR_HEADER]],
              bold: true,
              background: '#eeeeee',
            },
          ]
        : []),
    ],
    ...(yearColumn && year.stamp
      ? { fills: [schoolYearStampFill(year.stamp.rows, yearColumn, year.stamp.year)] }
      : {}),
    frozenRows: HEADER_ROW,
    hiddenRows: teamText ? [] : [{ row: KEY_ROW, count: 1 }],
    columnWidths: [
      ...ours.map((c) => ({ column: c.column, count: 1, width: c.width })),
      ...(yearColumn ? [{ column: yearColumn, count: 1, width: 90 }] : []),
    ],
  };
}
