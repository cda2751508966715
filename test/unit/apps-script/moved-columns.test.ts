import { describe, expect, it } from 'vitest';
import { ACTION_PLAN_COLUMNS } from '../../../apps-script/workbook/action-plan';
import { readSurveySheet } from '../../../apps-script/workbook/family-survey';
import { request, run, settingsFor } from './support/run';
import { type SimSheet, SimWorkbook } from './support/workbook-state';

/** The whole column moved, as dragging a column header in Sheets does (hidden key row too). */
function moveColumn(sheet: SimSheet, from: number, to: number): void {
  for (const row of sheet.grid) {
    while (row.length < Math.max(from, to)) row.push('');
    const [cell] = row.splice(from - 1, 1);
    row.splice(to - 1, 0, cell);
  }
}

function insertColumn(sheet: SimSheet, at: number): void {
  for (const row of sheet.grid) {
    while (row.length < at - 1) row.push('');
    row.splice(at - 1, 0, '');
  }
}

function setUp() {
  const sim = new SimWorkbook();
  const settings = settingsFor(request());
  run(sim, settings);
  return { sim, settings };
}

const answers = (sim: SimWorkbook, sheet: SimSheet) =>
  readSurveySheet(sheet.name, sim.values(sheet))?.rows.map((r) => [r.standardId, r.level]);

/** Our headers with the team's "Owner email" inserted at C. */
const withOwnerEmail = ACTION_PLAN_COLUMNS.map((c) => c.header as string);
withOwnerEmail.splice(2, 0, 'Owner email');

