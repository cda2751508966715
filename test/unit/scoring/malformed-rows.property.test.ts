import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { builtInFramework } from '../../../shared/frameworks';
import {
  aggregateRatings,
  formatLocation,
  parseRatingRows,
  parseSurveyRows,
  rankPriorities,
  type ValueError,
} from '../../../shared/scoring';

const framework = builtInFramework('pta-2022');
const ROWS_PER_RUN = 500;
const RUNS = 20; // 20 x 500 = 10,000 rows

const labels = [
  'Excelling',
  'Progressing',
  'Emerging',
  'Below',
  'Not sure',
  'not here yet',
  'No sé',
  'no se',
  'Sobresaliente',
  'En progreso',
  'Progresing',
  '2 - Progressing',
  'Emerging (3)',
];

const messyCase = (text: string) =>
  fc
    .tuple(
      fc.constantFrom('', ' ', '  ', '\u00a0', '\t', '\u200b'),
      fc.boolean(),
      fc.constantFrom('', ' ', '\n'),
    )
    .map(([before, upper, after]) => `${before}${upper ? text.toUpperCase() : text}${after}`);

/** Anything a spreadsheet, a CSV or a careless script could put in a cell. */
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...labels).chain(messyCase) },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 6 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  {
    weight: 2,
    arbitrary: fc.integer({ min: -3, max: 6 }).map((n) => ` ${n}${n % 2 ? '.0' : ''} `),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom('', ' ', null, undefined) },
  { weight: 1, arbitrary: fc.constant('Excelling '.repeat(20_000)) },
  {
    weight: 1,
    arbitrary: fc.oneof(fc.boolean(), fc.date(), fc.object(), fc.array(fc.integer()), fc.bigInt()),
  },
);

const raterId = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('Maria', 'Kim', 'Ana', 'José', ' Lee ', '7') },
  { weight: 1, arbitrary: fc.constantFrom('', null, 12, {}, ['x']) },
);
const role = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .constantFrom('Parent', 'teacher', 'Staff', 'Principal', 'Estudiante', 'community partner')
      .chain(messyCase),
  },
  { weight: 1, arbitrary: cell },
);
const ratedIds = ['1.1.1', '1.1.2', '2.1.4', '3.2.1', '6.2.3'];
const itemId = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...ratedIds, 'Indicator 1.1.1') },
  { weight: 1, arbitrary: fc.constantFrom('2.1', '9.9.9', '', 2.1, null, {}) },
);

/** Object rows: fields may be missing, and a JSON row may repeat a key (the last one wins). */
const objectRow = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.record(
      { raterId, role, itemId, level: cell, evidence: fc.oneof(cell, fc.constant(undefined)) },
      { requiredKeys: [] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...labels), fc.constantFrom(...labels))
      .map(
        ([first, second]) =>
          JSON.parse(
            `{"raterId":"Maria","role":"Parent","itemId":"1.1.1","level":${JSON.stringify(first)},"level":${JSON.stringify(second)}}`,
          ) as Record<string, unknown>,
      ),
  },
);

const row = fc.oneof(
  { weight: 30, arbitrary: objectRow.map((r) => ({ kind: 'object' as const, r })) },
  { weight: 1, arbitrary: fc.anything().map((r) => ({ kind: 'raw' as const, r })) },
);

type Outcome = 'rating' | 'blank' | 'error';

/** Which input row a location points back to: its spreadsheet row, or its position. */
function rowIndexOf(location: { row?: number; field?: string }): number {
  if (location.row !== undefined) return location.row - 2;
  const match = /^rows\[(\d+)\]/.exec(location.field ?? '');
  if (!match) throw new Error(`A location that leads to no row: ${JSON.stringify(location)}`);
  return Number(match[1]);
}

function expectLocated(error: ValueError) {
  expect(Object.keys(error.location).length).toBeGreaterThan(0);
  expect(error.message.startsWith(`${formatLocation(error.location)}: `)).toBe(true);
  expect(error.reason?.length ?? 0).toBeGreaterThan(0);
}

