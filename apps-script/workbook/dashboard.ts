import type { Framework } from '../../shared/frameworks';
import { ROLE_LABELS, ROLES, TEAM_SCALE, type TeamSurveyComparison } from '../../shared/scoring';
import type { Settings } from '../setup/settings';
import { type Cell, columnLetter, formula } from './cells';
import { roleMeanFormula, STAT_COLUMNS, statColumn, statRow } from './dashboard-formulas';
import { goals, groupLabel, standards } from './framework-labels';
import type { Block, ChartPlan, SheetPlan } from './plan';
import { pluralOf } from './plural';
import { type RatingsLayout, ratingsColumn } from './ratings-table';

/** What "Refresh dashboard" computed with the scoring core, shown below the live tables. */
export interface CompiledSections {
  at: Date;
  survey?: TeamSurveyComparison;
  surveyResponses?: number;
  /** Messages of values the scoring core could not count, each naming its cell. */
  problems: string[];
}

export const LIVE_PROBLEM_ROWS = 25;

const LEVEL_CHART_COLOURS = ['#38761d', '#3d85c6', '#f1c232', '#cc4125', '#999999'];

/** Rows the tests and the formula check read back. */
export interface DashboardLayout {
  standardRows: Array<{ id: string; label: string; row: number }>;
  totalRow: number;
  goalRows: Array<{ id: string; label: string; row: number }>;
  roleRows: Array<{ id: string; label: string; row: number }>;
  roleColumns: Array<{ role: string; column: number }>;
  problemRows: { first: number; count: number };
  summaryRow: number;
}

