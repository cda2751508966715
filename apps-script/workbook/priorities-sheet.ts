import type { Framework } from '../../shared/frameworks';
import { type Priorities, type PriorityRow, teamLevelLabel } from '../../shared/scoring';
import { type Cell, isEmptyCell } from './cells';
import { formatStamp } from './dashboard';
import { groupLabel } from './framework-labels';
import type { Block, SheetPlan } from './plan';

/**
 * The discussion agenda, computed by the scoring core at each refresh: indicators by low mean and
 * by disagreement, each with its goal's guiding question. A tick in "Add to action plan" puts the
 * indicator on the Action plan at the next refresh; ticks survive every rebuild (read by id).
 * "On the action plan" remembers, while the tick stays, that the add-on put the indicator there:
 * a row the team then deletes is not added back while it stays ticked. Unticking forgets that
 * (onEdit blanks the mark at once, so untick and tick again brings the row back at the next
 * refresh, with no refresh needed in between).
 */
const COLUMNS = [
  { header: 'Rank', width: 50, format: null },
  { header: 'Id', width: 60, format: null },
  { header: 'Indicator', width: 300, format: null },
  { header: 'Standard', width: 170, format: null },
  { header: 'Guiding question', width: 280, format: null },
  { header: 'Mean (0–3)', width: 75, format: '0.00' },
  { header: 'Level', width: 95, format: null },
  { header: 'At Progressing or above', width: 95, format: '0%' },
  { header: 'Spread (SD)', width: 75, format: '0.00' },
  { header: 'Agreement', width: 80, format: '0%' },
  { header: 'Scored ratings', width: 70, format: '0' },
  { header: 'Evidence items', width: 75, format: '0' },
  { header: 'Add to action plan', width: 90, format: null },
  { header: 'On the action plan', width: 190, format: null },
] as const;

const ID_COLUMN = 2;
export const TICK_COLUMN = 13;
export const ON_PLAN_COLUMN = 14;

/** Where a ticked indicator stands with the Action plan, as "On the action plan" says. */
export type PlanMark = 'on-plan' | 'deleted';
const PLAN_MARK_TEXT: Record<PlanMark, string> = {
  'on-plan': 'Yes',
  deleted:
    'Deleted from the Action plan, so not added again. Untick it and tick it again to add it back at the next refresh.',
};
/** Earlier wordings of a mark, still on sheets written by older versions. */
const OLDER_MARK_TEXT: Record<string, PlanMark> = {
  'Deleted from the Action plan, so not added again. Untick it and refresh to add it again later.':
    'deleted',
};

function markOf(text: unknown): PlanMark | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  return (
    (Object.keys(PLAN_MARK_TEXT) as PlanMark[]).find((m) => PLAN_MARK_TEXT[m] === trimmed) ??
    OLDER_MARK_TEXT[trimmed]
  );
}

/** What "On the action plan" said at the last refresh, by indicator id (ticked rows only). */
export function readPlanMarks(grid: unknown[][]): Map<string, PlanMark> {
  const out = new Map<string, PlanMark>();
  for (const row of grid) {
    const id = row[ID_COLUMN - 1];
    const mark = markOf(row[ON_PLAN_COLUMN - 1]);
    if (!isEmptyCell(id) && mark) out.set(String(id).trim(), mark);
  }
  return out;
}

/** A Priorities row's indicator id, trimmed, or undefined for a blank. */
function idAt(row: unknown[] | undefined): string | undefined {
  const id = row?.[ID_COLUMN - 1];
  return isEmptyCell(id) ? undefined : String(id).trim();
}

/**
 * For onEdit, when someone ticks or unticks "Add to action plan" in rows `first`..`last`
 * (1-based) of Priorities: the "On the action plan" column (from row 1) with the marks of those
 * rows' indicators blanked, on every row that lists them, or undefined when none had a mark.
 * Unticking means "forget it": a tick afterwards asks for the row again, even with no refresh
 * between, and an indicator whose row is still on the Action plan is only marked again, never
 * added twice.
 */
export function planMarksAfterTickEdit(
  grid: unknown[][],
  first: number,
  last: number,
): Cell[][] | undefined {
  const edited = new Set(
    grid
      .slice(first - 1, last)
      .map(idAt)
      .filter((id): id is string => id !== undefined),
  );
  let changed = false;
  const column = grid.map((row): Cell[] => {
    const text = row[ON_PLAN_COLUMN - 1];
    const id = idAt(row);
    if (id !== undefined && edited.has(id) && markOf(text)) {
      changed = true;
      return [''];
    }
    return [isEmptyCell(text) ? '' : (text as Cell)];
  });
  return changed ? column : undefined;
}

/**
 * For onEdit, when someone ticks or unticks "Add to action plan" in rows `first`..`last` (1-based)
 * of Priorities: the tick column (from row 1) with each edited indicator's tick copied to every
 * other row listing it (an indicator can be in both tables), or undefined when nothing changes.
 * The team sees one row and means the indicator: an untick left standing on the other row would
 * keep it ticked, and the row the team deleted from the Action plan would come back. Rows edited
 * at once with different ticks for one indicator are left as the team set them.
 */