describe('a Family survey whose columns the team moved or added to', () => {
  it('keeps a moved standard column under its own key and header', () => {
    const { sim, settings } = setUp();
    const survey = sim.byKind('family-survey');
    const before = structuredClone(survey.grid[3]);
    moveColumn(survey, 3, 9); // Standard 1 to the far right, after "Copied from"
    sim.type(survey.name, 5, 1, 'Fam A');
    sim.type(survey.name, 5, 3, 'Strongly disagree'); // Standard 2 now
    sim.type(survey.name, 5, 9, 'Strongly agree'); // Standard 1, moved
    const read = answers(sim, survey);
    for (const mode of ['refresh', 'setup'] as const) {
      run(sim, settings, { mode });
      expect(answers(sim, survey)).toEqual(read);
      expect(survey.grid[0]?.[8]).toBe('standard:pta-2022:1');
      expect(survey.grid[3]?.[8]).toBe(before?.[2]);
      expect(survey.grid[3]?.[2]).toBe(before?.[3]);
    }
    expect(answers(sim, survey)).toEqual([
      ['2', 'Strongly disagree'],
      ['1', 'Strongly agree'],
    ]);
  });

  it('leaves an inserted column of the team’s own, its header and its data alone', () => {
    const { sim, settings } = setUp();
    const survey = sim.byKind('family-survey');
    insertColumn(survey, 2);
    sim.type(survey.name, 4, 2, 'Child grade');
    sim.type(survey.name, 5, 1, 'Fam B');
    sim.type(survey.name, 5, 2, '3rd');
    sim.type(survey.name, 5, 4, 'Agree'); // Standard 1, now in D
    const result = run(sim, settings, { mode: 'refresh' });
    expect(survey.grid[3]?.[1]).toBe('Child grade');
    expect(survey.grid[0]?.[1]).toBe('');
    expect(survey.grid[4]?.[1]).toBe('3rd');
    expect(survey.grid[3]?.[2]).toBe('Date');
    expect(answers(sim, survey)).toEqual([['1', 'Agree']]);
    expect(result.compiled.survey?.responses).toBe(1);
  });

  it('copies Form rows into the columns where they are now', () => {
    const { sim, settings } = setUp();
    const survey = sim.byKind('family-survey');
    moveColumn(survey, 3, 9);
    insertColumn(survey, 2);
    sim.type(survey.name, 4, 2, 'Child grade');
    run(sim, settings, {
      mode: 'refresh',
      surveyAppend: [['Fam C', '2025-10-01', 'Agree', 'Disagree', '', '', '', '', 'Form, row 2']],
    });
    expect(survey.grid[4]?.[1] ?? '').toBe('');
    expect(answers(sim, survey)).toEqual([
      ['2', 'Disagree'],
      ['1', 'Agree'],
    ]);
    expect(survey.grid[4]?.[8]).toBe('Form, row 2');
  });

  it('is left alone, with a notice naming the sheet, when its key row was deleted', () => {
    const { sim, settings } = setUp();
    const survey = sim.byKind('family-survey');
    survey.grid.shift();
    sim.type(survey.name, 4, 3, 'Agree');
    const before = structuredClone(survey.grid);
    const result = run(sim, settings, { mode: 'refresh' });
    expect(survey.grid).toEqual(before);
    expect(result.notices).toContainEqual(
      expect.stringMatching(/^Sheet "Family survey": the hidden key row \(row 1/),
    );
  });
});

describe('an Action plan whose columns the team moved or added to', () => {
  function withPlanRow() {
    const { sim, settings } = setUp();
    const priorities = sim.byKind('priorities');
    const tick = priorities.grid.findIndex((row) => row.includes(false));
    const column = priorities.grid[tick]?.indexOf(false) ?? -1;
    sim.type(priorities.name, tick + 1, column + 1, true);
    const first = run(sim, settings, { mode: 'refresh' });
    expect(first.addedToActionPlan).toHaveLength(1);
    return { sim, settings, plan: sim.byKind('action-plan') };
  }

  it('keeps an inserted column, its header and its data, and puts the Status rules on Status', () => {
    const { sim, settings, plan } = withPlanRow();
    insertColumn(plan, 3);
    sim.type(plan.name, 4, 3, 'Owner email');
    sim.type(plan.name, 5, 3, 'ana@school.example');
    const result = run(sim, settings, { mode: 'refresh' });
    expect(result.addedToActionPlan).toEqual([]);
    const headers = plan.grid[3] ?? [];
    expect(headers).toEqual(withOwnerEmail);
    expect(plan.grid[4]?.[2]).toBe('ana@school.example');
    const sheetPlan = result.plan.sheets.find((s) => s.kind === 'action-plan');
    const grids = [sheetPlan?.validations, ...(sheetPlan?.extraValidations ?? [])];
    // No rule rectangle covers the team's column C.
    for (const grid of grids) {
      const from = grid?.column ?? 0;
      const to = from + (grid?.rules[0]?.length ?? 0) - 1;
      expect(3 >= from && 3 <= to).toBe(false);
    }
    const status = grids.find((g) =>
      g?.rules[0]?.some((r) => r?.type === 'list' && r.values.includes('Done')),
    );
    expect(
      status &&
        status.column +
          (status.rules[0]?.findIndex((r) => r?.type === 'list' && r.values.includes('Done')) ?? 0),
    ).toBe(10);
    expect(sheetPlan?.conditionalFormats?.map((f) => f.ranges[0]?.column)).toEqual([10, 10]);
  });

  it('reads the indicator column where it was moved, and adds nothing twice', () => {
    const { sim, settings, plan } = withPlanRow();
    moveColumn(plan, 2, 10);
    const result = run(sim, settings, { mode: 'refresh' });
    expect(result.addedToActionPlan).toEqual([]);
    expect(plan.grid.slice(4).filter((r) => r.some((c) => c !== ''))).toHaveLength(1);
    expect(plan.grid[3]?.[9]).toBe('Indicator');
  });

  it('keeps a title and instructions the team typed over ours', () => {
    const { sim, settings, plan } = withPlanRow();
    sim.type(plan.name, 2, 1, 'Our plan for Lincoln');
    sim.type(plan.name, 3, 1, 'Meet every second Tuesday.');
    run(sim, settings, { mode: 'refresh' });
    run(sim, settings);
    expect(plan.grid[1]?.[0]).toBe('Our plan for Lincoln');
    expect(plan.grid[2]?.[0]).toBe('Meet every second Tuesday.');
  });

  it('is left alone, with a notice naming the sheet and column, when the Indicator column was deleted', () => {
    const { sim, settings, plan } = withPlanRow();
    for (const row of plan.grid) row.splice(1, 1);
    const before = structuredClone(plan.grid);
    const result = run(sim, settings, { mode: 'refresh' });
    expect(plan.grid).toEqual(before);
    expect(result.notices).toContainEqual(
      expect.stringMatching(/^Sheet "Action plan": the Indicator column is missing/),
    );
  });
});
