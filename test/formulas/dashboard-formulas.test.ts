import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { groupLabel } from '../../apps-script/workbook/framework-labels';
import {
  type BuiltInFrameworkId,
  builtInFramework,
  frameworkNodes,
  ratedNodes,
} from '../../shared/frameworks';
import {
  type AssessmentScores,
  aggregateRatings,
  type LevelSummary,
  parseRatingRows,
  parseTeamLevel,
  type RatingRowInput,
  ROLE_LABELS,
  ROLES,
  type Role,
  teamLevelLabel,
} from '../../shared/scoring';
import { installAddOn } from '../bundle/apps-script/fake/load-code';
import { sheetByName, type WorkbookModel } from '../bundle/apps-script/fake/spreadsheet-model';
import { setupRequest, typeInto } from '../bundle/apps-script/fake/team';
import { recalculate } from './support/libreoffice';
import { type Computed, readComputed, writeXlsx } from './support/xlsx';

/**
 * The dashboard's formulas, as the built add-on writes them, computed by a real spreadsheet engine
 * (LibreOffice Calc) and compared number by number with the scoring core on the same ratings.
 */
const TEAM: Array<{ name: string; role: Role }> = [
  { name: 'Maria Lopez', role: 'family' },
  { name: 'Kwame Mensah', role: 'family' },
  { name: 'John Smith', role: 'teacher' },
  { name: "Siobhán O'Neill", role: 'teacher' },
  { name: 'Dana Park', role: 'staff' },
  { name: 'Ana Ruiz', role: 'administrator' },
  { name: 'Leo Chen', role: 'student' },
  { name: 'Rosa Diaz', role: 'community-partner' },
];

/** What people type: labels in any case and spacing, Spanish, scores, blanks and mistakes. */
const TYPED: Array<string | number> = [
  'Excelling',
  'Progressing',
  'Emerging',
  'Below',
  'Not sure',
  'progressing ',
  '  EXCELLING',
  'Sobresaliente',
  'En progreso',
  'emergente',
  'Por debajo',
  'No sé',
  'no se',
  3,
  2,
  1,
  0,
  '3',
  '2.0',
  'below (not here yet)',
  'Below',
  'Progressing',
  'Emerging',
  '',
  '',
  '',
  'Progresing',
  2.5,
  'N/A',
  '*',
  '?',
  'maybe',
];

interface Case {
  framework: BuiltInFrameworkId;
  workbook: WorkbookModel;
  rows: RatingRowInput[];
  sheets: Map<string, string>;
  computed?: Map<string, Computed[][]>;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function buildCase(framework: BuiltInFrameworkId, seed: number): Case {
  const addOn = installAddOn();
  const result = addOn.plain(
    addOn.call('saveSetup', setupRequest(TEAM, { framework: { source: framework } })) as {
      ok: boolean;
    },
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  const items = ratedNodes(builtInFramework(framework));
  const random = seeded(seed);
  const rows: RatingRowInput[] = [];
  const sheets = new Map<string, string>();
  for (const member of TEAM) {
    const sheet = addOn.workbook.sheets.find((s) => s.name.startsWith(member.name.slice(0, 12)))!;
    sheets.set(member.name, sheet.name);
    items.forEach((item, i) => {
      const value = TYPED[Math.floor(random() * TYPED.length)] ?? '';
      const row = 5 + i;
      typeInto(addOn.workbook, sheet.name, row, 5, value);
      rows.push({
        raterId: member.name,
        role: member.role,
        itemId: item.id,
        level: value,
        location: { sheet: sheet.name, row },
        cells: { level: 'E' },
      });
    });
  }
  addOn.call('refreshDashboard');
  return { framework, workbook: addOn.workbook, rows, sheets };
}

const cases: Case[] = [buildCase('pta-2022', 7), buildCase('pta-2008', 11), buildCase('kb-r', 23)];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fsp-formulas-'));
  const files = cases.map((c) => join(dir, `${c.framework}.xlsx`));
  await Promise.all(cases.map((c, i) => writeXlsx(c.workbook, files[i] ?? '')));
  const recalculated = await recalculate(files);
  for (const [i, c] of cases.entries()) c.computed = await readComputed(recalculated[i] ?? '');
}, 120_000);

function sheet(c: Case, name: string): Computed[][] {
  const grid = c.computed?.get(name);
  if (!grid) throw new Error(`LibreOffice did not return sheet ${name}`);
  return grid;
}

