import { type Counts, type Labels, precisionOf, readLabels, recallOf } from './evaluate';

/**
 * How far two people agree when they label the same texts: the second labeller's indicators scored
 * against the first's, as the checker's are. It is the ceiling an evaluation can measure: where two
 * careful readers disagree, the checker cannot be right by both. Sets H and I were labelled again,
 * independently, by a second labeller who saw neither the checker nor the first labels, working
 * from the same written conventions (dev labels and CONVENTIONS.md): `labels-second.json`.
 */
export interface Agreement {
  texts: number;
  overall: Counts & { precision: number; recall: number; f1: number };
  byIndicator: Map<string, Counts>;
  /** Texts on which both give the same value. */
  facts: { name: 'primaryLanguage' | 'offersTranslation' | 'hasContact'; same: number }[];
}

export const SECOND_LABELS = 'labels-second.json';

export function labellerAgreement(dir: string): Agreement {
  return agreementOf(readLabels(dir), readLabels(dir, SECOND_LABELS));
}

export function agreementOf(first: Labels, second: Labels): Agreement {
  const ids = first.indicatorsLabelled;
  const byIndicator = new Map<string, Counts>(ids.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const facts = (['primaryLanguage', 'offersTranslation', 'hasContact'] as const).map((name) => ({
    name,
    same: 0,
  }));
  let texts = 0;
  for (const [file, a] of Object.entries(first.samples)) {
    const b = second.samples[file];
    if (!b) throw new Error(`${SECOND_LABELS}: no entry for ${file}`);
    texts++;
    for (const id of ids) {
      const c = byIndicator.get(id) as Counts;
      const inA = id in a.indicators;
      const inB = id in b.indicators;
      if (inA && inB) c.tp++;
      else if (inB) c.fp++;
      else if (inA) c.fn++;
    }
    for (const fact of facts) if (a[fact.name] === b[fact.name]) fact.same++;
  }
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const c of byIndicator.values()) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  const precision = precisionOf(total);
  const recall = recallOf(total);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { texts, overall: { ...total, precision, recall, f1 }, byIndicator, facts };
}
