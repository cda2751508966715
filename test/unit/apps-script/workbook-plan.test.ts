import { describe, expect, it } from 'vitest';
import { isFormula } from '../../../apps-script/workbook/cells';
import type { WorkbookPlan } from '../../../apps-script/workbook/plan';
import { RATINGS_COLUMNS, ratingsColumn } from '../../../apps-script/workbook/ratings-table';
import { builtInFramework, ratedNodes } from '../../../shared/frameworks';
import { request, run, settingsFor } from './support/run';
import { SimWorkbook } from './support/workbook-state';

const pta = builtInFramework('pta-2022');
const INDICATORS = ratedNodes(pta).length;

function formulasOf(plan: WorkbookPlan): string[] {
  return plan.sheets.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.values
        .flat()
        .filter(isFormula)
        .map((f) => f.formula),
    ),
  );
}

/** Functions both Google Sheets and LibreOffice compute, as the dashboard must use (no FILTER, QUERY...). */
const ALLOWED_FUNCTIONS = new Set([
  'IF',
  'IFERROR',
  'INDEX',
  'MATCH',
  'TRIM',
  'AND',
  'N',
  'COUNTIFS',
  'AVERAGEIFS',
  'SUM',
  'MAX',
  'SQRT',
]);

describe('the workbook plan for a new assessment', () => {
  const sim = new SimWorkbook();
  const settings = settingsFor(request());
  const result = run(sim, settings);
  const kinds = result.plan.sheets.map((s) => `${s.kind}/${s.key}`);

  it('has a rating sheet per rater and every shared sheet', () => {
    expect(kinds).toEqual(
      expect.arrayContaining([
        'rating-sheet/r1',
        'rating-sheet/r2',
        'ratings/main',
        'dashboard/main',
        'priorities/main',
        'action-plan/main',
        'family-survey/main',
        'evidence-log/main',
        'pivot-tables/main',
        'lists/main',
      ]),
    );
    expect(sim.byKind('rating-sheet', 'r1').name).toBe('Maria Lopez (family)');
  });

  it('writes rating sheets before the Ratings formulas that point at them', () => {
    expect(kinds.indexOf('rating-sheet/r1')).toBeLessThan(kinds.indexOf('ratings/main'));
    expect(kinds.indexOf('lists/main')).toBeLessThan(kinds.indexOf('ratings/main'));
  });

  it('lists every indicator on each rating sheet, with its standard, goal, id and text', () => {
    const grid = sim.byName('Maria Lopez (family)').grid;
    expect(grid[3]?.slice(0, 7)).toEqual([
      'Standard',
      'Goal',
      'Id',
      'Indicator',
      'Rating',
      'Evidence and notes',
      'Updated',
    ]);
    const rows = grid.slice(4);
    expect(rows).toHaveLength(INDICATORS);
    expect(rows[0]?.slice(0, 4)).toEqual([
      '1 Welcome All Families',
      '1.1 Build a Community of Belonging',
      '1.1.1',
      'Learn about families and foster respectful attitudes',
    ]);
    expect(rows.map((r) => r[2])).toEqual(ratedNodes(pta).map((n) => n.id));
  });

  it('gives each rating cell the five-level dropdown (warning only), a colour per level, and frozen headers', () => {
    const plan = result.plan.sheets.find((s) => s.kind === 'rating-sheet' && s.key === 'r1');
    expect(plan?.frozenRows).toBe(4);
    const rules = plan?.validations?.rules ?? [];
    expect(rules).toHaveLength(INDICATORS);
    expect(rules[0]?.[0]).toMatchObject({
      type: 'list',
      values: ['Excelling', 'Progressing', 'Emerging', 'Below', 'Not sure'],
      allowInvalid: true,
    });
    expect(rules[0]?.slice(1)).toEqual([null, null]);
    const colours =
      plan?.conditionalFormats?.map((f) => ('textEqualTo' in f.when ? f.when.textEqualTo : '')) ??
      [];
    expect(colours).toEqual(
      expect.arrayContaining([
        'Excelling',
        'Progressing',
        'Emerging',
        'Below',
        'Not sure',
        'Sobresaliente',
      ]),
    );
    expect(plan?.protection?.unprotected).toEqual([
      { row: 5, column: 5, rows: INDICATORS, columns: 2 },
    ]);
  });

  it('has one Ratings row per rater and indicator, in the documented columns', () => {
    const ratings = sim.byKind('ratings');
    expect(ratings.grid[0]?.slice(0, 11)).toEqual([
      'School year',
      'Rater',
      'Role',
      'Framework',
      'Indicator id',
      'Standard',
      'Goal',
      'Rating',
      'Score',
      'Evidence',
      'Updated',
    ]);
    expect(ratings.grid).toHaveLength(1 + 2 * INDICATORS);
    const first = ratings.grid[1] ?? [];
    expect(first.slice(0, 7)).toEqual([
      '2025-26',
      'Maria Lopez',
      'Family member',
      'pta-2022',
      '1.1.1',
      '1 Welcome All Families',
      '1.1 Build a Community of Belonging',
    ]);
    // The row is found by id on the rater's sheet, and read from her Rating column (E).
    const row = first[ratingsColumn('row') - 1];
    expect(isFormula(row) && row.formula).toBe(
      `=IFERROR(MATCH(E2,'Maria Lopez (family)'!$C$5:$C$${4 + INDICATORS},0)+4,"")`,
    );
    const entered = first[ratingsColumn('entered') - 1];
    expect(isFormula(entered) && entered.formula).toBe(
      `=IF(M2="","",INDEX('Maria Lopez (family)'!$E$1:$E$${4 + INDICATORS},M2)&"")`,
    );
    expect(first[ratingsColumn('column') - 1]).toBe('E');
    expect(RATINGS_COLUMNS).toHaveLength(first.length);
  });

  it('uses only functions Google Sheets and LibreOffice both compute', () => {
    const used = new Set(
      formulasOf(result.plan).flatMap((f) =>
        [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]),
      ),
    );
    for (const name of used)
      expect(ALLOWED_FUNCTIONS, `${name} is not on the list`).toContain(name);
    expect([...used]).not.toEqual(expect.arrayContaining(['FILTER']));
  });

  it('writes rectangular blocks only', () => {
    for (const sheet of result.plan.sheets) {
      for (const block of sheet.blocks) {
        const width = block.values[0]?.length;
        for (const row of block.values)
          expect(row.length, `${sheet.kind} row ${block.row}`).toBe(width);
        if (block.notes)
          expect(block.notes.map((r) => r.length)).toEqual(block.values.map((r) => r.length));
      }
    }
  });

  it('puts pivot tables and charts on the Ratings table and the dashboard', () => {
    const pivots = result.plan.sheets.find((s) => s.kind === 'pivot-tables')?.pivotTables ?? [];
    expect(pivots).toHaveLength(2);
    expect(pivots[0]).toMatchObject({
      rows: [{ sourceColumn: ratingsColumn('standard') }],
      columns: [{ sourceColumn: ratingsColumn('role') }],
      values: [{ sourceColumn: ratingsColumn('score'), summarize: 'AVERAGE' }],
    });
    expect(pivots[1]).toMatchObject({
      rows: [{ sourceColumn: ratingsColumn('rating') }],
      columns: [{ sourceColumn: ratingsColumn('standard') }],
    });
    const charts = result.plan.sheets.find((s) => s.kind === 'dashboard')?.charts ?? [];
    expect(charts.map((c) => [c.type, Boolean(c.stacked)])).toEqual([
      ['bar', false],
      ['bar', true],
      ['column', false],
    ]);
  });
});