const blank = (v: Computed | undefined) => v === null || v === undefined || v === '';

function expectNumber(actual: Computed | undefined, expected: number | null, what: string): void {
  if (expected === null) {
    expect(blank(actual), `${what}: expected blank, got ${String(actual)}`).toBe(true);
    return;
  }
  expect(typeof actual, `${what}: got ${String(actual)}`).toBe('number');
  expect(actual as number, what).toBeCloseTo(expected, 9);
}

/** Finds a section of the dashboard by its title and returns its rows, label first. */
function section(grid: Computed[][], title: string, count: number): Computed[][] {
  const at = grid.findIndex((row) => row[0] === title);
  if (at < 0) throw new Error(`No section "${title}" on the dashboard`);
  return grid.slice(at + 2, at + 2 + count);
}

function expectSummaryRow(row: Computed[] | undefined, label: string, summary: LevelSummary): void {
  expect(row?.[0]).toBe(label);
  const what = (name: string) => `${label}: ${name}`;
  expectNumber(row?.[1], summary.n, what('responses'));
  expectNumber(row?.[2], summary.scored, what('scored'));
  expectNumber(row?.[3], summary.mean, what('mean'));
  if (summary.levelOfMean)
    expect(row?.[4], what('level')).toBe(teamLevelLabel(summary.levelOfMean));
  else expect(blank(row?.[4]), what('level')).toBe(true);
  expectNumber(row?.[5], summary.distribution.excelling, what('excelling'));
  expectNumber(row?.[6], summary.distribution.progressing, what('progressing'));
  expectNumber(row?.[7], summary.distribution.emerging, what('emerging'));
  expectNumber(row?.[8], summary.distribution.below, what('below'));
  expectNumber(row?.[9], summary.distribution['not-sure'], what('not sure'));
  expectNumber(row?.[10], summary.shareProgressingOrAbove, what('share at Progressing or above'));
  expectNumber(row?.[11], summary.sd, what('spread'));
  expectNumber(row?.[12], summary.min, what('lowest'));
  expectNumber(row?.[13], summary.max, what('highest'));
  expectNumber(row?.[14], summary.modalShare, what('agreement'));
}

