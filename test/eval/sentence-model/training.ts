import { bestSentences } from './best-sentences';
import type { CorpusText } from './corpus';
import { featureNames } from './features';
import { compileModel, type SentenceModelData, sigmoid } from './model';

/**
 * Training the sentence model: one logistic regression per indicator over word unigrams and
 * bigrams, fitted by AdaGrad stochastic gradient descent in a fixed pseudo-random order (so the
 * same texts always give the same weights), then pruned to each indicator's strongest weights.
 *
 * Hand-written (about 60 lines) rather than a library: ml-logistic-regression needs a dense matrix
 * (sentences x vocabulary: gigabytes here), and natural's classifiers bring their own tokenizer and
 * node-only dependencies; scoring only sums weights (model.ts).
 *
 * For indicator X, a sentence holding a labelled quote of X is positive; every sentence the checker
 * reads in a text not labelled X is negative; the other sentences of a text labelled X are left out
 * (labellers quote one sentence, so the rest may or may not be evidence).
 */

export interface TrainingOptions {
  epochs: number;
  /** AdaGrad's base step. */
  rate: number;
  /** L2 penalty, applied to the weights a sentence touches. */
  l2: number;
  /** Features seen in fewer training sentences than this are left out. */
  minCount: number;
  /** Weights kept per indicator (largest magnitude). */
  topK: number;
  /** The share of `topK` given to negative weights. */
  negativeShare: number;
  seed: number;
}

export const TRAINING: TrainingOptions = {
  epochs: 16,
  rate: 0.2,
  l2: 0.1,
  minCount: 2,
  topK: 300,
  negativeShare: 0.5,
  seed: 2022,
};

interface Example {
  features: Int32Array;
  /** 1 / sqrt(the sentence's number of features, kept or not), as the scorer divides. */
  scale: number;
  /** Per indicator: 1 positive, 0 negative, -1 left out. */
  labels: Int8Array;
}

function examplesOf(texts: readonly CorpusText[], indicators: readonly string[], minCount: number) {
  const named: { names: string[]; labels: Int8Array }[] = [];
  const counts = new Map<string, number>();
  for (const text of texts) {
    text.sentences.forEach((sentence, i) => {
      const labels = new Int8Array(indicators.length);
      let any = false;
      indicators.forEach((id, k) => {
        const label = text.positives.get(id)?.includes(i)
          ? 1
          : text.expected.has(id) || !sentence.inScope
            ? -1
            : 0;
        labels[k] = label;
        if (label >= 0) any = true;
      });
      if (!any) return;
      const names = featureNames(sentence.text);
      for (const name of new Set(names)) counts.set(name, (counts.get(name) ?? 0) + 1);
      named.push({ names, labels });
    });
  }
  const vocabulary = [...counts.keys()].filter((n) => (counts.get(n) as number) >= minCount).sort();
  const index = new Map(vocabulary.map((n, i) => [n, i]));
  const examples: Example[] = named.map(({ names, labels }) => ({
    features: Int32Array.from(names.flatMap((n) => (index.has(n) ? [index.get(n) as number] : []))),
    scale: names.length > 0 ? 1 / Math.sqrt(names.length) : 0,
    labels,
  }));
  return { vocabulary, examples };
}

/** A small deterministic generator (mulberry32) for the order of examples. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains on the texts and returns the model's data, thresholds not yet chosen (null). */
export function trainModel(
  texts: readonly CorpusText[],
  indicators: readonly string[],
  options: TrainingOptions = TRAINING,
  source = 'labelled texts',
): SentenceModelData {
  const K = indicators.length;
  const { vocabulary, examples } = examplesOf(texts, indicators, options.minCount);
  const w = new Float64Array(vocabulary.length * K);
  const g2 = new Float64Array(vocabulary.length * K).fill(1e-8);
  const bias = new Float64Array(K);
  const b2 = new Float64Array(K).fill(1e-8);
  // Positives are rare: each weighs the square root of the negatives-to-positives ratio, and each
  // bias starts at the weighted prior log-odds, so the weights need not carry the base rate.
  const positiveWeight = indicators.map((_, k) => {
    let pos = 0;
    let neg = 0;
    for (const e of examples) {
      if (e.labels[k] === 1) pos++;
      else if (e.labels[k] === 0) neg++;
    }
    if (pos === 0 || neg === 0) return 1;
    bias[k] = Math.log(Math.sqrt(pos / neg));
    return Math.sqrt(neg / pos);
  });
  const next = random(options.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const { features, labels, scale } = examples[i] as Example;
      for (let k = 0; k < K; k++) {
        const y = labels[k] as number;
        if (y < 0) continue;
        let sum = 0;
        for (const f of features) sum += w[f * K + k] as number;
        const z = (bias[k] as number) + sum * scale;
        const g = (sigmoid(z) - y) * (y === 1 ? (positiveWeight[k] as number) : 1);
        b2[k] = (b2[k] as number) + g * g;
        bias[k] = (bias[k] as number) - (options.rate * g) / Math.sqrt(b2[k] as number);
        for (const f of features) {
          const at = f * K + k;
          const grad = g * scale + options.l2 * (w[at] as number);
          g2[at] = (g2[at] as number) + grad * grad;
          w[at] = (w[at] as number) - (options.rate * grad) / Math.sqrt(g2[at] as number);
        }
      }
    }
  }
  return {
    source,
    indicators: indicators.map((id, k) => {
      const byWeight = (a: { name: string; weight: number }, b: { name: string; weight: number }) =>
        Math.abs(b.weight) - Math.abs(a.weight) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      const all = vocabulary.map((name, f) => ({ name, weight: w[f * K + k] as number }));
      // Evidence is in the positive weights; the strongest negative ones keep common false leads down.
      const positive = all.filter((x) => x.weight >= 1e-4).sort(byWeight);
      const negative = all.filter((x) => x.weight <= -1e-4).sort(byWeight);
      const negatives = Math.round(options.topK * options.negativeShare);
      const kept = [
        ...positive.slice(0, options.topK - Math.min(negatives, negative.length)),
        ...negative.slice(0, negatives),
      ].sort(byWeight);
      return {
        id,
        bias: round(bias[k] as number),
        threshold: null,
        weights: Object.fromEntries(kept.map((x) => [x.name, round(x.weight)])),
      };
    }),
  };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Each text's best-sentence logit per indicator, scored the way the checker scores at run time. */
