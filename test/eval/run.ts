// `npm run eval`: precision and recall of the indicator tags, per indicator and overall, on the
// labelled dev set (../shared/eval/dev), on the toolkit's own held-out passages
// (test/fixtures/rules/held-out and held-out-blind), on 35 real public texts labelled blind by
// someone who never saw the rules (test/fixtures/rules/held-out-real) and on 28 later sets of
// real texts (held-out-real-2 to -29), plus the facts the report states. `--verbose` lists,
// for each sample, the indicators missed and the false tags with their evidence.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evalDir, repoRoot, requireSharedFolder } from '../support/paths';
import { labellerAgreement, SECOND_LABELS } from './agreement';
import { precisionByPassages } from './by-passages';
import { type Evaluation, evaluate, precisionOf, recallOf } from './evaluate';

export const TARGETS = { precision: 0.9, recall: 0.8 };
const verbose = process.argv.includes('--verbose');
const fmt = (n: number) => n.toFixed(2);

function print(title: string, result: Evaluation, targets?: typeof TARGETS): void {
  console.log(`\n== ${title} (${result.samples.length} samples: ${result.dir}) ==`);
  console.log('indicator  precision  recall   tp  fp  fn');
  for (const [id, c] of result.byIndicator) {
    const p = c.tp + c.fp === 0 ? '   -   ' : fmt(precisionOf(c)).padStart(7);
    const r = c.tp + c.fn === 0 ? '   -  ' : fmt(recallOf(c)).padStart(6);
    console.log(
      `${id.padEnd(9)}  ${p}    ${r}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`,
    );
  }
  const o = result.overall;
  const target = (value: number, goal?: number) =>
    goal === undefined ? '' : ` (target >= ${fmt(goal)}: ${value >= goal ? 'met' : 'NOT met'})`;
  console.log(`overall    precision ${fmt(o.precision)}${target(o.precision, targets?.precision)}`);
  console.log(`           recall    ${fmt(o.recall)}${target(o.recall, targets?.recall)}`);
  console.log(`           tp ${o.tp}, fp ${o.fp}, fn ${o.fn}`);
  for (const f of result.facts) {
    if (f.total === 0) continue;
    console.log(
      `${f.name.padEnd(18)} accuracy ${fmt(f.correct / f.total)} (${f.correct}/${f.total})`,
    );
    if (verbose) for (const w of f.wrong) console.log(`    ${w}`);
  }
  if (!verbose) return;
  for (const s of result.samples) {
    const missed = s.expected.filter((id) => !s.predicted.includes(id));
    const extra = s.predicted.filter((id) => !s.expected.includes(id));
    if (missed.length === 0 && extra.length === 0) continue;
    console.log(`  ${s.file}: missed [${missed.join(', ')}]`);
    for (const id of extra) {
      const e = s.evidence[id];
      console.log(`    false ${id} by ${e?.ruleId}: “${e?.quote.slice(0, 140)}”`);
    }
  }
}

const dev = evaluate(requireSharedFolder(evalDir));
print('dev set', dev, TARGETS);
/**
 * The other sets, each with the figures of its first run. Every real set was labelled by someone
 * who never saw the rules and run once before anyone looked at it; C, D and E were then tuned on in
 * round 2, E and F in round 3, G in round 4, H and I in round 5, J in round 6, K in round 7, L in
 * round 8, M and N in round 9, O in round 10 (CONVENTIONS.md). The estimate for messages the rules
 * have not seen is each set's first run.
 */