describe('10,000 random and malformed rating rows', () => {
  let rowsSeen = 0;
  const seen = { ratings: 0, blanks: 0, errors: 0, duplicates: 0, counted: 0 };

  test('each row ends as a rating, a blank or located errors; nothing escapes or counts twice', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: ROWS_PER_RUN, maxLength: ROWS_PER_RUN }),
        (generated) => {
          // Most rows say where they are; some (and every raw value) are named by position.
          const rows = generated.map(({ kind, r }, i) => {
            if (kind === 'raw') return r;
            if (i % 17 === 0) return { ...r };
            const location = { sheet: 'Ratings', row: i + 2 };
            return { ...r, location, cells: { level: 'E', role: 'B' } };
          });
          rowsSeen += rows.length;

          const parsed = parseRatingRows(rows, { framework });
          const outcome = new Map<number, Outcome>();
          const settle = (index: number, kind: Outcome) => {
            const before = outcome.get(index);
            if (before !== undefined && !(before === 'error' && kind === 'error')) {
              throw new Error(`Row ${index} ended as both ${before} and ${kind}`);
            }
            outcome.set(index, kind);
          };
          for (const r of parsed.ratings) settle(rowIndexOf(r.location ?? {}), 'rating');
          for (const b of parsed.blanks) settle(rowIndexOf(b.location), 'blank');
          for (const e of parsed.errors) {
            expectLocated(e);
            settle(rowIndexOf(e.location), 'error');
          }
          // Every row has exactly one outcome: responses + rows in error + blanks = rows.
          expect(outcome.size).toBe(rows.length);
          const rowsInError = [...outcome.values()].filter((o) => o === 'error').length;
          expect(parsed.ratings.length + rowsInError + parsed.blanks.length).toBe(rows.length);

          const scores = aggregateRatings(framework, parsed.ratings);
          seen.ratings += parsed.ratings.length;
          seen.blanks += parsed.blanks.length;
          seen.errors += rowsInError;
          seen.duplicates += scores.errors.length;
          seen.counted += scores.counted;
          // Independent count: a (rater, item) pair rated once counts; a pair rated twice or more never.
          const perPair = new Map<string, number>();
          for (const r of parsed.ratings) {
            const key = `${r.raterId}\u0000${r.itemId}`;
            perPair.set(key, (perPair.get(key) ?? 0) + 1);
          }
          const once = [...perPair.values()].filter((n) => n === 1).length;
          expect(scores.counted).toBe(once);
          expect(scores.counted + scores.excluded).toBe(parsed.ratings.length);
          for (const e of scores.errors) {
            expectLocated(e);
            expect(e.otherLocations?.length).toBe(1);
          }

          for (const group of [scores.overall, ...Object.values(scores.byId)]) {
            for (const summary of [group.all, ...Object.values(group.byRole)]) {
              const d = summary.distribution;
              const sum = d.excelling + d.progressing + d.emerging + d.below + d['not-sure'];
              expect(sum).toBe(summary.n);
              expect(summary.scored + summary.notSure).toBe(summary.n);
              if (summary.mean !== null) {
                expect(summary.mean).toBeGreaterThanOrEqual(0);
                expect(summary.mean).toBeLessThanOrEqual(3);
              }
            }
            const byRoleTotal = Object.values(group.byRole).reduce((total, s) => total + s.n, 0);
            expect(byRoleTotal).toBe(group.all.n);
          }
          const total = (list: { all: { n: number } }[]) => list.reduce((t, g) => t + g.all.n, 0);
          expect(scores.overall.all.n).toBe(scores.counted);
          expect(total(scores.items)).toBe(scores.counted);
          expect(total(scores.level2)).toBe(scores.counted);
          expect(total(scores.level1)).toBe(scores.counted);

          const alpha = scores.agreement.ordinal.alpha;
          if (alpha !== null) expect(alpha).toBeLessThanOrEqual(1 + 1e-12);
          const priorities = rankPriorities(scores);
          expect(priorities.byLowMean.length + priorities.unscored.length).toBe(
            scores.items.length,
          );
        },
      ),
      { numRuns: RUNS },
    );
    expect(rowsSeen).toBeGreaterThanOrEqual(10_000);
    // The generators reach every outcome often, so the checks above were not run on empty results.
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(100);
  }, 120_000);

  test('survey rows: the same three outcomes, and no exception escapes', () => {
    const surveyCell = fc.oneof(
      fc
        .constantFrom('Strongly agree', 'de acuerdo', 'Neutral', 'Disagree', 'Agre', '6', 5, 0)
        .chain(
          (v): fc.Arbitrary<unknown> => (typeof v === 'string' ? messyCase(v) : fc.constant(v)),
        ),
      cell,
    );
    const surveyRow = fc.record(
      {
        respondentId: raterId,
        standardId: fc.constantFrom('1', '2', 'Standard 3', '7', 2, null),
        statementId: fc.oneof(fc.constantFrom('q1', 'q2', undefined), cell),
        level: surveyCell,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(surveyRow, { minLength: 200, maxLength: 200 }), (generated) => {
        const rows = generated.map((r, i) => ({ ...r, location: { sheet: 'Survey', row: i + 2 } }));
        const parsed = parseSurveyRows(rows, { framework });
        const ended = new Set<number>();
        for (const r of parsed.responses) ended.add(rowIndexOf(r.location ?? {}));
        for (const b of parsed.blanks) ended.add(rowIndexOf(b.location));
        const errorRows = new Set(parsed.errors.map((e) => rowIndexOf(e.location)));
        for (const e of parsed.errors) expectLocated(e);
        expect(parsed.responses.length + parsed.blanks.length + errorRows.size).toBe(rows.length);
        expect(ended.size + errorRows.size).toBe(rows.length);
      }),
      { numRuns: 10 },
    );
  }, 60_000);
});