export function scoreTexts(data: SentenceModelData, texts: readonly CorpusText[]): Float64Array[] {
  const model = compileModel(data);
  return texts.map((text) => Float64Array.from(bestSentences(text.context, model).logit));
}

/** How thresholds (and vetoes) are chosen from out-of-fold scores of the training texts. */
export type Objective = 'precise' | 'f1' | 'alone';

/**
 * A threshold per indicator, from out-of-fold scores: among the texts the rules do not tag with X,
 * those scoring at least the threshold get X. `precise` (the default): the cut that maximises
 * right - 2 x wrong added tags (an added tag must be right twice as often as wrong), none if no cut
 * gains; `f1`: the cut that maximises the indicator's F1 with the rules; `alone`: as `precise`, but
 * counting every text as if there were no rules (the sets the rules were tuned on leave the model
 * few misses to learn a cut from, so cuts chosen beside the rules come out too cautious).
 */
export function chooseThresholds(
  texts: readonly CorpusText[],
  scores: readonly Float64Array[],
  indicators: readonly string[],
  objective: Objective = 'precise',
): (number | null)[] {
  return indicators.map((id, k) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const candidates: { score: number; right: boolean }[] = [];
    texts.forEach((text, t) => {
      const expected = text.expected.has(id);
      if (objective === 'alone') {
        if (expected) fn++;
        candidates.push({ score: scores[t]?.[k] as number, right: expected });
      } else if (text.rules.has(id)) {
        if (expected) tp++;
        else fp++;
      } else {
        if (expected) fn++;
        candidates.push({ score: scores[t]?.[k] as number, right: expected });
      }
    });
    candidates.sort((a, b) => b.score - a.score);
    const value = (addTp: number, addFp: number) =>
      objective !== 'f1'
        ? addTp - 2 * addFp
        : (2 * (tp + addTp)) / (2 * (tp + addTp) + fp + addFp + (fn - addTp) || 1);
    let bestValue = value(0, 0);
    let best: number | null = null;
    let addTp = 0;
    let addFp = 0;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i] as { score: number; right: boolean };
      if (c.right) addTp++;
      else addFp++;
      const nextScore = candidates[i + 1]?.score;
      if (nextScore === c.score || !Number.isFinite(c.score)) continue; // cut only between scores
      const v = value(addTp, addFp);
      if (v > bestValue + 1e-12) {
        bestValue = v;
        const below =
          nextScore === undefined || !Number.isFinite(nextScore) ? c.score - 1 : nextScore;
        best = (c.score + below) / 2;
      }
    }
    return best === null ? null : logitToThreshold(best);
  });
}

/** A probability threshold (rounded to 4 places, never 0 or 1) for a logit cut. */
function logitToThreshold(logit: number): number {
  return Math.min(0.9999, Math.max(0.0001, round(sigmoid(logit))));
}

/**
 * Veto cuts per indicator (experiment only): a rule tag of X is dropped when the text's best score
 * for X is below the cut; chosen on out-of-fold scores to maximise wrong - 2 x right tags removed.
 */
export function chooseVetoes(
  texts: readonly CorpusText[],
  scores: readonly Float64Array[],
  indicators: readonly string[],
): (number | null)[] {
  return indicators.map((id, k) => {
    const tagged = texts
      .map((text, t) => ({ text, score: scores[t]?.[k] as number }))
      .filter((x) => x.text.rules.has(id))
      .sort((a, b) => a.score - b.score);
    let best = 0;
    let cut: number | null = null;
    let removedRight = 0;
    let removedWrong = 0;
    for (let i = 0; i < tagged.length; i++) {
      const x = tagged[i] as { text: CorpusText; score: number };
      if (x.text.expected.has(id)) removedRight++;
      else removedWrong++;
      const nextScore = tagged[i + 1]?.score;
      if (nextScore === x.score) continue;
      const v = removedWrong - 2 * removedRight;
      if (v > best) {
        best = v;
        cut = nextScore === undefined ? x.score + 1 : (x.score + nextScore) / 2;
      }
    }
    return cut;
  });
}
