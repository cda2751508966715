import { describe, expect, it } from 'vitest';
import { installAddOn } from './fake/load-code';
import type { ConditionalRuleModel, SheetModel } from './fake/spreadsheet-model';
import { gridOf, sheetByName } from './fake/spreadsheet-model';
import { MARIA, setupRequest, TWO, tickForActionPlan, typeInto } from './fake/team';

/** A rule as the team would add it with Format › Conditional formatting. */
function teamRule(
  sheet: SheetModel,
  condition: ConditionalRuleModel['condition'],
  background: string,
  column: number,
): ConditionalRuleModel {
  return {
    condition,
    background,
    ranges: [{ sheetId: sheet.id, row: 5, column, rows: 50, columns: 1 }],
  };
}

/** What each rule is, in the sheet's order: "ours" for a rule the add-on made, else the team's label. */
function ruleOrder(sheet: SheetModel, team: Map<ConditionalRuleModel, string>): string[] {
  return sheet.conditionalRules.map((rule) => team.get(rule) ?? 'ours');
}

describe("the team's own conditional formats", () => {
  it('survive every rebuild in their order; the add-on replaces only its own rules, never duplicating them', () => {
    const addOn = installAddOn();
    addOn.call('saveSetup', setupRequest(TWO));
    typeInto(addOn.workbook, MARIA, 5, 5, 'Below');
    addOn.call('refreshDashboard');
    tickForActionPlan(addOn.workbook, '1.1.1');
    addOn.call('refreshDashboard');

    const plan = sheetByName(addOn.workbook, 'Action plan')!;
    const rating = sheetByName(addOn.workbook, MARIA)!;
    const ownPlanRules = plan.conditionalRules.length;
    const ownRatingRules = rating.conditionalRules.length;
    expect(ownPlanRules).toBe(2);
    expect(ownRatingRules).toBeGreaterThan(0);
    const statusColumn = plan.conditionalRules[0]?.ranges[0]?.column ?? 0;

    // Before ours: a late-date highlight. After ours: "Done" in our green, on the team's own
    // column C (same condition and colour as one of ours, but not on a column the add-on formats).
    const overdue = teamRule(plan, { formula: '=AND($G5<>"",$G5<TODAY())' }, '#f4cccc', 7);
    const doneElsewhere = teamRule(plan, { textEqualTo: 'Done' }, '#d9ead3', 3);
    plan.conditionalRules = [overdue, ...plan.conditionalRules, doneElsewhere];
    const onHold = teamRule(rating, { textEqualTo: 'Not sure' }, '#cfe2f3', 4);
    rating.conditionalRules = [...rating.conditionalRules, onHold];
    const team = new Map([
      [overdue, 'overdue'],
      [doneElsewhere, 'done elsewhere'],
      [onHold, 'not sure'],
    ]);

    addOn.recorder.reset();
    for (const rebuild of ['refreshDashboard', 'saveSetup', 'refreshDashboard', 'saveSetup']) {
      if (rebuild === 'saveSetup') addOn.call('saveSetup', setupRequest(TWO));
      else addOn.call(rebuild);
      expect(ruleOrder(plan, team)).toEqual([
        'overdue',
        ...Array(ownPlanRules).fill('ours'),
        'done elsewhere',
      ]);
      expect(ruleOrder(rating, team)).toEqual([...Array(ownRatingRules).fill('ours'), 'not sure']);
    }
    // The team's rules are untouched; ours still point at Status.
    expect(plan.conditionalRules[0]).toBe(overdue);
    expect(overdue.ranges[0]).toMatchObject({ column: 7, rows: 50 });
    expect(plan.conditionalRules[1]?.ranges[0]?.column).toBe(statusColumn);
    // Both sheets' rules really were rewritten by the rebuilds, not merely left alone.
    const rewrites = (sheet: string) =>
      addOn.recorder.calls.filter(
        (c) => c.method === 'setConditionalFormatRules' && c.sheet === sheet,
      ).length;
    expect(rewrites('Action plan')).toBe(4);
    expect(rewrites(MARIA)).toBeGreaterThan(0);
  });

  it('survive on the sheets the add-on rebuilds whole; a rule whose cells are gone is dropped and the team is told which', () => {
    const addOn = installAddOn();
    addOn.call('saveSetup', setupRequest(TWO));
    typeInto(addOn.workbook, MARIA, 5, 5, 'Below');
    addOn.call('refreshDashboard');

    const rebuilt = ['Dashboard', 'Priorities', 'Ratings', 'Pivot tables'].map(
      (name) => sheetByName(addOn.workbook, name)!,
    );
    const team = new Map<ConditionalRuleModel, string>();
    for (const sheet of rebuilt) {
      expect(sheet.conditionalRules).toEqual([]);
      const low = teamRule(sheet, { numberBetween: [0, 1] }, '#f4cccc', 6);
      const mine = teamRule(sheet, { formula: '=$B5="1.1.1"' }, '#fff2cc', 2);
      sheet.conditionalRules = [low, mine];
      team.set(low, `${sheet.name} low`).set(mine, `${sheet.name} mine`);
    }
    // Google keeps no cells for a rule whose rows or columns were all deleted.
    const gone: ConditionalRuleModel = {
      condition: { textEqualTo: 'Excelling' },
      background: '#b6d7a8',
      ranges: [],
    };
    const dashboard = rebuilt[0]!;
    dashboard.conditionalRules.push(gone);

    for (const rebuild of ['refreshDashboard', 'saveSetup', 'refreshDashboard']) {
      if (rebuild === 'saveSetup') addOn.call('saveSetup', setupRequest(TWO));
      else addOn.call(rebuild);
      for (const sheet of rebuilt) {
        expect(ruleOrder(sheet, team)).toEqual([`${sheet.name} low`, `${sheet.name} mine`]);
      }
    }
    // Kept as the team made them, on the same cells.
    expect(dashboard.conditionalRules[0]?.ranges[0]).toMatchObject({ row: 5, column: 6, rows: 50 });
    const told = [...addOn.ui.alerts, ...addOn.ui.dialogs].map((a) =>
      'message' in a ? a.message : a.html,
    );
    expect(told.filter((text) => text.includes('Text is exactly Excelling'))).toHaveLength(1);
    expect(told.find((text) => text.includes('Text is exactly Excelling'))).toContain(
      'Sheet "Dashboard": your conditional formatting rule "Text is exactly Excelling", fill #b6d7a8 was removed because the cells it applied to are no longer on the sheet.',
    );
  });

  it("a team rule on the team's own column follows that column when a member joins the subteam", () => {
    // Google moves every rule's ranges on insertColumnsAfter, and a rule fetched before the insert
    // keeps its old coordinates (the fake models both): the add-on must read rules after inserting.
    const addOn = installAddOn();
    const subteams = {
      layout: 'per-subteam',
      subteams: [
        { name: 'Welcome', standardIds: ['1', '2'] },
        { name: 'Advocacy', standardIds: ['3', '4', '5', '6'] },
      ],
    };
    const members = [
      { name: 'Maria Lopez', role: 'family', subteam: 0 },
      { name: 'John Smith', role: 'teacher', subteam: 0 },
      { name: 'Ana Ruiz', role: 'administrator', subteam: 1 },
    ];
    addOn.call('saveSetup', setupRequest(members, subteams));
    const welcome = sheetByName(addOn.workbook, 'Welcome subteam')!;
    const teamColumn = gridOf(welcome)[3]!.filter((c) => c !== '').length + 1;
    typeInto(addOn.workbook, 'Welcome subteam', 4, teamColumn, 'Follow-up');
    typeInto(addOn.workbook, 'Welcome subteam', 5, teamColumn, 'Call family');
    welcome.conditionalRules.push(
      teamRule(welcome, { textEqualTo: 'Call family' }, '#f4cccc', teamColumn),
    );

    addOn.call('addRater', { name: 'Lee Wong', role: 'staff', subteam: 0 });

    const movedTo = gridOf(welcome)[3]!.indexOf('Follow-up') + 1;
    expect(movedTo).toBeGreaterThan(teamColumn);
    const ours = welcome.conditionalRules.filter((r) => r.condition.textEqualTo === 'Call family');
    expect(ours).toHaveLength(1);
    expect(ours[0]?.ranges[0]).toMatchObject({ row: 5, column: movedTo, rows: 50, columns: 1 });
  });
});
