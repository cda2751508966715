import { featureHash, forEachFeatureHash } from './features';

/**
 * The experimental sentence model: per indicator, a logistic regression over a sentence's word
 * unigrams and bigrams (features.ts), pruned to its strongest weights. Plain data, as a model file
 * for the checker would hold it.
 */
export interface SentenceModelData {
  /** The labelled texts it was trained on. */
  source: string;
  indicators: {
    id: string;
    bias: number;
    /** A sentence scoring at least this (0-1) is evidence; null: the model never tags it. */
    threshold: number | null;
    /** Feature name -> weight, strongest first. */
    weights: Record<string, number>;
  }[];
}

/** A model ready to score: features interned by hash into one row of weights per feature. */
export interface SentenceModel {
  source: string;
  ids: string[];
  bias: Float64Array;
  /** Logit each indicator's score must reach (Infinity: never). */
  cut: Float64Array;
  rowOf: Map<number, number>;
  weights: Float64Array;
}

/** Interns the model's features by hash, as a checker would before scoring. */
export function compileModel(data: SentenceModelData): SentenceModel {
  const n = data.indicators.length;
  const rowOf = new Map<number, number>();
  for (const indicator of data.indicators) {
    for (const name of Object.keys(indicator.weights)) {
      const hash = featureHash(name);
      if (!rowOf.has(hash)) rowOf.set(hash, rowOf.size);
    }
  }
  const weights = new Float64Array(rowOf.size * n);
  data.indicators.forEach((indicator, k) => {
    for (const [name, w] of Object.entries(indicator.weights)) {
      const at = (rowOf.get(featureHash(name)) as number) * n + k;
      weights[at] = (weights[at] as number) + w;
    }
  });
  return {
    source: data.source,
    ids: data.indicators.map((i) => i.id),
    bias: Float64Array.from(data.indicators.map((i) => i.bias)),
    cut: Float64Array.from(data.indicators.map((i) => logit(i.threshold))),
    rowOf,
    weights,
  };
}

function logit(p: number | null): number {
  if (p === null) return Number.POSITIVE_INFINITY;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  return Math.log(p / (1 - p));
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Scores the sentence `lower.slice(start, end)` (lower-cased text) into `out`, one logit per
 * indicator in `model.ids` order: the bias plus the sentence's feature weights summed and divided
 * by the square root of its number of features, so a long sentence does not score high for its
 * length. Allocates nothing.
 */
export function scoreSentence(
  model: SentenceModel,
  lower: string,
  start: number,
  end: number,
  out: Float64Array,
): void {
  current = model;
  sums = out;
  sums.fill(0);
  count = 0;
  forEachFeatureHash(lower, start, end, addFeature);
  const scale = count > 0 ? 1 / Math.sqrt(count) : 0;
  const { bias } = model;
  for (let k = 0; k < out.length; k++) out[k] = (bias[k] as number) + (out[k] as number) * scale;
}

// The sentence being scored, for `addFeature` (a function made once, not one closure per sentence).
let current: SentenceModel | undefined;
let sums: Float64Array = new Float64Array(0);
let count = 0;

function addFeature(hash: number): void {
  count++;
  const model = current as SentenceModel;
  const row = model.rowOf.get(hash);
  if (row === undefined) return;
  const n = sums.length;
  const base = row * n;
  const weights = model.weights;
  for (let k = 0; k < n; k++) sums[k] = (sums[k] as number) + (weights[base + k] as number);
}
