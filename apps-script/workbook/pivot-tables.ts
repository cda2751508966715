import type { Framework } from '../../shared/frameworks';
import { SCORED_LEVELS, TEAM_SCALE, teamLevelLabel } from '../../shared/scoring';
import type { SheetPlan } from './plan';
import { RATINGS_COLUMNS, type RatingsLayout, ratingsColumn } from './ratings-table';

/**
 * Two pivot tables on the Ratings table, which Google Sheets recomputes as ratings change:
 * mean score by standard × role, and number of ratings by level × standard.
 */
export function pivotTablesSheet(input: {
  name: string;
  framework: Framework;
  ratings: RatingsLayout;
}): SheetPlan {
  const { framework, ratings } = input;
  const standardCount = framework.items.length;
  const source = {
    sheet: { kind: 'ratings' as const, key: 'main' },
    range: { row: 1, column: 1, rows: ratings.lastRow, columns: RATINGS_COLUMNS.length },
  };
  const [standardName] = framework.levels;
  const secondTitleRow = 4 + standardCount + 5;
  return {
    kind: 'pivot-tables',
    key: 'main',
    name: input.name,
    mode: 'replace',
    blocks: [
      {
        row: 1,
        column: 1,
        values: [
          [
            'Pivot tables on the Ratings sheet. Google Sheets keeps them up to date; use them as the starting point for your own.',
          ],
        ],
        italic: true,
      },
      {
        row: 3,
        column: 1,
        values: [[`Mean score (0–3) by ${standardName.toLowerCase()} and role`]],
        bold: true,
      },
      {
        row: secondTitleRow,
        column: 1,
        values: [[`Number of ratings by level and ${standardName.toLowerCase()}`]],
        bold: true,
      },
    ],
    pivotTables: [
      {
        anchor: { row: 4, column: 1 },
        source,
        rows: [{ sourceColumn: ratingsColumn('standard') }],
        columns: [{ sourceColumn: ratingsColumn('role') }],
        values: [
          { sourceColumn: ratingsColumn('score'), summarize: 'AVERAGE', label: 'Mean score' },
        ],
        filters: [
          {
            sourceColumn: ratingsColumn('rating'),
            visibleValues: [...SCORED_LEVELS].reverse().map((l) => teamLevelLabel(l)),
          },
        ],
      },
      {
        anchor: { row: secondTitleRow + 1, column: 1 },
        source,
        rows: [{ sourceColumn: ratingsColumn('rating'), label: 'Level' }],
        columns: [{ sourceColumn: ratingsColumn('standard') }],
        values: [{ sourceColumn: ratingsColumn('itemId'), summarize: 'COUNTA', label: 'Ratings' }],
        filters: [
          {
            sourceColumn: ratingsColumn('rating'),
            visibleValues: TEAM_SCALE.map((e) => teamLevelLabel(e.level)),
          },
        ],
      },
    ],
  };
}