export function dashboardSheet(input: {
  name: string;
  settings: Settings;
  framework: Framework;
  ratings: RatingsLayout;
  raterCount: number;
  compiled?: CompiledSections;
}): { plan: SheetPlan; layout: DashboardLayout } {
  const { settings, framework, ratings } = input;
  const blocks: Block[] = [];
  const width = STAT_COLUMNS.length;
  const [standardName, goalName] = framework.levels;
  blocks.push(
    {
      row: 1,
      column: 1,
      values: [
        [
          `Dashboard: ${settings.schoolName}, ${settings.schoolYear} · ${framework.name} (${framework.edition})`,
        ],
      ],
      bold: true,
      fontSize: 14,
    },
    {
      row: 2,
      column: 1,
      values: [
        [
          'The tables and charts update by themselves as raters type. Means run from 0 (Below) to 3 (Excelling); Spread is the standard deviation; Agreement is the share of scored ratings at the most common level.',
        ],
      ],
      italic: true,
    },
  );
  const summaryRow = 3;
  blocks.push({
    row: summaryRow,
    column: 1,
    values: [
      [
        'Raters',
        input.raterCount,
        'Ratings entered',
        // Filled in below, once the total row is known.
        null,
        'of',
        ratings.rows,
        'Values the dashboard can’t read',
        formula(`=MAX(0,${ratings.range('problemCount')})`),
      ],
    ],
  });
  const summaryBlock = blocks[blocks.length - 1];

  let row = 5;
  const section = (title: string) => {
    blocks.push({ row, column: 1, values: [[title]], bold: true, fontSize: 12 });
    row++;
  };
  const headerRow = (first: string) => {
    blocks.push({
      row,
      column: 1,
      values: [STAT_COLUMNS.map((c, i) => (i === 0 ? first : c.header))],
      bold: true,
      background: '#eeeeee',
      wrap: true,
    });
    row++;
  };
  const statFormats = STAT_COLUMNS.map((c) =>
    c.key === 'mean' || c.key === 'sd'
      ? '0.00'
      : c.key === 'shareProgressing' || c.key === 'agreement'
        ? '0%'
        : null,
  );

  // By standard.
  section(`By ${standardName.toLowerCase()}`);
  const standardHeaderRow = row;
  headerRow(standardName);
  const standardRows = standards(framework).map((node) => ({
    id: node.id,
    label: groupLabel(node),
    row: 0,
  }));
  const firstStandardRow = row;
  for (const s of standardRows) {
    s.row = row;
    row++;
  }
  const totalRow = row;
  row++;
  const entered = summaryBlock?.values[0];
  if (entered) entered[3] = formula(`=${columnLetter(statColumn('n'))}${totalRow}`);
  blocks.push({
    row: firstStandardRow,
    column: 1,
    values: standardRows.map(
      (s) => statRow(s.label, { by: 'standard', label: s.label }, ratings, s.row) as Cell[],
    ),
    columnFormats: statFormats,
  });
  blocks.push({
    row: totalRow,
    column: 1,
    values: [
      statRow(
        `All ${pluralOf(standardName.toLowerCase())}`,
        { by: 'all' },
        ratings,
        totalRow,
      ) as Cell[],
    ],
    columnFormats: statFormats,
    bold: true,
  });

  // By goal.
  const goalRows = goals(framework).map((node) => ({
    id: node.id,
    label: groupLabel(node),
    row: 0,
  }));
  if (goalRows.length > 0) {
    row++;
    section(`By ${goalName.toLowerCase()}`);
    headerRow(goalName);
    const first = row;
    for (const g of goalRows) {
      g.row = row;
      row++;
    }
    blocks.push({
      row: first,
      column: 1,
      values: goalRows.map(
        (g) => statRow(g.label, { by: 'goal', label: g.label }, ratings, g.row) as Cell[],
      ),
      columnFormats: statFormats,
    });
  }

  // Mean score by role.
  row++;
  section(`Mean score by role and ${standardName.toLowerCase()}`);
  const roleHeaderRow = row;
  blocks.push({
    row,
    column: 1,
    values: [[standardName, ...ROLES.map((role) => ROLE_LABELS[role].en), 'Everyone']],
    bold: true,
    background: '#eeeeee',
    wrap: true,
  });
  row++;
  const roleRows = standardRows.map((s) => ({ ...s, row: 0 }));
  const firstRoleRow = row;
  for (const r of roleRows) {
    r.row = row;
    row++;
  }
  const meanColumn = columnLetter(statColumn('mean'));
  blocks.push({
    row: firstRoleRow,
    column: 1,
    values: roleRows.map((r, i) => [
      r.label,
      ...ROLES.map((role) => formula(roleMeanFormula(ratings, r.label, ROLE_LABELS[role].en))),
      formula(`=${meanColumn}${standardRows[i]?.row}`),
    ]),
    columnFormats: [null, ...ROLES.map(() => '0.00'), '0.00'],
  });
  const roleColumns = ROLES.map((role, i) => ({ role, column: i + 2 }));

  // Team and families (compiled).
  row++;
  section(`Team and families, per ${standardName.toLowerCase()}`);
  const survey = input.compiled?.survey;
  if (survey?.standards.some((s) => s.survey)) {
    const labels = new Map(standardRows.map((s) => [s.id, s.label]));
    blocks.push({
      row,
      column: 1,
      values: [
        [
          standardName,
          'Team (0–100)',
          'Families (0–100)',
          'Gap (points)',
          'Team at Progressing or above',
          'Families agreeing',
          'Family responses',
        ],
        ...survey.standards.map((s) => [
          labels.get(s.id) ?? s.id,
          s.team ? s.team.on100 : '',
          s.survey ? s.survey.on100 : '',
          s.gapPoints ?? '',
          s.team ? s.team.shareProgressingOrAbove : '',
          s.survey ? s.survey.shareAgreeing : '',
          s.survey ? s.survey.n : 0,
        ]),
      ],
      columnFormats: [null, '0', '0', '+0;-0;0', '0%', '0%', '0'],
    });
    row += survey.standards.length + 1;
    blocks.push({
      row,
      column: 1,
      values: [
        [
          `Both scales on 0–100: team mean ÷ 3 × 100; family mean (1–5) minus 1, ÷ 4 × 100. A positive gap means the team rates the ${standardName.toLowerCase()} higher than families do. From ${input.compiled?.surveyResponses ?? 0} survey answers, compiled ${formatStamp(input.compiled?.at)}; "Compare with family survey" or "Refresh dashboard" updates it.`,
        ],
      ],
      italic: true,
    });
    row++;
  } else {
    blocks.push({
      row,
      column: 1,
      values: [
        [
          'No family survey answers yet. Paste them into "Family survey" (or copy them from a linked Form’s sheet) and choose "Compare with family survey".',
        ],
      ],
      italic: true,
    });
    row++;
  }

  // Values the formulas cannot read: live.
  row++;
  section('Values the dashboard can’t read (live; the first 25)');
  blocks.push({
    row,
    column: 1,
    values: [['Sheet', 'Row', 'Column', 'Rater', 'Indicator id', 'As entered', 'Problem']],
    bold: true,
    background: '#eeeeee',
  });
  row++;
  const problemFirst = row;
  const pick = (key: Parameters<RatingsLayout['range']>[0], k: number) =>
    formula(
      `=IFERROR(INDEX(${ratings.range(key)},MATCH(${k},${ratings.range('problemCount')},0)),"")`,
    );
  blocks.push({
    row,
    column: 1,
    values: Array.from({ length: LIVE_PROBLEM_ROWS }, (_, i) => [
      pick('sheet', i + 1),
      pick('row', i + 1),
      pick('column', i + 1),
      pick('rater', i + 1),
      pick('itemId', i + 1),
      pick('entered', i + 1),
      pick('problem', i + 1),
    ]),
  });
  row += LIVE_PROBLEM_ROWS;
  blocks.push({
    row,
    column: 1,
    values: [
      [
        `Choose a value from the dropdown in each of these cells. The full list, with the reason for each, is in the Ratings sheet’s Problem column (column ${columnLetter(ratingsColumn('problem'))}).`,
      ],
    ],
    italic: true,
  });
  row += 2;

  // Problems the scoring core found at the last refresh.
  section('Found at the last “Refresh dashboard”');
  const problems = input.compiled?.problems ?? [];
  blocks.push({
    row,
    column: 1,
    values: [
      [
        input.compiled
          ? problems.length === 0
            ? `No problems: every entered value could be counted (${formatStamp(input.compiled.at)}).`
            : `${problems.length} value${problems.length === 1 ? '' : 's'} could not be counted (${formatStamp(input.compiled.at)}):`
          : 'Not refreshed yet: choose "Refresh dashboard" for the full check.',
      ],
    ],
    italic: true,
  });
  row++;
  if (problems.length > 0) {
    const shown = problems.slice(0, 50);
    blocks.push({ row, column: 1, values: shown.map((p) => [p]) });
    row += shown.length;
    if (problems.length > shown.length) {
      blocks.push({ row, column: 1, values: [[`…and ${problems.length - shown.length} more.`]] });
      row++;
    }
  }

  const chartColumn = width + 2;
  const standardsRange = {
    row: standardHeaderRow,
    column: 1,
    rows: standardRows.length + 1,
    columns: 1,
  };
  const charts: ChartPlan[] = [
    {
      type: 'bar',
      title: `Mean score by ${standardName.toLowerCase()} (0 = Below, 3 = Excelling)`,
      ranges: [standardsRange, { ...standardsRange, column: statColumn('mean') }],
      position: { row: 1, column: chartColumn },
      colors: ['#3d85c6'],
      valueRange: [0, 3],
      axisTitle: 'Mean score',
    },
    {
      type: 'bar',
      stacked: true,
      title: `Ratings by level, per ${standardName.toLowerCase()}`,
      ranges: [
        standardsRange,
        { ...standardsRange, column: statColumn('excelling'), columns: TEAM_SCALE.length },
      ],
      position: { row: 21, column: chartColumn },
      colors: LEVEL_CHART_COLOURS,
      axisTitle: 'Ratings',
    },
    {
      type: 'column',
      title: `Mean score by role and ${standardName.toLowerCase()}`,
      ranges: [
        { row: roleHeaderRow, column: 1, rows: roleRows.length + 1, columns: ROLES.length + 1 },
      ],
      position: { row: 41, column: chartColumn },
      valueRange: [0, 3],
      axisTitle: 'Mean score',
    },
  ];

  const plan: SheetPlan = {
    kind: 'dashboard',
    key: 'main',
    name: input.name,
    mode: 'replace',
    tabColor: '#3d85c6',
    blocks,
    frozenRows: 0,
    columnWidths: STAT_COLUMNS.map((c, i) => ({ column: i + 1, count: 1, width: c.width })),
    charts,
    protection: {
      description: 'Dashboard: rebuilt by the add-on; edits here are replaced at the next refresh.',
      unprotected: [],
    },
  };
  return {
    plan,
    layout: {
      standardRows,
      totalRow,
      goalRows,
      roleRows,
      roleColumns,
      problemRows: { first: problemFirst, count: LIVE_PROBLEM_ROWS },
      summaryRow,
    },
  };
}

export function formatStamp(date: Date | undefined): string {
  if (!date) return 'never';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
