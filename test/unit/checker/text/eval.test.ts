import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reportSchema } from '../../../../shared/checker/report';
import { precisionByPassages } from '../../../eval/by-passages';
import { type Evaluation, evaluate, readLabels } from '../../../eval/evaluate';
import { evalDir, repoRoot, requireSharedFolder } from '../../../support/paths';

/**
 * The evaluation as a regression guard: the real pipeline (extraction, checkDocument, built-in
 * rules) over the labelled dev set must keep the targets, and the toolkit's held-out
 * passages must not fall below the level measured when they were written. Not a speed test.
 */
const evaluations = new Map<string, Evaluation>();
/** A held-out set's evaluation, run once for all the tests of this file that read it. */
function evaluatedSet(folder: string): Evaluation {
  let result = evaluations.get(folder);
  if (!result) {
    result = evaluate(join(repoRoot, 'test/fixtures/rules', folder));
    evaluations.set(folder, result);
  }
  return result;
}

describe('indicator tags on the labelled dev set (npm run eval)', () => {
  const result = evaluate(requireSharedFolder(evalDir));

  test('every sample is checked into a valid report', () => {
    expect(result.samples.length).toBe(21);
    for (const s of result.samples) expect(reportSchema.safeParse(s.report).success).toBe(true);
  });

  test('overall precision >= 0.90 and recall >= 0.80', () => {
    expect(result.overall.tp).toBeGreaterThan(30);
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.8);
  });

  test('primary language, translation offered and contact given agree with the labels', () => {
    for (const fact of result.facts) {
      expect(
        fact.correct / fact.total,
        `${fact.name}: ${fact.wrong.join('; ')}`,
      ).toBeGreaterThanOrEqual(0.9);
    }
  });
});

/**
 * 35 real public newsletters, notices and forms labelled blind by someone who never saw the rules
 * (first run with the round-1 rules: P 0.69, R 0.49). Round 2's rules were improved with this set's
 * errors in view, so its figures now are a regression floor, not an estimate for unseen messages.
 * Labels are evaluated as given; LABEL-NOTES.md lists those we believe are doubtful.
 */
describe('indicator tags on the blind real held-out set', () => {
  const result = evaluate(join(repoRoot, 'test/fixtures/rules/held-out-real'));

  test('precision >= 0.90 and recall >= 0.90', () => {
    expect(result.samples.length).toBe(35);
    expect(result.overall.tp).toBeGreaterThanOrEqual(75);
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.9);
  });

  test('translation offered and contact details agree with the labels', () => {
    for (const fact of result.facts.filter((f) => f.name !== 'primaryLanguage')) {
      expect(
        fact.correct / fact.total,
        `${fact.name}: ${fact.wrong.join('; ')}`,
      ).toBeGreaterThanOrEqual(0.95);
    }
  });
});

/**
 * Real sets C and D, collected in round 2 and labelled before the rules ran on them (first runs:
 * P 0.66 R 0.55 and P 0.71 R 0.50). Their errors were then used to widen general phrasing
 * families, so these floors guard against regressions; they do not estimate unseen messages.
 */
describe.each([
  // Set D's labeller read "we will notify you by 8:30 PM" as 2.1.6/2.1.3 where the labellers of
  // sets F and G count such statements as 2.2.1 (CONVENTIONS.md); round 4 follows F and G, which
  // costs D two false tags (P 0.86 -> 0.84), hence its lower precision floor.
  ['held-out-real-2', 35, 60, 0.85],
  ['held-out-real-3', 29, 45, 0.82],
])('indicator tags on real set %s', (folder, samples, minTruePositives, minPrecision) => {
  const result = evaluate(join(repoRoot, 'test/fixtures/rules', folder));

  test('precision and recall stay at or above their floors', () => {
    expect(result.samples.length).toBe(samples);
    expect(result.overall.tp).toBeGreaterThanOrEqual(minTruePositives);
    expect(result.overall.precision).toBeGreaterThanOrEqual(minPrecision);
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.85);
  });
});

