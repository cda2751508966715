import type { Framework } from '../../shared/frameworks';
import { ROLE_LABELS, TEAM_SCALE, teamLevelLabel } from '../../shared/scoring';
import type { Settings } from '../setup/settings';
import { type Cell, columnLetter, formula, sheetRef, textLiteral } from './cells';
import type { ListsLayout } from './lists-sheet';
import type { SheetPlan } from './plan';
import type { PlacedRatingSheet } from './rating-sheets/plan';

/**
 * The tidy Ratings table: one row per rater and rated item, the single source of the dashboard,
 * the pivot tables and the charts. The first eleven columns are the documented export format;
 * the rest say where each value lives and whether the formulas could read it. Every value is a
 * formula that looks the item up by id on the rater's sheet, so the table (and all that is built
 * on it) follows the raters' typing with no script run.
 */
export const RATINGS_COLUMNS = [
  { key: 'schoolYear', header: 'School year', width: 80 },
  { key: 'rater', header: 'Rater', width: 170 },
  { key: 'role', header: 'Role', width: 120 },
  { key: 'framework', header: 'Framework', width: 80 },
  { key: 'itemId', header: 'Indicator id', width: 80 },
  { key: 'standard', header: 'Standard', width: 200 },
  { key: 'goal', header: 'Goal', width: 200 },
  { key: 'rating', header: 'Rating', width: 100 },
  { key: 'score', header: 'Score', width: 60 },
  { key: 'evidence', header: 'Evidence', width: 250 },
  { key: 'updated', header: 'Updated', width: 90 },
  { key: 'sheet', header: 'Sheet', width: 150 },
  { key: 'row', header: 'Row', width: 50 },
  { key: 'column', header: 'Column', width: 60 },
  { key: 'entered', header: 'As entered', width: 110 },
  { key: 'problem', header: 'Problem', width: 200 },
  { key: 'problemCount', header: 'Problem count', width: 70 },
] as const;

export type RatingsColumnKey = (typeof RATINGS_COLUMNS)[number]['key'];

export function ratingsColumn(key: RatingsColumnKey): number {
  return RATINGS_COLUMNS.findIndex((c) => c.key === key) + 1;
}

export const PROBLEM = {
  missingRow: 'Row not found on the rating sheet',
  notARating: 'Not a rating',
} as const;

/** Where the dashboard finds each column of the Ratings table. */
export interface RatingsLayout {
  sheetName: string;
  firstRow: number;
  lastRow: number;
  /** `'Ratings'!$F$2:$F$1471` for a column key. */
  range: (key: RatingsColumnKey) => string;
  /** How many data rows; 0 before anyone is on the team. */
  rows: number;
}

export function ratingsLayout(sheetName: string, rows: number): RatingsLayout {
  const firstRow = 2;
  const lastRow = firstRow + Math.max(rows, 1) - 1;
  return {
    sheetName,
    firstRow,
    lastRow,
    rows,
    range: (key) => {
      const c = columnLetter(ratingsColumn(key));
      return `${sheetRef(sheetName)}$${c}$${firstRow}:$${c}$${lastRow}`;
    },
  };
}

export function ratingsTable(input: {
  name: string;
  settings: Settings;
  framework: Framework;
  placed: PlacedRatingSheet[];
  lists: ListsLayout;
}): { plan: SheetPlan; layout: RatingsLayout } {
  const { settings, framework, placed, lists } = input;
  const rows: Cell[][] = [];
  const col = (key: RatingsColumnKey) => columnLetter(ratingsColumn(key));
  const members = new Map(settings.members.map((m) => [m.id, m]));
  for (const sheet of placed) {
    const ref = sheetRef(sheet.sheetName);
    const idRange = `${ref}$${columnLetter(sheet.idColumn)}$${sheet.firstDataRow}:$${columnLetter(sheet.idColumn)}$${Math.max(sheet.lastDataRow, sheet.firstDataRow)}`;
    for (const raterColumns of sheet.raters) {
      const member = members.get(raterColumns.raterId);
      if (!member) continue;
      const whole = (column: number) =>
        `${ref}$${columnLetter(column)}$1:$${columnLetter(column)}$${Math.max(sheet.lastDataRow, sheet.firstDataRow)}`;
      for (const item of sheet.target.items) {
        const r = 2 + rows.length;
        const at = (key: RatingsColumnKey) => `${col(key)}${r}`;
        const rowRef = at('row');
        const entered = at('entered');
        const trimmed = `TRIM(${entered})`;
        const lookup = `MATCH(${trimmed},${lists.spellings},0)`;
        rows.push([
          settings.schoolYear,
          member.name,
          ROLE_LABELS[member.role].en,
          framework.id,
          item.id,
          item.standard,
          item.goal,
          // The spelling found must equal the text: MATCH alone would let "*" or "?" match as wildcards.
          formula(
            `=IF(${trimmed}="","",IFERROR(IF(INDEX(${lists.spellings},${lookup})=${trimmed},INDEX(${lists.labels},${lookup}),""),""))`,
          ),
          formula(`=${scoreFormula(at('rating'))}`),
          formula(`=IF(${rowRef}="","",INDEX(${whole(raterColumns.evidence)},${rowRef})&"")`),
          formula(
            `=IF(${rowRef}="","",IF(INDEX(${whole(raterColumns.updated)},${rowRef})="","",INDEX(${whole(raterColumns.updated)},${rowRef})))`,
          ),
          sheet.sheetName,
          formula(`=IFERROR(MATCH(${at('itemId')},${idRange},0)+${sheet.firstDataRow - 1},"")`),
          columnLetter(raterColumns.rating),
          formula(`=IF(${rowRef}="","",INDEX(${whole(raterColumns.rating)},${rowRef})&"")`),
          formula(
            `=IF(${rowRef}="",${textLiteral(PROBLEM.missingRow)},IF(AND(${trimmed}<>"",${at('rating')}=""),${textLiteral(PROBLEM.notARating)},""))`,
          ),
          formula(`=N(${col('problemCount')}${r - 1})+IF(${at('problem')}="",0,1)`),
        ]);
      }
    }
  }
  const layout = ratingsLayout(input.name, rows.length);
  const formats = RATINGS_COLUMNS.map((c) => (c.key === 'updated' ? 'yyyy-mm-dd' : null));
  const plan: SheetPlan = {
    kind: 'ratings',
    key: 'main',
    name: input.name,
    mode: 'replace',
    blocks: [
      {
        row: 1,
        column: 1,
        values: [RATINGS_COLUMNS.map((c) => c.header)],
        bold: true,
        background: '#eeeeee',
      },
      ...(rows.length > 0 ? [{ row: 2, column: 1, values: rows, columnFormats: formats }] : []),
    ],
    frozenRows: 1,
    columnWidths: RATINGS_COLUMNS.map((c, i) => ({ column: i + 1, count: 1, width: c.width })),
    protection: {
      description:
        'Ratings: formulas that read the rating sheets. Type ratings on the rating sheets instead.',
      unprotected: [],
    },
  };
  return { plan, layout };
}

/** Excelling 3, Progressing 2, Emerging 1, Below 0; blank for Not sure and for no rating. */
export function scoreFormula(ratingCell: string): string {
  let out = '""';
  for (const entry of [...TEAM_SCALE].reverse()) {
    if (entry.score === null) continue;
    out = `IF(${ratingCell}=${textLiteral(teamLevelLabel(entry.level))},${entry.score},${out})`;
  }
  return out;
}