describe.each(cases.map((c) => [c.framework, c] as const))(
  '%s: the dashboard computed by LibreOffice',
  (_id, c) => {
    const framework = builtInFramework(c.framework);
    const parsed = parseRatingRows(c.rows, { framework });
    const scores: AssessmentScores = aggregateRatings(framework, parsed.ratings);
    const [standardName = 'Standard', goalName = 'Goal'] = framework.levels;

    it('the test data has every kind of value: ratings in many spellings, blanks and mistakes', () => {
      const cells = c.rows.length;
      expect(parsed.ratings.length).toBeGreaterThan(cells * 0.5);
      expect(parsed.errors.length).toBeGreaterThan(cells * 0.05);
      expect(parsed.blanks.length).toBeGreaterThan(cells * 0.03);
      expect(scores.counted).toBe(parsed.ratings.length);
    });

    it('reads each rating cell as the scoring core does (Ratings: Rating and Score)', () => {
      const ratings = sheet(c, 'Ratings');
      expect(ratings).toHaveLength(1 + c.rows.length);
      c.rows.forEach((input, i) => {
        const row = ratings[i + 1] ?? [];
        expect(row[1]).toBe(input.raterId);
        expect(row[4]).toBe(input.itemId);
        const level = parseTeamLevel(input.level);
        const label = level.kind === 'value' ? teamLevelLabel(level.value) : '';
        expect(
          blank(row[7]) ? '' : row[7],
          `${input.raterId} ${input.itemId} "${String(input.level)}"`,
        ).toBe(label);
        const score =
          level.kind === 'value' && level.value !== 'not-sure'
            ? ['below', 'emerging', 'progressing', 'excelling'].indexOf(level.value)
            : null;
        expectNumber(row[8], score, `score of ${input.raterId} ${input.itemId}`);
        expect(row[15] ?? '', 'problem').toBe(level.kind === 'invalid' ? 'Not a rating' : '');
      });
    });

    it(`matches the scoring core for every ${standardName.toLowerCase()} and for all of them`, () => {
      const dashboard = sheet(c, 'Dashboard');
      const rows = section(dashboard, `By ${standardName.toLowerCase()}`, scores.level1.length + 1);
      scores.level1.forEach((node, i) => {
        const label = groupLabel(frameworkNodes(framework).find((n) => n.id === node.id) ?? node);
        expectSummaryRow(rows[i], label, node.all);
      });
      expectSummaryRow(
        rows[scores.level1.length],
        `All ${standardName.toLowerCase()}s`,
        scores.overall.all,
      );
    });

    it(`matches the scoring core for every ${goalName.toLowerCase()}`, () => {
      if (framework.ratedLevel !== 3) {
        expect(scores.level2).toHaveLength(0);
        return;
      }
      const dashboard = sheet(c, 'Dashboard');
      const rows = section(dashboard, `By ${goalName.toLowerCase()}`, scores.level2.length);
      expect(scores.level2.length).toBeGreaterThan(0);
      scores.level2.forEach((node, i) => {
        const label = groupLabel(frameworkNodes(framework).find((n) => n.id === node.id) ?? node);
        expectSummaryRow(rows[i], label, node.all);
      });
    });

    it('matches the scoring core’s mean for every role and standard', () => {
      const dashboard = sheet(c, 'Dashboard');
      const at = dashboard.findIndex(
        (row) => row[0] === `Mean score by role and ${standardName.toLowerCase()}`,
      );
      const header = dashboard[at + 1] ?? [];
      expect(header.slice(1)).toEqual([...ROLES.map((r) => ROLE_LABELS[r].en), 'Everyone']);
      scores.level1.forEach((node, i) => {
        const row = dashboard[at + 2 + i] ?? [];
        ROLES.forEach((role, j) => {
          expectNumber(row[j + 1], node.byRole[role].mean, `${node.id} ${role}`);
        });
        expectNumber(row[ROLES.length + 1], node.all.mean, `${node.id} everyone`);
      });
    });

    it('lists the values it cannot read, live, with their sheet, row and column', () => {
      const dashboard = sheet(c, 'Dashboard');
      expectNumber(dashboard[2]?.[7], parsed.errors.length, 'count of unreadable values');
      expectNumber(dashboard[2]?.[3], scores.overall.all.n, 'ratings entered');
      const at = dashboard.findIndex(
        (row) => row[0] === 'Values the dashboard can’t read (live; the first 25)',
      );
      const listed = dashboard.slice(at + 2, at + 2 + 25).map((row) => row.slice(0, 6));
      const expected = c.rows
        .filter((r) => parseTeamLevel(r.level).kind === 'invalid')
        .slice(0, 25)
        .map((r) => [
          r.location?.sheet,
          r.location?.row,
          'E',
          r.raterId,
          r.itemId,
          String(r.level),
        ]);
      expect(listed.slice(0, expected.length)).toEqual(expected);
      expect(listed.slice(expected.length).every((row) => row.every(blank))).toBe(true);
      // And the same values, with the scoring core's message, from the last refresh.
      const messages = dashboard
        .flat()
        .filter((v): v is string => typeof v === 'string' && v.startsWith('Sheet "'));
      expect(messages).toEqual(parsed.errors.slice(0, 50).map((e) => e.message));
    });
  },
);

describe('what the formulas and the scoring core read differently', () => {
  it('a value only the scoring core reads ("2 - Progressing") is flagged live, not counted in silence', async () => {
    const addOn = installAddOn();
    addOn.call('saveSetup', setupRequest([{ name: 'Maria Lopez', role: 'family' }]));
    const name = 'Maria Lopez (family)';
    typeInto(addOn.workbook, name, 5, 5, '2 - Progressing');
    typeInto(addOn.workbook, name, 6, 5, 'Progressing');
    expect(parseTeamLevel('2 - Progressing')).toEqual({ kind: 'value', value: 'progressing' });
    const dir = mkdtempSync(join(tmpdir(), 'fsp-formulas-'));
    await writeXlsx(addOn.workbook, join(dir, 'variant.xlsx'));
    const [file] = await recalculate([join(dir, 'variant.xlsx')]);
    const computed = await readComputed(file ?? '');
    const ratings = computed.get('Ratings') ?? [];
    expect(ratings[1]?.[15]).toBe('Not a rating');
    expect(ratings[2]?.[7]).toBe('Progressing');
    expect(computed.get('Dashboard')?.[2]?.[7]).toBe(1);
    expect(sheetByName(addOn.workbook, 'Dashboard')).toBeDefined();
  }, 120_000);
});