/**
 * Floors for the later real sets, each with its history:
 * - E (first run P 0.68, R 0.64; three bugs fixed after it in round 2, then round 3's error
 *   analysis with set F: P 0.81, R 0.88);
 * - F (run blind once after round 2, P 0.74, R 0.54, then used for round 3's error analysis);
 * - G (run blind once with the round-3 rules, P 0.71, R 0.54, then used for round 4's cross-set
 *   analysis, CONVENTIONS.md);
 * - H (built blind after round 4; first run P 0.63, R 0.54; then used for round 5's cross-set
 *   analysis with I: P 0.82, R 0.94);
 * - I (29 texts, 10 of them forms, built blind after round 4 to the dev labeller's conventions;
 *   first run P 0.74, R 0.69; then used for round 5: P 0.87, R 0.93);
 * - J (38 texts, 16 of them notices and web pages, built blind after round 5: round-4 rules
 *   P 0.71, R 0.62; round-5 rules P 0.73, R 0.65; then used for round 6's cross-set analysis:
 *   P 0.86, R 0.90);
 * - K (36 texts, 15 of them newsletters, built blind after J: round-5 rules P 0.75, R 0.58, and
 *   round-6 rules exactly the same; then used for round 7's cross-set analysis: P 0.79, R 0.70).
 * - L (35 texts, 14 of them notices, built blind after K: round-6 rules P 0.76, R 0.54, and
 *   round-7 rules exactly the same; then used for round 8's vocabulary: P 0.88, R 0.94);
 * - M (29 English texts) and N (23 Spanish and French texts), built blind during round 8: round-7
 *   rules P 0.75, R 0.66 and P 0.68, R 0.40; round-8 rules P 0.76, R 0.69 and P 0.75, R 0.45, the
 *   first round that moved a set it had not seen; then used for round 9: P 0.83, R 0.91 and
 *   P 0.91, R 0.91;
 * - O (34 texts, built blind after round 8): round-7 rules P 0.63, R 0.51; round-8 rules P 0.66,
 *   R 0.60; round-9 rules P 0.67, R 0.60; then used for round 10: P 0.92, R 0.92;
 * - P (36 texts, built blind during round 10): round-7 rules P 0.69, R 0.52; round-8 rules
 *   P 0.71, R 0.61; round-9 and round-10 rules exactly the same; then used for round 11's genre
 *   vocabulary: P 0.98, R 0.92;
 * - Q (36 texts, built blind during round 11): round-10 rules P 0.57, R 0.43; round-11 rules
 *   P 0.56, R 0.43; then used for round 12's composed lexicons: P 0.77, R 0.68;
 * - R (27 texts, built blind during round 12): round-10 and round-11 rules P 0.71, R 0.68 (every
 *   tag the same); round-12 rules P 0.70, R 0.70; then used for round 13: P 0.92, R 0.87;
 * - S (21 texts, no forms, built blind after round 12): round-10 and round-12 rules P 0.68, R 0.57,
 *   every tag the same; then used for round 13: P 0.93, R 0.91;
 * - T (33 texts, 8 of them forms, built blind during round 13 and never tuned on): round-12 rules
 *   P 0.71, R 0.63; round-13 rules P 0.71, R 0.65;
 * - U (27 texts, built blind after round 13 and never tuned on): round-12 and round-13 rules
 *   P 0.68, R 0.53, every tag the same;
 * - V (31 texts, 1 form, built blind in session 9 and never tuned on): round-13 rules P 0.59,
 *   R 0.56;
 * - W (33 texts, 1 form, built blind in session 10 and never tuned on): round-13 rules P 0.62,
 *   R 0.60. Rules that need two passages for 3.2.4, 4.1.3, 4.1.4 and 6.2.2 (decided on the first
 *   runs of sets I to U, then checked on V and W): V P 0.65, R 0.54; W P 0.69, R 0.58;
 * - X (33 texts, 3 forms, built blind in session 10 while round 14 ran, never tuned on): round-13
 *   rules P 0.73, R 0.59 (0.71, 0.59 without the two-passage rules); round-14 rules P 0.74,
 *   R 0.63. Round 14 sampled the misses of T, U, V and W;
 * - Y (35 texts, 3 forms, built blind in session 10 while round 15 ran, never tuned on): round-13
 *   rules P 0.82, R 0.55; round-14 rules P 0.82, R 0.60; round 15 (sampled from T to X) left
 *   every tag the same, so it was not merged;
 * - Z (34 texts, no forms) and AA (30 texts, no forms), built blind in session 11 while round 16
 *   ran, never tuned on: round-14 rules Z P 0.85, R 0.71; AA P 0.61, R 0.49. Round 16 (precision:
 *   the ordinary look-alikes) left every tag of both the same, so it was not merged;
 * - AB (27 texts, no forms), built blind in session 11 from the half of the corpus's hosts that
 *   round 17 (wording mined from real school pages, the other half) did not read, never tuned on:
 *   round-14 rules P 0.71, R 0.59. Round 17 left every tag of Z, AA and AB the same, so it was
 *   not merged;
 * - AD (28 texts, no forms), built blind in session 15 while round 18 ran, never tuned on:
 *   session-14 rules P 0.52, R 0.47. Round 18 (sampled from the misses of X to AC) left every tag
 *   the same, so it was not merged. A blog's comment-form line is no longer evidence, a fix that
 *   came from reading its false tags: P 0.53, R 0.47.
 * - AE (30 texts, 4 forms), built blind in session 16: session-15 rules P 0.61, R 0.56; round 18,
 *   merged on this evidence, P 0.62, R 0.58;
 * - AF (30 texts, 3 forms; the first with texts in the district's other languages, one each in eight
 *   of them), built blind in session 17: session-16 rules P 0.59, R 0.30 (the eight 1 right of 17);
 *   with the wording of the other languages, written without seeing it, P 0.61, R 0.34 (3 of 17).
 * First runs are the estimate for messages the rules have not seen; the floor of a blind set
 * only catches a regression.
 */
