import { type Framework, frameworkNodes } from '../../shared/frameworks';
import { type Cell, isEmptyCell } from './cells';
import { ratedItems } from './framework-labels';
import {
  bannerBlock,
  keyedBlocks,
  keyedHeaderBlocks,
  keyedValidations,
  placeColumns,
  usedWidth,
} from './keyed-columns';
import type { SheetPlan, ValidationRule } from './plan';
import type { PlanMark } from './priorities-sheet';

/**
 * The Action plan belongs to the team: the add-on adds a row for each newly chosen indicator
 * (ticked on Priorities) and otherwise never writes over what is there. Rows are matched by the
 * indicator id at the start of the Indicator cell.
 */
export const ACTION_PLAN_COLUMNS = [
  { key: 'goal', header: 'Goal', width: 170 },
  { key: 'indicator', header: 'Indicator', width: 260 },
  { key: 'actionSteps', header: 'Action steps', width: 340 },
  { key: 'people', header: 'People responsible', width: 150 },
  { key: 'start', header: 'Start date', width: 90 },
  { key: 'end', header: 'End date', width: 90 },
  { key: 'resources', header: 'Resources needed', width: 170 },
  { key: 'measure', header: 'Measure of success', width: 200 },
  { key: 'status', header: 'Status', width: 100 },
  { key: 'progress', header: 'Progress notes', width: 260 },
] as const;

export const STATUSES = ['Not started', 'In progress', 'Done', 'On hold'];
const HEADER_ROW = 4;
const FIRST_ROW = 5;
/** Rows given dropdowns and date checks ahead of need, so rows typed by hand get them too. */
const FORMATTED_ROWS = 100;

export interface ActionPlanState {
  /** Ids already on the plan. */
  ids: Set<string>;
  /** The last row with anything in it (0 for a new sheet). */
  lastRow: number;
  /** Each of our columns by key (found by the hidden key row, else by header; new ones after the rest). */
  columns: Map<ColumnKey, number>;
  /** Why the sheet cannot be written safely (it is then left as it is). */
  problem?: string;
}

type ColumnKey = (typeof ACTION_PLAN_COLUMNS)[number]['key'];
const KEYS: ColumnKey[] = ACTION_PLAN_COLUMNS.map((c) => c.key);

export function readActionPlan(grid: unknown[][], sheetName = 'Action plan'): ActionPlanState {
  const ids = new Set<string>();
  let lastRow = 0;
  grid.forEach((row, r) => {
    if (r + 1 >= FIRST_ROW && row.some((cell) => !isEmptyCell(cell))) lastRow = r + 1;
  });
  const keyRow = grid[0] ?? [];
  const headerRow = (grid[HEADER_ROW - 1] ?? []).map((h) => {
    const c = ACTION_PLAN_COLUMNS.find((col) => typeof h === 'string' && h.trim() === col.header);
    return c?.key ?? '';
  });
  const byKeys = keyRow.some((k) => typeof k === 'string' && (KEYS as string[]).includes(k));
  const byHeaders = headerRow.some((k) => k !== '');
  const found = byKeys ? keyRow : byHeaders ? headerRow : [];
  const columns = placeColumns(found, KEYS, usedWidth(grid)) as Map<ColumnKey, number>;
  const state: ActionPlanState = { ids, lastRow, columns };
  const hasIndicator = found.includes('indicator');
  if (usedWidth(grid) > 0 && !hasIndicator) {
    state.problem = byKeys
      ? `Sheet "${sheetName}": the Indicator column is missing (its hidden key "indicator" in row 1 was deleted), so the add-on cannot tell which indicators are on the plan. The sheet was left as it is; undo the deletion (Edit › Undo or version history) to let the add-on add rows again.`
      : `Sheet "${sheetName}": the hidden key row (row 1) and the headers in row ${HEADER_ROW} are gone, so the add-on cannot find the Indicator column. The sheet was left as it is; undo the change (Edit › Undo or version history) to let the add-on add rows again.`;
    return state;
  }
  const indicatorColumn = columns.get('indicator') ?? 0;
  grid.forEach((row, r) => {
    if (r + 1 < FIRST_ROW) return;
    const indicator = row[indicatorColumn - 1];
    const id =
      typeof indicator === 'string' || typeof indicator === 'number'
        ? /^\s*([\d.]+)/.exec(String(indicator))?.[1]
        : undefined;
    if (id) ids.add(id.replace(/\.$/, ''));
  });
  return state;
}

/**
 * Which ticked indicators get a new Action plan row, and what Priorities says about each: one the
 * add-on put on the plan while it was ticked (marked at the last refresh) and that is no longer
 * there was deleted by the team, so it is not added back until the tick is removed at a refresh
 * (which clears the mark). While the plan cannot be read, the marks are kept as they were.
 */
export function choosePlanRows(
  ticked: ReadonlySet<string>,
  previous: ReadonlyMap<string, PlanMark>,
  state: ActionPlanState | undefined,
): { toAdd: string[]; marks: Map<string, PlanMark> } {
  const marks = new Map<string, PlanMark>();
  const toAdd: string[] = [];
  for (const id of ticked) {
    if (state?.problem) {
      const mark = previous.get(id);
      if (mark) marks.set(id, mark);
    } else if (state?.ids.has(id)) {
      marks.set(id, 'on-plan');
    } else if (previous.has(id)) {
      marks.set(id, 'deleted');
    } else {
      toAdd.push(id);
      marks.set(id, 'on-plan');
    }
  }
  return { toAdd, marks };
}

