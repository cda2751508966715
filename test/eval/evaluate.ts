import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  checkDocument,
  type DocumentModel,
  extractFromHtml,
  extractFromText,
  type Report,
} from '../../shared/checker/node';
import { suggestionsFor } from '../../shared/checker/suggestions';

/**
 * The evaluation: run the real pipeline (extraction, then `checkDocument` with the built-in rules)
 * over a labelled set and compare, sample by sample, the indicators tagged with those labelled.
 * An indicator is predicted for a sample when any tag for it exists; only `indicatorsLabelled`
 * count. Facts the report can state are compared too: primary language, whether a translation
 * is offered, and whether contact details are given (a phone number, an e-mail or postal address,
 * an office to call; `findContactDetails`). An invitation to "contact me" with no way to do so is
 * 2.1.5 evidence but not contact details.
 */
const labelsSchema = z.object({
  indicatorsLabelled: z.array(z.string()).min(1),
  samples: z.record(
    z.string(),
    z.object({
      kind: z.string().optional(),
      primaryLanguage: z.string().optional(),
      offersTranslation: z.boolean().optional(),
      hasContact: z.boolean().optional(),
      indicators: z.record(z.string(), z.string()),
    }),
  ),
});
export type Labels = z.infer<typeof labelsSchema>;

/** A set's labels: `labels.json`, or another labeller's file beside it. */
export function readLabels(dir: string, name = 'labels.json'): Labels {
  const file = join(dir, name);
  const parsed = labelsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface SampleOutcome {
  file: string;
  expected: string[];
  predicted: string[];
  /** Evidence quoted for each predicted indicator (first tag), for reading false positives. */
  evidence: Record<string, { ruleId: string; quote: string }>;
  report: Report;
}

export interface FactOutcome {
  name: 'primaryLanguage' | 'offersTranslation' | 'hasContact';
  correct: number;
  total: number;
  wrong: string[];
}

export interface Evaluation {
  dir: string;
  samples: SampleOutcome[];
  byIndicator: Map<string, Counts>;
  overall: Counts & { precision: number; recall: number };
  facts: FactOutcome[];
}

export function checkFile(dir: string, file: string): Report {
  return checkModel(modelOf(dir, file), file);
}

function modelOf(dir: string, file: string): DocumentModel {
  const text = readFileSync(join(dir, file), 'utf8');
  return /\.html?$/i.test(file)
    ? extractFromHtml(text).model
    : extractFromText(text, { title: file });
}

function checkModel(model: DocumentModel, file: string): Report {
  return checkDocument(model, { input: { file }, suggest: suggestionsFor });
}

const ratio = (num: number, den: number) => (den === 0 ? 1 : num / den);

export function evaluate(dir: string): Evaluation {
  const labels = readLabels(dir);
  const labelled = new Set(labels.indicatorsLabelled);
  const byIndicator = new Map<string, Counts>(
    labels.indicatorsLabelled.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]),
  );
  const facts: Record<FactOutcome['name'], FactOutcome> = {
    primaryLanguage: { name: 'primaryLanguage', correct: 0, total: 0, wrong: [] },
    offersTranslation: { name: 'offersTranslation', correct: 0, total: 0, wrong: [] },
    hasContact: { name: 'hasContact', correct: 0, total: 0, wrong: [] },
  };
  const samples: SampleOutcome[] = [];
  for (const [file, label] of Object.entries(labels.samples).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const model = modelOf(dir, file);
    const report = checkModel(model, file);
    const evidence: SampleOutcome['evidence'] = {};
    for (const tag of report.tags) {
      if (tag.indicatorId && !evidence[tag.indicatorId]) {
        evidence[tag.indicatorId] = { ruleId: tag.ruleId, quote: tag.quote };
      }
    }
    const predicted = Object.keys(evidence).filter((id) => labelled.has(id));
    const expected = Object.keys(label.indicators).filter((id) => labelled.has(id));
    for (const id of labelled) {
      const counts = byIndicator.get(id) as Counts;
      const p = predicted.includes(id);
      const e = expected.includes(id);
      if (p && e) counts.tp++;
      else if (p) counts.fp++;
      else if (e) counts.fn++;
    }
    const got = {
      primaryLanguage: report.languages.primary ?? 'none',
      offersTranslation: report.translation.offered,
      hasContact: report.contact.given,
    };
    for (const name of Object.keys(facts) as FactOutcome['name'][]) {
      const want = label[name];
      if (want === undefined) continue;
      const fact = facts[name];
      fact.total++;
      if (got[name] === want) fact.correct++;
      else fact.wrong.push(`${file}: expected ${String(want)}, got ${String(got[name])}`);
    }
    samples.push({ file, expected, predicted, evidence, report });
  }
  const sum = [...byIndicator.values()].reduce(
    (a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return {
    dir,
    samples,
    byIndicator,
    overall: {
      ...sum,
      precision: ratio(sum.tp, sum.tp + sum.fp),
      recall: ratio(sum.tp, sum.tp + sum.fn),
    },
    facts: Object.values(facts),
  };
}

export function precisionOf(c: Counts): number {
  return ratio(c.tp, c.tp + c.fp);
}

export function recallOf(c: Counts): number {
  return ratio(c.tp, c.tp + c.fn);
}