describe.each([
  ['held-out-real-4', 22, 0.75, 0.8],
  ['held-out-real-5', 39, 0.85, 0.8],
  ['held-out-real-6', 44, 0.8, 0.8],
  ['held-out-real-7 (tuned on in round 5)', 40, 0.78, 0.9],
  ['held-out-real-8 (tuned on in round 5)', 29, 0.83, 0.89],
  ['held-out-real-9 (tuned on in round 6)', 38, 0.82, 0.85],
  ['held-out-real-10 (tuned on in round 7)', 36, 0.8, 0.8],
  ['held-out-real-11 (tuned on in round 8)', 35, 0.84, 0.85],
  ['held-out-real-12 (tuned on in round 9)', 29, 0.8, 0.87],
  ['held-out-real-13 (tuned on in round 9)', 23, 0.87, 0.87],
  ['held-out-real-14 (tuned on in round 10)', 34, 0.88, 0.88],
  ['held-out-real-15 (tuned on in round 11)', 36, 0.93, 0.87],
  ['held-out-real-16 (tuned on in round 12)', 36, 0.72, 0.63],
  ['held-out-real-17 (tuned on in round 13)', 27, 0.88, 0.83],
  ['held-out-real-18 (tuned on in round 13)', 21, 0.88, 0.86],
  ['held-out-real-19 (sampled in round 14)', 33, 0.74, 0.72],
  ['held-out-real-20 (sampled in round 14)', 27, 0.67, 0.55],
  ['held-out-real-21 (sampled in round 14)', 31, 0.65, 0.6],
  ['held-out-real-22 (sampled in round 14)', 33, 0.73, 0.8],
  ['held-out-real-23 (tuned on in round 18)', 33, 0.7, 0.58],
  ['held-out-real-24 (tuned on in round 18)', 35, 0.78, 0.55],
  ['held-out-real-25 (tuned on in round 18)', 34, 0.8, 0.66],
  ['held-out-real-26 (tuned on in round 18)', 30, 0.56, 0.44],
  ['held-out-real-27 (tuned on in round 18)', 27, 0.66, 0.54],
  ['held-out-real-28 (tuned on in round 18)', 24, 0.68, 0.62],
  ['held-out-real-29 (never tuned on: an estimate for unseen messages)', 28, 0.5, 0.44],
  ['held-out-real-30 (never tuned on: an estimate for unseen messages)', 30, 0.58, 0.52],
  ['held-out-real-31 (never tuned on: an estimate for unseen messages)', 30, 0.58, 0.31],
])('indicator tags on real set %s', (name, samples, minPrecision, minRecall) => {
  const result = evaluatedSet(name.split(' ')[0] as string);

  test(`precision >= ${minPrecision} and recall >= ${minRecall}`, () => {
    expect(result.samples.length).toBe(samples);
    expect(result.overall.precision).toBeGreaterThanOrEqual(minPrecision);
    expect(result.overall.recall).toBeGreaterThanOrEqual(minRecall);
  });
});