const TITLE = /^Action plan, [^\n]*$/;
const INSTRUCTIONS =
  /^One row per chosen [^.]+\. Tick "Add to action plan" on Priorities and refresh to add rows, or type your own below\.( Suggested action steps: [\s\S]*)?$/;

/**
 * Plans the sheet: keys and headers in our columns (wherever the team moved them), the title and
 * instructions unless the team typed over them, and a row for each chosen id not yet on it,
 * pre-filled with the suggested action steps of the indicator's standard. When the sheet cannot
 * be read safely it is left alone and `notice` says why.
 */
export function actionPlanSheet(input: {
  name: string;
  framework: Framework;
  state: ActionPlanState | undefined;
  chosen: string[];
  schoolYear: string;
  /** The sheet as it is, to leave the team's own title or instructions alone. */
  grid?: unknown[][];
}): { plan: SheetPlan | undefined; added: string[]; notice?: string } {
  const { framework } = input;
  const state = input.state ?? readActionPlan([]);
  if (state.problem) return { plan: undefined, added: [], notice: state.problem };
  const items = new Map(ratedItems(framework).map((item) => [item.id, item]));
  const steps = new Map(
    frameworkNodes(framework)
      .filter((n) => n.level === 1)
      .map((n) => [n.id, n.actionSteps ?? []]),
  );
  const added = input.chosen.filter((id) => items.has(id) && !state.ids.has(id));
  const firstNew = Math.max(FIRST_ROW, state.lastRow + 1);
  const rows: Cell[][] = added.map((id) => {
    const item = items.get(id);
    const suggestions = steps.get(item?.standardId ?? '') ?? [];
    return [
      item?.goal || item?.standard || '',
      `${id} ${item?.text ?? ''}`,
      suggestions.length > 0 ? `Suggested (edit freely):\n• ${suggestions.join('\n• ')}` : '',
      '',
      '',
      '',
      '',
      '',
      STATUSES[0] ?? '',
      '',
    ];
  });
  const source = framework.notes?.find((n) => /action steps/i.test(n));
  const lastFormatted = Math.max(firstNew + rows.length - 1, FIRST_ROW + FORMATTED_ROWS - 1);
  const column = (key: ColumnKey) => state.columns.get(key) ?? 0;
  const columns = KEYS.map(column);
  const indicatorChoices = ratedItems(framework).map((item) => `${item.id} ${item.text}`);
  const rules: Array<Array<ValidationRule | null>> = Array.from(
    { length: lastFormatted - FIRST_ROW + 1 },
    () =>
      ACTION_PLAN_COLUMNS.map((c): ValidationRule | null => {
        if (c.key === 'status') return { type: 'list', values: STATUSES, allowInvalid: true };
        if (c.key === 'start' || c.key === 'end')
          return { type: 'date', helpText: 'A date, such as 2026-03-01.' };
        if (c.key === 'indicator' && indicatorChoices.join('').length < 20000) {
          return { type: 'list', values: indicatorChoices, allowInvalid: true };
        }
        return null;
      }),
  );
  const [validations, ...extraValidations] = keyedValidations(FIRST_ROW, columns, rules);
  const plan: SheetPlan = {
    kind: 'action-plan',
    key: 'main',
    name: input.name,
    mode: 'update',
    tabColor: '#6aa84f',
    blocks: [
      ...keyedBlocks(1, columns, [KEYS]),
      ...bannerBlock(input.grid, 2, `Action plan, ${input.schoolYear}`, (v) => TITLE.test(v), {
        bold: true,
        fontSize: 14,
      }),
      ...bannerBlock(
        input.grid,
        3,
        `One row per chosen ${framework.levels[framework.ratedLevel - 1]?.toLowerCase() ?? 'item'}. Tick "Add to action plan" on Priorities and refresh to add rows, or type your own below.${source ? ` Suggested action steps: ${source}` : ''}`,
        (v) => INSTRUCTIONS.test(v),
        { italic: true },
      ),
      ...keyedHeaderBlocks(
        input.grid,
        { header: HEADER_ROW, keyRow: 1 },
        columns,
        ACTION_PLAN_COLUMNS.map((c) => c.header),
        { bold: true, background: '#eeeeee' },
        KEYS,
      ),
      ...(rows.length > 0 ? keyedBlocks(firstNew, columns, rows, { wrap: true }) : []),
    ],
    frozenRows: HEADER_ROW,
    hiddenRows: [{ row: 1, count: 1 }],
    columnWidths: ACTION_PLAN_COLUMNS.map((c) => ({
      column: column(c.key),
      count: 1,
      width: c.width,
    })),
    ...(validations ? { validations } : {}),
    ...(extraValidations.length > 0 ? { extraValidations } : {}),
    conditionalFormats: (
      [
        ['Done', '#d9ead3'],
        ['In progress', '#fff2cc'],
      ] as const
    ).map(([status, background]) => ({
      ranges: [
        {
          row: FIRST_ROW,
          column: column('status'),
          rows: lastFormatted - FIRST_ROW + 1,
          columns: 1,
        },
      ],
      when: { textEqualTo: status },
      background,
    })),
  };
  return { plan, added };
}
