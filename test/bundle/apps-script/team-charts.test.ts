import { describe, expect, it } from 'vitest';
import { type AddOn, installAddOn } from './fake/load-code';
import { type ChartModel, type SheetModel, sheetByName } from './fake/spreadsheet-model';
import { MARIA, setupRequest, TWO, typeInto } from './fake/team';

const OWN_TITLES = [
  'Mean score by standard (0 = Below, 3 = Excelling)',
  'Ratings by level, per standard',
  'Mean score by role and standard',
];

/** A chart as the team would add it with Insert › Chart: Google gives it an id of its own. */
function teamChart(addOn: AddOn, sheet: SheetModel, title: string, from: ChartModel['ranges']) {
  const chart: ChartModel = {
    id: addOn.workbook.nextId++,
    kind: 'column',
    stacked: false,
    title,
    ranges: from.map((r) => ({ ...r, sheetId: sheet.id })),
    position: { row: 62, column: 2 },
    options: { width: 400 },
    axisTitles: {},
  };
  sheet.charts.push(chart);
  return chart;
}

function refresh(addOn: AddOn): string {
  addOn.call('refreshDashboard');
  const told = addOn.ui.alerts.at(-1);
  if (!told) throw new Error('Refresh said nothing');
  return told.message;
}

const ownTitles = (sheet: SheetModel, team: readonly ChartModel[]) =>
  sheet.charts
    .filter((c) => !team.includes(c))
    .map((c) => c.title)
    .sort();

describe("the team's own charts on the Dashboard", () => {
  it('stay, unchanged, through Refresh and setup; the add-on replaces its own three, never duplicating them', () => {
    const addOn = installAddOn();
    addOn.call('saveSetup', setupRequest(TWO));
    typeInto(addOn.workbook, MARIA, 5, 5, 'Below');
    refresh(addOn);
    const dashboard = sheetByName(addOn.workbook, 'Dashboard')!;
    const before = [...dashboard.charts];
    expect(before.map((c) => c.title).sort()).toEqual([...OWN_TITLES].sort());

    // The team charts the add-on's own table of means, as a column chart placed under ours.
    const ours = before[0]!;
    const progress = teamChart(addOn, dashboard, 'Our progress', ours.ranges);
    const asMade = structuredClone(progress);

    for (const rebuild of ['refresh', 'setup', 'refresh']) {
      if (rebuild === 'setup') addOn.call('saveSetup', setupRequest(TWO));
      else expect(refresh(addOn)).not.toContain('Our progress');
      expect(dashboard.charts).toContain(progress);
      expect(progress).toEqual(asMade);
      expect(ownTitles(dashboard, [progress])).toEqual([...OWN_TITLES].sort());
      expect(dashboard.charts).toHaveLength(4);
    }
    // The add-on's own charts were really rebuilt (new charts), not merely left alone.
    for (const old of before) expect(dashboard.charts).not.toContain(old);
  });

  it('a team chart whose cells the rebuild leaves empty is kept, and Refresh names it', () => {
    const addOn = installAddOn();
    addOn.call('saveSetup', setupRequest(TWO));
    refresh(addOn);
    const dashboard = sheetByName(addOn.workbook, 'Dashboard')!;
    // Hours the team typed below the dashboard, and a chart of them: the rebuild clears the cells.
    typeInto(addOn.workbook, 'Dashboard', 200, 1, 'Month');
    typeInto(addOn.workbook, 'Dashboard', 200, 2, 'Hours');
    typeInto(addOn.workbook, 'Dashboard', 201, 1, 'September');
    typeInto(addOn.workbook, 'Dashboard', 201, 2, 12);
    const hours = teamChart(addOn, dashboard, 'Volunteer hours', [
      { sheetId: dashboard.id, row: 200, column: 1, rows: 2, columns: 2 },
    ]);
    const asMade = structuredClone(hours);

    const told = refresh(addOn);
    expect(dashboard.charts).toContain(hours);
    expect(hours).toEqual(asMade);
    expect(told).toContain(
      'Your chart "Volunteer hours" on "Dashboard" is kept, but the cells it draws from (A200:B201) are empty now: the add-on rebuilds that sheet at every refresh. Point the chart at cells on a sheet of your own (Edit chart › Setup › Data range).',
    );
    expect(ownTitles(dashboard, [hours])).toEqual([...OWN_TITLES].sort());
  });

  /** A Dashboard as an older version left it: its three charts, and no chart ids remembered. */
  function olderVersionDashboard() {
    const addOn = installAddOn();
    addOn.call('saveSetup', setupRequest(TWO));
    addOn.workbook.metadata = addOn.workbook.metadata.filter((m) => m.key === 'fsp.sheet');
    const dashboard = sheetByName(addOn.workbook, 'Dashboard')!;
    const old = [...dashboard.charts];
    expect(old).toHaveLength(3);
    return { addOn, dashboard, old };
  }

  it('charts made by an older version are taken as the add-on’s once when title and place match exactly; a team chart is not', () => {
    const { addOn, dashboard, old } = olderVersionDashboard();
    // The team's chart uses one of the add-on's titles, but sits somewhere else: it is theirs.
    const sameTitle = teamChart(addOn, dashboard, OWN_TITLES[0]!, old[0]!.ranges);

    refresh(addOn);
    expect(dashboard.charts).toContain(sameTitle);
    for (const chart of old) expect(dashboard.charts).not.toContain(chart);
    expect(dashboard.charts).toHaveLength(4);

    // From now on the ids are remembered: one of ours moved by the team is still ours.
    const mine = dashboard.charts.find((c) => c !== sameTitle)!;
    mine.position = { row: 90, column: 1 };
    refresh(addOn);
    expect(dashboard.charts).not.toContain(mine);
    expect(dashboard.charts).toContain(sameTitle);
    expect(ownTitles(dashboard, [sameTitle])).toEqual([...OWN_TITLES].sort());
  });

  it('a chart of an older version that the team dragged elsewhere is still the add-on’s: replaced, not duplicated', () => {
    const { addOn, dashboard, old } = olderVersionDashboard();
    old[0]!.position = { row: 80, column: 1 };

    refresh(addOn);
    expect(dashboard.charts).toHaveLength(3);
    for (const chart of old) expect(dashboard.charts).not.toContain(chart);
    expect(ownTitles(dashboard, [])).toEqual([...OWN_TITLES].sort());
  });
});