/**
 * The CLI, the side panel and the Markdown copy ask readers to check an indicator found in one
 * passage only. That wording rests on this: on the sets never tuned on, an indicator evidenced by
 * two or more passages is right clearly more often than one evidenced by a single passage
 * (0.91 against 0.68 when written, on X to AC; 0.75 against 0.52 on AD and AE, the two sets left
 * untuned once round 18 was merged; 0.74 against 0.54 with AF added, 88 texts).
 */
describe('how sure a tag is, by the passages behind it', () => {
  const neverTuned = [29, 30, 31].map((n) => evaluatedSet(`held-out-real-${n}`));

  test('two or more passages are right more often than one, by at least 0.15', () => {
    const [one, two, more] = precisionByPassages(neverTuned);
    expect(one?.right).toBeGreaterThan(35);
    expect((two?.right ?? 0) + (more?.right ?? 0)).toBeGreaterThan(20);
    const several =
      ((two?.right ?? 0) + (more?.right ?? 0)) /
      ((two?.right ?? 0) + (two?.wrong ?? 0) + (more?.right ?? 0) + (more?.wrong ?? 0));
    expect(several - (one?.precision ?? 1)).toBeGreaterThanOrEqual(0.15);
  });

  test('every predicted indicator has its passages counted in the summary', () => {
    for (const { samples } of neverTuned) {
      for (const sample of samples) {
        const counted = sample.report.summary.indicators.map((i) => i.indicatorId);
        for (const id of sample.predicted) expect(counted, sample.file).toContain(id);
      }
    }
  });
});

/**
 * Written passages evidence an indicator in one sentence ("Families can call the Crisis Text Line
 * any time"), which the rules that need two passages (3.2.4, 4.1.3, 4.1.4, 6.2.2) no longer tag:
 * that took `held-out` from 42 right tags to 37 (recall 0.95 to 0.84).
 */
describe.each([
  ['held-out', 37],
  ['held-out-blind', 23],
])('indicator tags on the toolkit’s %s passages', (folder, minTruePositives) => {
  const result = evaluate(join(repoRoot, 'test/fixtures/rules', folder));

  test('precision stays at or above 0.85 and recall at or above 0.8', () => {
    expect(result.overall.tp).toBeGreaterThanOrEqual(minTruePositives);
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.85);
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.8);
  });
});

/**
 * Labels quote their evidence; a quote that is not in the text was mistyped or edited. The first
 * sets' labellers shortened long quotes with "...": each part must then appear, in order. Line
 * breaks of hard-wrapped texts count as spaces.
 */
function quotedIn(original: string, quote: string): boolean {
  const text = original.replace(/\s+/g, ' ');
  let from = 0;
  for (const part of quote
    .replace(/\s+/g, ' ')
    .split(/\s*(?:\.\.\.|…)\s*/)
    .filter(Boolean)) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

const realSets = readdirSync(join(repoRoot, 'test/fixtures/rules')).filter((d) =>
  d.startsWith('held-out-real'),
);
test.each(realSets)('every label of %s quotes its text word for word', (folder) => {
  const dir = join(repoRoot, 'test/fixtures/rules', folder);
  const labels = readLabels(dir);
  let quotes = 0;
  for (const [file, sample] of Object.entries(labels.samples)) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const [id, quote] of Object.entries(sample.indicators)) {
      expect(labels.indicatorsLabelled, `${folder}/${file}: ${id}`).toContain(id);
      expect(quotedIn(text, quote), `${folder}/${file}: ${id}: “${quote}”`).toBe(true);
      quotes++;
    }
  }
  expect(quotes).toBeGreaterThan(Object.keys(labels.samples).length);
});