const HELD_OUT_SETS: ReadonlyArray<[folder: string, title: string]> = [
  [
    'held-out',
    'held-out set A (written for the toolkit; its first run found gaps that were then fixed)',
  ],
  [
    'held-out-blind',
    "held-out set B (written after set A's fixes; blind first run P 0.89, R 0.65)",
  ],
  [
    'held-out-real',
    'held-out real (35 public texts labelled blind; first run, round-1 rules: P 0.69, R 0.49; see LABEL-NOTES.md)',
  ],
  [
    'held-out-real-2',
    'held-out real C (35 public texts; first run, round-2 first pass: P 0.66, R 0.55)',
  ],
  [
    'held-out-real-3',
    'held-out real D (29 public texts; first run, round-2 second pass: P 0.71, R 0.50)',
  ],
  [
    'held-out-real-4',
    'held-out real E (22 public texts; first run, round-2 third pass: P 0.68, R 0.64)',
  ],
  [
    'held-out-real-5',
    'held-out real F (39 public texts; first run, after round 2: P 0.74, R 0.54; see LABEL-NOTES.md)',
  ],
  [
    'held-out-real-6',
    'held-out real G (44 public texts; first run, round-3 rules: P 0.71, R 0.54 (round-2 rules 0.69 / 0.49))',
  ],
  [
    'held-out-real-7',
    'held-out real H (40 public texts; first runs: round-3 rules P 0.63, R 0.53; round-4 rules P 0.63, R 0.54; tuned on in round 5)',
  ],
  [
    'held-out-real-8',
    "held-out real I (29 public texts, 10 of them forms, labelled to the dev labeller's conventions; first run, round-4 rules: P 0.74, R 0.69; tuned on in round 5)",
  ],
  [
    'held-out-real-9',
    'held-out real J (38 public texts, 16 of them notices and web pages; first runs: round-4 rules P 0.71, R 0.62; round-5 rules P 0.73, R 0.65; tuned on in round 6)',
  ],
  [
    'held-out-real-10',
    'held-out real K (36 public texts, 15 of them newsletters; first runs: round-5 rules P 0.75, R 0.58; round-6 rules the same; tuned on in round 7)',
  ],
  [
    'held-out-real-11',
    'held-out real L (35 public texts, 14 of them notices; first runs: round-6 rules P 0.76, R 0.54; round-7 rules the same; tuned on in round 8)',
  ],
  [
    'held-out-real-12',
    'held-out real M (29 public texts, all English; first runs: round-7 rules P 0.75, R 0.66; round-8 rules P 0.76, R 0.69; tuned on in round 9)',
  ],
  [
    'held-out-real-13',
    'held-out real N (23 public texts, Spanish and French; first runs: round-7 rules P 0.68, R 0.40; round-8 rules P 0.75, R 0.45; tuned on in round 9)',
  ],
  [
    'held-out-real-14',
    'held-out real O (34 public texts, 21 English, 8 Spanish, 5 French; first runs: round-7 rules P 0.63, R 0.51; round-8 rules P 0.66, R 0.60; round-9 rules P 0.67, R 0.60; tuned on in round 10)',
  ],
  [
    'held-out-real-15',
    'held-out real P (36 public texts, 22 English, 8 Spanish, 6 French; first runs: round-7 rules P 0.69, R 0.52; round-8 rules P 0.71, R 0.61; round-9 and round-10 rules the same, every tag the same; tuned on in round 11)',
  ],
  [
    'held-out-real-16',
    'held-out real Q (36 public texts, 22 English, 9 Spanish, 4 French, 1 bilingual; first runs: round-10 rules P 0.57, R 0.43; round-11 rules P 0.56, R 0.43; tuned on in round 12)',
  ],
  [
    'held-out-real-17',
    'held-out real R (27 public texts, 15 English, 8 Spanish, 4 French; first runs: round-10 rules P 0.71, R 0.68; round-11 rules the same, every tag the same; round-12 rules P 0.70, R 0.70; tuned on in round 13)',
  ],
  [
    'held-out-real-18',
    'held-out real S (21 public texts, 10 English, 6 Spanish, 5 French, no forms; first runs: round-10 rules P 0.68, R 0.57; round-12 rules the same, every tag the same; tuned on in round 13)',
  ],
  [
    'held-out-real-19',
    'held-out real T (33 public texts, 21 English, 9 Spanish, 3 French, 8 forms; first runs: round-12 rules P 0.71, R 0.63; round-13 rules P 0.71, R 0.65; sampled in round 14)',
  ],
  [
    'held-out-real-20',
    'held-out real U (27 public texts, 18 English, 6 Spanish, 3 French, 2 forms; first runs: round-12 and round-13 rules P 0.68, R 0.53, every tag the same; sampled in round 14)',
  ],
  [
    'held-out-real-21',
    'held-out real V (31 public texts, 18 English, 9 Spanish, 4 French, 1 form; sampled in round 14; first run: round-13 rules P 0.59, R 0.56; with two passages needed for 3.2.4, 4.1.3, 4.1.4, 6.2.2: P 0.65, R 0.54)',
  ],
  [
    'held-out-real-22',
    'held-out real W (33 public texts, 22 English, 8 Spanish, 3 French, 1 form; first run: round-13 rules P 0.62, R 0.60; with two passages needed for 3.2.4, 4.1.3, 4.1.4, 6.2.2: P 0.69, R 0.58; sampled in round 14)',
  ],
  [
    'held-out-real-23',
    'held-out real X (33 public texts, 18 English, 9 Spanish, 6 French, 3 forms; tuned on in round 18, session 16; first run: round-13 rules with two-passage rules P 0.73, R 0.59; round-14 rules P 0.74, R 0.63)',
  ],
  [
    'held-out-real-24',
    'held-out real Y (35 public texts, 23 English, 8 Spanish, 4 French, 3 forms; tuned on in round 18, session 16; first run: round-14 rules P 0.82, R 0.60; round-13 rules P 0.82, R 0.55)',
  ],
  [
    'held-out-real-25',
    'held-out real Z (34 public texts, 22 English, 8 Spanish, 4 French, no forms; tuned on in round 18, session 16; first run: round-14 rules P 0.85, R 0.71; rounds 16 and 17 left every tag the same)',
  ],
  [
    'held-out-real-26',
    'held-out real AA (30 public texts, 17 English, 8 Spanish, 5 French, no forms; tuned on in round 18, session 16; first run: round-14 rules P 0.61, R 0.49; rounds 16 and 17 left every tag the same)',
  ],
  [
    'held-out-real-27',
    'held-out real AB (27 public texts, 14 English, 8 Spanish, 5 French, no forms; tuned on in round 18, session 16; first run: round-14 rules P 0.71, R 0.59; round 17, mined from the other half of the corpus, left every tag the same)',
  ],
  [
    'held-out-real-28',
    'held-out real AC (24 public texts, 12 English, 8 Spanish, 4 French, no forms; tuned on in round 18, session 16; first run: round-14 rules P 0.73, R 0.67)',
  ],
  [
    'held-out-real-29',
    'held-out real AD (28 public texts, 16 English, 7 Spanish, 5 French, no forms; never tuned on; first run: session-14 rules P 0.52, R 0.47; round 18 left every tag the same; blog comment-form lines, found among its false tags, are no longer evidence)',
  ],
  [
    'held-out-real-30',
    'held-out real AE (30 public texts, 17 English, 7 Spanish, 6 French, 4 forms; never tuned on; first run: session-15 rules P 0.61, R 0.56; with round 18, merged on this evidence, P 0.62, R 0.58)',
  ],
  [
    'held-out-real-31',
    "held-out real AF (30 public texts, 11 English, 6 Spanish, 5 French and one each in Portuguese, Vietnamese, Chinese, Korean, Tagalog, Russian, Somali and Arabic; 3 forms; never tuned on; first run: session-16 rules P 0.59, R 0.30, the eight texts in other languages 1 right of 17; with the other languages' wording, written without seeing it, P 0.61, R 0.34, those eight 3 of 17)",
  ],
];
const heldOut = new Map<string, Evaluation>();
for (const [folder, title] of HELD_OUT_SETS) {
  const result = evaluate(join(repoRoot, 'test/fixtures/rules', folder));
  heldOut.set(folder, result);
  print(title, result);
}

