import { isEmptyCell, isFormula, rangeA1 } from './cells';
import type { ChartPlan, RangeRef, SheetPlan } from './plan';

/**
 * A sheet the add-on rebuilds (the Dashboard) can also hold charts the team inserted. Google keeps
 * a chart's id (EmbeddedChart.getChartId) for as long as the chart exists, wherever the team drags
 * it, so the add-on remembers the ids of the charts it inserted in the sheet's developer metadata
 * and replaces only those. Every other chart is the team's and is never touched.
 */

/** Developer metadata key on a sheet: JSON array of the ids of the charts the add-on inserted there. */
export const CHART_IDS_METADATA_KEY = 'fsp.charts';

/** The remembered ids, from the metadata's value; nothing for a value the add-on did not write. */
export function parseChartIds(value: string | null | undefined): number[] {
  try {
    const parsed: unknown = JSON.parse(value ?? '');
    return Array.isArray(parsed) ? parsed.filter((id) => Number.isInteger(id)) : [];
  } catch {
    return [];
  }
}

/** A chart on the sheet, as far as telling ours from the team's needs it. */
export interface ExistingChart {
  id: number | null;
  /** Read only when no remembered id is on the sheet (see ownChartIndexes). */
  title?: string;
  /** The ranges it draws from on its own sheet. */
  ranges?: RangeRef[];
  anchor?: { row: number; column: number };
}

/**
 * Whether the ids remembered tell the add-on's charts on this sheet: at least one of them is
 * still there. When none is (charts made by a version that remembered nothing, or a copy of the
 * sheet, whose charts Google gives new ids), the charts' titles and places decide instead.
 */
export function idsRecogniseCharts(
  existing: readonly Pick<ExistingChart, 'id'>[],
  remembered: readonly number[],
): boolean {
  return existing.some((chart) => chart.id !== null && remembered.includes(chart.id));
}

/**
 * The indexes of the add-on's own charts among `existing`. By remembered id; otherwise a chart
 * with a planned chart's title that draws from exactly its cells is taken as the add-on's, one
 * chart per planned chart, preferring the one still at the planned place: a chart of ours the team
 * dragged elsewhere is still ours (replaced, not duplicated), and a team chart with the same title
 * but cells of its own is the team's. Once replaced, the new charts' ids are remembered and this
 * guess is never needed again.
 */
export function ownChartIndexes(
  existing: readonly ExistingChart[],
  remembered: readonly number[],
  planned: readonly ChartPlan[],
): number[] {
  if (idsRecogniseCharts(existing, remembered))
    return existing.flatMap((chart, i) =>
      chart.id !== null && remembered.includes(chart.id) ? [i] : [],
    );
  const out: number[] = [];
  for (const plan of planned) {
    const candidates = existing.flatMap((chart, i) =>
      !out.includes(i) && chart.title === plan.title && sameRanges(chart.ranges, plan.ranges)
        ? [i]
        : [],
    );
    const atPlace = candidates.find(
      (i) =>
        existing[i]?.anchor?.row === plan.position.row &&
        existing[i]?.anchor?.column === plan.position.column,
    );
    const match = atPlace ?? candidates[0];
    if (match !== undefined) out.push(match);
  }
  return out;
}

const rangeKey = (r: RangeRef) => `${r.row},${r.column},${r.rows},${r.columns}`;

/** The same set of cells, in any order; a chart read without its ranges matches none. */
function sameRanges(a: readonly RangeRef[] | undefined, b: readonly RangeRef[]): boolean {
  if (!a || a.length !== b.length) return false;
  const keys = new Set(a.map(rangeKey));
  return b.every((r) => keys.has(rangeKey(r)));
}

/** A team's chart kept on a sheet the add-on rebuilds, with the ranges it draws from on that sheet. */
export interface KeptTeamChart {
  title: string;
  rangesOnSheet: RangeRef[];
}

const overlap = (a: RangeRef, row: number, column: number) =>
  row >= a.row && row < a.row + a.rows && column >= a.column && column < a.column + a.columns;

/** Whether the rebuilt sheet's plan writes anything into `range` (a value or formula; not a blank). */
function planFills(plan: SheetPlan, range: RangeRef): boolean {
  for (const block of plan.blocks) {
    for (let r = 0; r < block.values.length; r++) {
      const row = block.values[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!isFormula(cell) && isEmptyCell(cell)) continue;
        if (overlap(range, block.row + r, block.column + c)) return true;
      }
    }
  }
  return (plan.fills ?? []).some(
    (fill) =>
      !isEmptyCell(fill.value) &&
      fill.ranges.some(
        (area) =>
          area.row < range.row + range.rows &&
          range.row < area.row + area.rows &&
          area.column < range.column + range.columns &&
          range.column < area.column + area.columns,
      ),
  );
}

/**
 * What the team is told about its charts on a sheet the add-on rebuilds: a chart kept whose
 * ranges on that sheet are all empty after the rebuild (it drew from cells the rebuild cleared)
 * is named by its title, with the cells, so the team can point it elsewhere.
 */
export function keptChartNotices(
  sheetName: string,
  plan: SheetPlan,
  charts: readonly KeptTeamChart[],
): string[] {
  return charts.flatMap((chart) => {
    const { rangesOnSheet } = chart;
    if (rangesOnSheet.length === 0 || rangesOnSheet.some((range) => planFills(plan, range)))
      return [];
    const name = chart.title ? `Your chart "${chart.title}"` : 'Your untitled chart';
    return [
      `${name} on "${sheetName}" is kept, but the cells it draws from (${rangesOnSheet.map(rangeA1).join(', ')}) are empty now: the add-on rebuilds that sheet at every refresh. Point the chart at cells on a sheet of your own (Edit chart › Setup › Data range).`,
    ];
  });
}
