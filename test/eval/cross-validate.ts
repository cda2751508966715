// `npm run eval:model`: does the trained sentence model, kept beside the pattern rules, tag unseen
// sets better? Leave-one-set-out cross-validation over the labelled sets (dev, A, B, real, C ... J):
// each set in turn is held out, the model is trained on the others, its thresholds are chosen by a
// second leave-one-set-out inside those training sets (never on the held-out set), and the
// held-out set is scored as evaluate.ts scores it: per (text, indicator), rules alone against
// rules + model. Columns: rules alone; the model alone; rules + model with cuts chosen for the
// model alone (each added tag right at least twice as often as wrong, the main variant); the same
// rule counted beside the rules' own tags; cuts that maximise each indicator's F1 with the rules;
// and the main variant with the model also vetoing rule tags. `--quick` chooses thresholds by 4
// inner groups instead of one per set. Figures and the decision: test/eval/MODEL-EXPERIMENT.md.
import { buildCorpus, type CorpusText, LABELLED_SETS } from './sentence-model/corpus';
import { compileModel } from './sentence-model/model';
import {
  chooseThresholds,
  chooseVetoes,
  type Objective,
  scoreTexts,
  trainModel,
} from './sentence-model/training';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const VARIANTS = [
  'rules',
  'model alone',
  'rules+model',
  'cuts beside rules',
  'cuts for F1',
  'rules+model+veto',
] as const;
type Variant = (typeof VARIANTS)[number];

const quick = process.argv.includes('--quick');
const started = Date.now();
const corpus = buildCorpus();
const { indicators, texts } = corpus;
const sets = LABELLED_SETS.map((s) => s.name);
const textsOf = (names: readonly string[]) => texts.filter((t) => names.includes(t.set));

console.log(
  `${texts.length} texts, ${texts.reduce((n, t) => n + t.sentences.length, 0)} sentences; labelled quotes found in no sentence: ${corpus.unmatched.length}`,
);
for (const u of corpus.unmatched) console.log(`  unmatched ${u}`);

/** Out-of-fold scores of every text of `train`: each group scored by a model trained on the rest. */
function outOfFold(train: readonly string[]): Map<CorpusText, Float64Array> {
  const groups = quick
    ? [0, 1, 2, 3].map((g) => train.filter((_, i) => i % 4 === g))
    : train.map((s) => [s]);
  const scores = new Map<CorpusText, Float64Array>();
  for (const group of groups) {
    const model = trainModel(textsOf(train.filter((s) => !group.includes(s))), indicators);
    const held = textsOf(group);
    scoreTexts(model, held).forEach((s, i) => {
      scores.set(held[i] as CorpusText, s);
    });
  }
  return scores;
}

/** Vetoes are chosen as logits (chooseVetoes); none is -Infinity. */
const logitOf = (cut: number | null) => (cut === null ? Number.NEGATIVE_INFINITY : cut);

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const perFold = new Map<string, Record<Variant, Counts>>();
const pooled = Object.fromEntries(VARIANTS.map((v) => [v, zero()])) as Record<Variant, Counts>;
const byIndicator = new Map(
  indicators.map((id) => [id, { rules: zero(), model: zero(), added: { right: 0, wrong: 0 } }]),
);