// How often a tagged indicator is right by how many passages evidence it: the reason the CLI and
// the side panel ask readers to check an indicator found in one passage only.
const neverTuned = HELD_OUT_SETS.filter(([, title]) => title.includes('never tuned on'));
for (const [label, sets] of [
  ['the sets never tuned on', neverTuned],
  ['the other sets', HELD_OUT_SETS.filter((set) => !neverTuned.includes(set))],
] as const) {
  const evaluations = sets.map(([folder]) => heldOut.get(folder) as Evaluation);
  console.log(`\n== precision by passages per indicator, ${label} (${sets.length} sets) ==`);
  for (const { band, right, wrong, precision } of precisionByPassages(evaluations)) {
    console.log(
      `${`${band} passage${band === '1' ? '' : 's'}`.padEnd(12)}precision ${fmt(precision)} (right ${right}, wrong ${wrong})`,
    );
  }
}

// Where a set was labelled twice, how far the two labellers agree: the ceiling for the checker.
for (const [folder, title] of HELD_OUT_SETS) {
  const dir = join(repoRoot, 'test/fixtures/rules', folder);
  if (!existsSync(join(dir, SECOND_LABELS))) continue;
  const a = labellerAgreement(dir);
  const o = a.overall;
  console.log(
    `\n== two labellers on ${title.split(' (')[0]} (${a.texts} texts, ${SECOND_LABELS} against labels.json) ==`,
  );
  console.log(
    `overall    precision ${fmt(o.precision)}, recall ${fmt(o.recall)}, F1 ${fmt(o.f1)} (both ${o.tp}, second only ${o.fp}, first only ${o.fn})`,
  );
  for (const f of a.facts) console.log(`${f.name.padEnd(18)} same on ${f.same}/${a.texts}`);
  if (!verbose) continue;
  for (const [id, c] of a.byIndicator) {
    if (c.tp + c.fp + c.fn > 0)
      console.log(`  ${id.padEnd(7)} both ${c.tp}, second only ${c.fp}, first only ${c.fn}`);
  }
}

const met = dev.overall.precision >= TARGETS.precision && dev.overall.recall >= TARGETS.recall;
process.exitCode = met ? 0 : 1;
