import { type Framework, frameworkNodes } from '../../shared/frameworks';
import { type Cell, isEmptyCell } from './cells';
import { ratedItems } from './framework-labels';
import type { SheetPlan, ValidationRule } from './plan';

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
}

export function readActionPlan(grid: unknown[][]): ActionPlanState {
  const ids = new Set<string>();
  let lastRow = 0;
  const indicatorColumn = ACTION_PLAN_COLUMNS.findIndex((c) => c.key === 'indicator');
  grid.forEach((row, r) => {
    if (r + 1 < FIRST_ROW) return;
    if (row.some((cell) => !isEmptyCell(cell))) lastRow = r + 1;
    const indicator = row[indicatorColumn];
    const id =
      typeof indicator === 'string' || typeof indicator === 'number'
        ? /^\s*([\d.]+)/.exec(String(indicator))?.[1]
        : undefined;
    if (id) ids.add(id.replace(/\.$/, ''));
  });
  return { ids, lastRow };
}

/**
 * Plans the sheet: the header (always), and a row for each chosen id not yet on it, pre-filled
 * with the suggested action steps of the indicator's standard.
 */
export function actionPlanSheet(input: {
  name: string;
  framework: Framework;
  state: ActionPlanState | undefined;
  chosen: string[];
  schoolYear: string;
}): { plan: SheetPlan; added: string[] } {
  const { framework, state } = input;
  const items = new Map(ratedItems(framework).map((item) => [item.id, item]));
  const steps = new Map(
    frameworkNodes(framework)
      .filter((n) => n.level === 1)
      .map((n) => [n.id, n.actionSteps ?? []]),
  );
  const added = input.chosen.filter((id) => items.has(id) && !state?.ids.has(id));
  const firstNew = Math.max(FIRST_ROW, (state?.lastRow ?? 0) + 1);
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
  const column = (key: (typeof ACTION_PLAN_COLUMNS)[number]['key']) =>
    ACTION_PLAN_COLUMNS.findIndex((c) => c.key === key) + 1;
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
  const plan: SheetPlan = {
    kind: 'action-plan',
    key: 'main',
    name: input.name,
    mode: 'update',
    tabColor: '#6aa84f',
    blocks: [
      { row: 1, column: 1, values: [ACTION_PLAN_COLUMNS.map((c) => c.key)] },
      {
        row: 2,
        column: 1,
        values: [[`Action plan, ${input.schoolYear}`]],
        bold: true,
        fontSize: 14,
      },
      {
        row: 3,
        column: 1,
        values: [
          [
            `One row per chosen ${framework.levels[framework.ratedLevel - 1]?.toLowerCase() ?? 'item'}. Tick "Add to action plan" on Priorities and refresh to add rows, or type your own below.${source ? ` Suggested action steps: ${source}` : ''}`,
          ],
        ],
        italic: true,
      },
      {
        row: HEADER_ROW,
        column: 1,
        values: [ACTION_PLAN_COLUMNS.map((c) => c.header)],
        bold: true,
        background: '#eeeeee',
      },
      ...(rows.length > 0 ? [{ row: firstNew, column: 1, values: rows, wrap: true }] : []),
    ],
    frozenRows: HEADER_ROW,
    hiddenRows: [{ row: 1, count: 1 }],
    columnWidths: ACTION_PLAN_COLUMNS.map((c, i) => ({ column: i + 1, count: 1, width: c.width })),
    validations: { row: FIRST_ROW, column: 1, rules },
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
