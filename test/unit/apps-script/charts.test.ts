import { describe, expect, it } from 'vitest';
import { formula } from '../../../apps-script/workbook/cells';
import {
  keptChartNotices,
  ownChartIndexes,
  parseChartIds,
} from '../../../apps-script/workbook/charts';
import type { ChartPlan, SheetPlan } from '../../../apps-script/workbook/plan';

const meanChart: ChartPlan = {
  type: 'bar',
  title: 'Mean score by standard',
  ranges: [{ row: 10, column: 1, rows: 7, columns: 1 }],
  position: { row: 1, column: 14 },
};
const levelChart: ChartPlan = {
  ...meanChart,
  title: 'Ratings by level',
  position: { row: 21, column: 14 },
};

describe('telling the add-on’s charts from the team’s', () => {
  it('by remembered id, wherever the chart was moved; every other chart is the team’s', () => {
    const existing = [
      { id: 7, title: 'Mean score by standard', anchor: { row: 1, column: 14 } },
      { id: 8 },
      { id: 9 },
    ];
    expect(ownChartIndexes(existing, [8, 42], [meanChart, levelChart])).toEqual([1]);
  });

  it('with no remembered id on the sheet (an older version, or a copy of the sheet), by exact title and cells, once per planned chart, preferring the one at the planned place', () => {
    const ours = meanChart.ranges;
    const existing = [
      // A team chart with our title but cells of its own.
      {
        id: 49,
        title: 'Mean score by standard',
        ranges: [{ row: 40, column: 1, rows: 3, columns: 2 }],
        anchor: { row: 1, column: 14 },
      },
      // Ours, and a team copy of it elsewhere: the one at the planned place is taken.
      { id: 50, title: 'Mean score by standard', ranges: ours, anchor: { row: 60, column: 1 } },
      { id: 51, title: 'Mean score by standard', ranges: ours, anchor: { row: 1, column: 14 } },
      // Ours, dragged elsewhere by the team: still ours, so it is replaced, not duplicated.
      { id: 52, title: 'Ratings by level', ranges: ours, anchor: { row: 30, column: 14 } },
      { id: 53, title: 'Our volunteers', ranges: ours, anchor: { row: 21, column: 14 } },
      // Read without ranges: never taken.
      { id: 54, title: 'Ratings by level', anchor: { row: 21, column: 14 } },
    ];
    // Ids 1-3 were the original sheet's: none is here.
    expect(ownChartIndexes(existing, [1, 2, 3], [meanChart, levelChart])).toEqual([2, 3]);
  });

  it('reads only the ids the add-on wrote', () => {
    expect(parseChartIds('[3,4]')).toEqual([3, 4]);
    expect(parseChartIds('[3,"x",4.5]')).toEqual([3]);
    expect(parseChartIds('not json')).toEqual([]);
    expect(parseChartIds(undefined)).toEqual([]);
  });
});

describe('a team chart kept on a rebuilt sheet', () => {
  const plan: SheetPlan = {
    kind: 'dashboard',
    key: 'main',
    name: 'Dashboard',
    mode: 'replace',
    blocks: [
      {
        row: 10,
        column: 1,
        values: [
          ['Standard', formula('=1+1')],
          ['', ''],
        ],
      },
    ],
  };

  it('is named, with its cells, only when everything it draws from on that sheet is empty after the rebuild', () => {
    const notices = keptChartNotices('Dashboard', plan, [
      { title: 'Reads our table', rangesOnSheet: [{ row: 10, column: 2, rows: 2, columns: 1 }] },
      { title: 'Elsewhere only', rangesOnSheet: [] },
      { title: '', rangesOnSheet: [{ row: 11, column: 1, rows: 1, columns: 2 }] },
    ]);
    expect(notices).toEqual([
      'Your untitled chart on "Dashboard" is kept, but the cells it draws from (A11:B11) are empty now: the add-on rebuilds that sheet at every refresh. Point the chart at cells on a sheet of your own (Edit chart › Setup › Data range).',
    ]);
  });
});