for (const held of sets) {
  const train = sets.filter((s) => s !== held);
  const trainTexts = textsOf(train);
  const oof = outOfFold(train);
  const oofScores = trainTexts.map((t) => oof.get(t) as Float64Array);
  const cuts: Record<Objective, (number | null)[]> = {
    alone: chooseThresholds(trainTexts, oofScores, indicators, 'alone'),
    precise: chooseThresholds(trainTexts, oofScores, indicators, 'precise'),
    f1: chooseThresholds(trainTexts, oofScores, indicators, 'f1'),
  };
  const vetoes = chooseVetoes(trainTexts, oofScores, indicators);
  const data = trainModel(trainTexts, indicators);
  const heldTexts = textsOf([held]);
  const scores = scoreTexts(data, heldTexts);
  const cutOf = (objective: Objective) =>
    compileModel({
      ...data,
      indicators: data.indicators.map((ind, k) => ({
        ...ind,
        threshold: cuts[objective][k] ?? null,
      })),
    }).cut;
  const alone = cutOf('alone');
  const precise = cutOf('precise');
  const f1 = cutOf('f1');
  const counts = Object.fromEntries(VARIANTS.map((v) => [v, zero()])) as Record<Variant, Counts>;
  heldTexts.forEach((text, t) => {
    indicators.forEach((id, k) => {
      const score = scores[t]?.[k] as number;
      const rule = text.rules.has(id);
      const predicted: Record<Variant, boolean> = {
        rules: rule,
        'model alone': score >= (alone[k] as number),
        'rules+model': rule || score >= (alone[k] as number),
        'cuts beside rules': rule || score >= (precise[k] as number),
        'cuts for F1': rule || score >= (f1[k] as number),
        'rules+model+veto':
          (rule && !(vetoes[k] !== null && score < logitOf(vetoes[k] ?? null))) ||
          (!rule && score >= (alone[k] as number)),
      };
      const expected = text.expected.has(id);
      for (const v of VARIANTS) {
        const c = counts[v];
        if (predicted[v] && expected) c.tp++;
        else if (predicted[v]) c.fp++;
        else if (expected) c.fn++;
      }
      const row = byIndicator.get(id) as NonNullable<ReturnType<typeof byIndicator.get>>;
      for (const [c, p] of [
        [row.rules, predicted.rules],
        [row.model, predicted['rules+model']],
      ] as const) {
        if (p && expected) c.tp++;
        else if (p) c.fp++;
        else if (expected) c.fn++;
      }
      if (!rule && predicted['rules+model']) {
        if (expected) row.added.right++;
        else row.added.wrong++;
      }
    });
  });
  perFold.set(held, counts);
  for (const v of VARIANTS) {
    pooled[v].tp += counts[v].tp;
    pooled[v].fp += counts[v].fp;
    pooled[v].fn += counts[v].fn;
  }
  const on = cuts.alone.filter((c) => c !== null).length;
  console.error(
    `fold ${held}: ${heldTexts.length} texts, ${on} indicators with a threshold (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
}

// The model as a checker would carry it, and what scoring costs (the last fold's model).
{
  const lastModel = trainModel(textsOf(sets.slice(0, -1)), indicators);
  const words = texts.reduce(
    (n, t) => n + t.sentences.reduce((m, s) => m + s.text.split(/\s+/u).length, 0),
    0,
  );
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    scoreTexts(lastModel, texts);
    best = Math.min(best, performance.now() - t0);
  }
  console.log(
    `model size: ${JSON.stringify(lastModel).length.toLocaleString('en-US')} bytes of JSON (${lastModel.indicators.reduce((n, i) => n + Object.keys(i.weights).length, 0)} weights); scoring every sentence of ${texts.length} texts (${words.toLocaleString('en-US')} words): ${best.toFixed(1)} ms, ${((best * 10_000) / words).toFixed(2)} ms per 10,000 words`,
  );
}

const fmt = (n: number) => n.toFixed(2);
function prf(c: Counts): string {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `${fmt(p)} ${fmt(r)} ${fmt(f)}`;
}

console.log(
  '\nP R F1 per held-out fold (rules alone vs with the model; thresholds from inner folds)',
);
console.log(`fold   texts  ${VARIANTS.map((v) => v.padEnd(22)).join(' ')}`);
for (const held of sets) {
  const c = perFold.get(held) as Record<Variant, Counts>;
  const n = textsOf([held]).length;
  console.log(
    `${held.padEnd(6)} ${String(n).padStart(5)}  ${VARIANTS.map((v) => prf(c[v]).padEnd(22)).join(' ')}`,
  );
}
console.log(
  `${'pooled'.padEnd(6)} ${String(texts.length).padStart(5)}  ${VARIANTS.map((v) => prf(pooled[v]).padEnd(22)).join(' ')}`,
);
for (const v of VARIANTS)
  console.log(`  ${v}: tp ${pooled[v].tp}, fp ${pooled[v].fp}, fn ${pooled[v].fn}`);

console.log('\nper indicator, pooled: rules alone -> rules+model (P R F1), tags the model added');
for (const [id, row] of byIndicator) {
  console.log(
    `${id.padEnd(7)} ${prf(row.rules)} -> ${prf(row.model)}  added right ${row.added.right}, wrong ${row.added.wrong}`,
  );
}
console.error(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