export function ticksAfterTickEdit(
  grid: unknown[][],
  first: number,
  last: number,
): Cell[][] | undefined {
  const edited = new Map<string, boolean | null>();
  for (const row of grid.slice(first - 1, last)) {
    const id = idAt(row);
    const tick = row[TICK_COLUMN - 1];
    if (id === undefined || typeof tick !== 'boolean') continue;
    const before = edited.get(id);
    edited.set(id, before === undefined || before === tick ? tick : null);
  }
  let changed = false;
  const column = grid.map((row, i): Cell[] => {
    const tick = row[TICK_COLUMN - 1];
    const wanted = edited.get(idAt(row) ?? '');
    const inEdit = i >= first - 1 && i <= last - 1;
    if (!inEdit && typeof tick === 'boolean' && typeof wanted === 'boolean' && wanted !== tick) {
      changed = true;
      return [wanted];
    }
    return [isEmptyCell(tick) ? '' : (tick as Cell)];
  });
  return changed ? column : undefined;
}

/** Ids ticked for the action plan on the current Priorities sheet. */
export function readTickedIds(grid: unknown[][]): Set<string> {
  const out = new Set<string>();
  for (const row of grid) {
    const id = row[ID_COLUMN - 1];
    if (row[TICK_COLUMN - 1] === true && !isEmptyCell(id)) out.add(String(id).trim());
  }
  return out;
}

export function prioritiesSheet(input: {
  name: string;
  framework: Framework;
  priorities: Priorities | undefined;
  ticked: Set<string>;
  /** For ticked indicators: on the Action plan, or deleted from it by the team. */
  planMarks: Map<string, PlanMark>;
  evidenceCounts: Map<string, number>;
  at: Date;
}): SheetPlan {
  const { framework, priorities, ticked, planMarks, evidenceCounts } = input;
  const ratedName = framework.levels[framework.ratedLevel - 1] ?? 'Item';
  const blocks: Block[] = [];
  const checkboxes: Array<{ row: number; rows: number }> = [];
  blocks.push(
    {
      row: 1,
      column: 1,
      values: [[`Priorities: the agenda for the team’s discussion`]],
      bold: true,
      fontSize: 14,
    },
    {
      row: 2,
      column: 1,
      values: [
        [
          `Compiled ${formatStamp(input.at)} by "Refresh dashboard" from every rating sheet. Tick "Add to action plan" and refresh to add the ${ratedName.toLowerCase()} to the Action plan. Rows marked "few" have fewer than ${priorities?.minScored ?? 3} scored ratings.`,
        ],
      ],
      italic: true,
    },
  );
  let row = 4;
  const table = (title: string, rows: PriorityRow[], empty: string) => {
    blocks.push({ row, column: 1, values: [[title]], bold: true, fontSize: 12 });
    row++;
    blocks.push({
      row,
      column: 1,
      values: [COLUMNS.map((c) => c.header)],
      bold: true,
      background: '#eeeeee',
      wrap: true,
    });
    row++;
    if (rows.length === 0) {
      blocks.push({ row, column: 1, values: [[empty]], italic: true });
      row += 2;
      return;
    }
    blocks.push({
      row,
      column: 1,
      values: rows.map((p) => priorityCells(p, ticked, planMarks, evidenceCounts)),
      columnFormats: COLUMNS.map((c) => c.format),
      wrap: true,
    });
    checkboxes.push({ row, rows: rows.length });
    row += rows.length + 1;
  };
  table('Lowest mean first', priorities?.byLowMean ?? [], 'Nothing scored yet.');
  table(
    'Most disagreement first (largest spread, then least agreement)',
    priorities?.byDisagreement ?? [],
    'No item has two scored ratings yet.',
  );
  if (priorities && priorities.unscored.length > 0) {
    table('Not scored yet', priorities.unscored, '');
  }
  const lastRow = row;
  return {
    kind: 'priorities',
    key: 'main',
    name: input.name,
    mode: 'replace',
    tabColor: '#e69138',
    blocks,
    frozenRows: 0,
    columnWidths: COLUMNS.map((c, i) => ({ column: i + 1, count: 1, width: c.width })),
    validations:
      checkboxes.length > 0
        ? {
            row: checkboxes[0]?.row ?? 1,
            column: TICK_COLUMN,
            rules: Array.from({ length: lastRow - (checkboxes[0]?.row ?? 1) }, (_, i) => {
              const r = (checkboxes[0]?.row ?? 1) + i;
              return [
                checkboxes.some((c) => r >= c.row && r < c.row + c.rows)
                  ? { type: 'checkbox' as const }
                  : null,
              ];
            }),
          }
        : undefined,
    protection: {
      description:
        'Priorities: rebuilt at each refresh. Only the "Add to action plan" ticks are kept.',
      unprotected: checkboxes.map((c) => ({
        row: c.row,
        column: TICK_COLUMN,
        rows: c.rows,
        columns: 1,
      })),
    },
  };
}

function priorityCells(
  p: PriorityRow,
  ticked: Set<string>,
  planMarks: Map<string, PlanMark>,
  evidence: Map<string, number>,
): Cell[] {
  const mark = ticked.has(p.id) ? planMarks.get(p.id) : undefined;
  const standard = p.parents[0];
  return [
    p.rank,
    p.id,
    p.text ?? p.title ?? '',
    standard ? groupLabel(standard) : '',
    p.question ?? '',
    p.mean ?? '',
    p.levelOfMean ? teamLevelLabel(p.levelOfMean) : '',
    p.shareProgressingOrAbove ?? '',
    p.sd ?? '',
    p.modalShare ?? '',
    p.fewRatings ? `${p.scored} (few)` : p.scored,
    evidence.get(p.id) ?? 0,
    ticked.has(p.id),
    mark ? PLAN_MARK_TEXT[mark] : '',
  ];
}
