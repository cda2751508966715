import { builtInFramework, type Framework, isBuiltInFrameworkId } from '../../shared/frameworks';
import { parseRole, parseTeamLevel, type Rating } from '../../shared/scoring';
import { type Cell, isEmptyCell, toCell } from './cells';
import type { SheetPlan } from './plan';
import { RATINGS_COLUMNS } from './ratings-table';

/**
 * "Ratings archive": every past school year's ratings as values, in the Ratings table's first
 * eleven columns plus what was typed and any problem with it, so nothing is lost when a new year
 * starts and last year can be compared with this one.
 */
export const ARCHIVE_HEADERS = [
  ...RATINGS_COLUMNS.slice(0, 11).map((c) => c.header),
  'As entered',
  'Problem',
  'Archived on',
  'Cell notes',
];
const FIRST_ROW = 3;

export interface ArchiveRow {
  schoolYear: string;
  rater: string;
  role: string;
  frameworkId: string;
  itemId: string;
  standard: string;
  goal: string;
  rating: string;
  score: number | '';
  evidence: unknown;
  updated: unknown;
  entered: unknown;
  problem: string;
  archivedOn: Date;
  /** The notes (Insert › Note) on the Rating and Evidence cells, one per line. */
  notes: string;
}

/** An archive row as the sheet holds it, in ARCHIVE_HEADERS order. */
export function archiveRowCells(r: ArchiveRow): Cell[] {
  return [
    r.schoolYear,
    r.rater,
    r.role,
    r.frameworkId,
    r.itemId,
    r.standard,
    r.goal,
    r.rating,
    r.score,
    toCell(r.evidence),
    toCell(r.updated),
    toCell(r.entered),
    r.problem,
    r.archivedOn,
    r.notes,
  ];
}

export interface ArchiveState {
  lastRow: number;
  rows: unknown[][];
}

export function readArchive(grid: unknown[][]): ArchiveState {
  const rows = grid.slice(FIRST_ROW - 1).filter((row) => row.some((cell) => !isEmptyCell(cell)));
  return { lastRow: Math.max(FIRST_ROW - 1, grid.length), rows };
}

/**
 * What identifies an archived entry: its cells up to "As entered", except the Updated date (a
 * date read back from the sheet may differ by the spreadsheet's time zone) and "Archived on".
 */
function archivedKey(cells: readonly unknown[]): string {
  const updated = ARCHIVE_HEADERS.indexOf('Updated');
  return JSON.stringify(
    cells
      .slice(0, ARCHIVE_HEADERS.indexOf('As entered') + 1)
      .filter((_, i) => i !== updated)
      .map((cell) =>
        cell instanceof Date ? cell.getTime() : isEmptyCell(cell) ? '' : String(cell),
      ),
  );
}

/**
 * The rows not in the archive already. "Start new school year" saves the archive before it
 * clears anything, so when it stops half-way and is tried again, the entries still on the rating
 * sheets are archived already: copying them again would count them twice in Year over year.
 */
export function notYetArchived(rows: ArchiveRow[], state: ArchiveState | undefined): ArchiveRow[] {
  const archived = new Set((state?.rows ?? []).map(archivedKey));
  return rows.filter((row) => !archived.has(archivedKey(archiveRowCells(row))));
}

export function archiveSheet(
  name: string,
  state: ArchiveState | undefined,
  append: ArchiveRow[],
): SheetPlan {
  const values = append.map(archiveRowCells);
  const firstNew = Math.max(FIRST_ROW, (state?.lastRow ?? 0) + 1);
  return {
    kind: 'ratings-archive',
    key: 'main',
    name,
    mode: 'update',
    blocks: [
      {
        row: 1,
        column: 1,
        values: [
          [
            'Ratings of past school years, archived by "Start new school year". Nothing here is counted in this year’s dashboard.',
          ],
        ],
        italic: true,
      },
      { row: 2, column: 1, values: [ARCHIVE_HEADERS], bold: true, background: '#eeeeee' },
      ...(values.length > 0
        ? [
            {
              row: firstNew,
              column: 1,
              values,
              columnFormats: ARCHIVE_HEADERS.map((h) =>
                h === 'Updated' || h === 'Archived on' ? 'yyyy-mm-dd' : null,
              ),
            },
          ]
        : []),
    ],
    frozenRows: 2,
    flushAfter: true,
    protection: {
      description: 'Ratings archive: past years, kept by the add-on.',
      unprotected: [],
    },
  };
}

/** Ratings of one archived school year, ready for the scoring core, with the framework they used. */
export function archivedRatings(
  state: ArchiveState,
  schoolYear: string,
  current: Framework,
): { framework: Framework | undefined; ratings: Rating[] } {
  const ratings: Rating[] = [];
  let frameworkId: string | undefined;
  for (const row of state.rows) {
    if (String(row[0]).trim() !== schoolYear) continue;
    const level = parseTeamLevel(row[7]);
    const role = parseRole(row[2]);
    if (level.kind !== 'value' || role.kind !== 'value') continue;
    frameworkId ??= String(row[3]);
    ratings.push({
      raterId: String(row[1]),
      role: role.value,
      itemId: String(row[4]),
      level: level.value,
    });
  }
  const framework =
    frameworkId === current.id
      ? current
      : frameworkId && isBuiltInFrameworkId(frameworkId)
        ? builtInFramework(frameworkId)
        : undefined;
  return { framework, ratings };
}

/** The school years in the archive, in the order they were archived. */
export function archivedYears(state: ArchiveState | undefined): string[] {
  const years: string[] = [];
  for (const row of state?.rows ?? []) {
    const year = String(row[0]).trim();
    if (year && !years.includes(year)) years.push(year);
  }
  return years;
}
