import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isInScope } from '../../../shared/checker/checks/text/block-scope';
import type { CheckContext, Sentence } from '../../../shared/checker/checks/types';
import { contextFor } from '../../../shared/checker/engine/analysis';
import {
  analyseDocument,
  builtInRules,
  checkDocument,
  type DocumentModel,
  extractFromHtml,
  extractFromText,
  normalizeCheckOptions,
  type TextBlock,
} from '../../../shared/checker/node';
import type { Rule } from '../../../shared/checker/rule-schema';
import { evalDir, repoRoot } from '../../support/paths';
import { readLabels } from '../evaluate';

/**
 * The labelled sets as the sentence model sees them: each text extracted and split into sentences
 * exactly as the checker does at run time (extractFromHtml/extractFromText, then the analysis's
 * sentences of the blocks a tag rule reads), with the indicators its labeller gave, the sentence
 * that holds each labelled quote, and what the pattern rules alone tag.
 */

/** The labelled sets, in the order `npm run eval` prints them, with a short name. */
export const LABELLED_SETS: ReadonlyArray<{ name: string; dir: string }> = [
  { name: 'dev', dir: evalDir },
  ...(
    [
      ['A', 'held-out'],
      ['B', 'held-out-blind'],
      ['real', 'held-out-real'],
      ['C', 'held-out-real-2'],
      ['D', 'held-out-real-3'],
      ['E', 'held-out-real-4'],
      ['F', 'held-out-real-5'],
      ['G', 'held-out-real-6'],
      ['H', 'held-out-real-7'],
      ['I', 'held-out-real-8'],
      ['J', 'held-out-real-9'],
    ] as const
  ).map(([name, folder]) => ({ name, dir: join(repoRoot, 'test/fixtures/rules', folder) })),
];

/** The rule id the sentence model's tags carry; "rules alone" means every rule but this one. */
export const SENTENCE_MODEL_RULE_ID = 'sentence-model';

/**
 * The rule the model's sentences are read for: a pattern tag rule, so that `isInScope` gives the
 * same blocks the pattern rules read (main content, no navigation lines).
 */
export const MODEL_RULE: Rule = {
  id: SENTENCE_MODEL_RULE_ID,
  kind: 'tag',
  category: 'indicator',
  severity: 'info',
  indicators: [],
  check: 'patterns',
  message: 'Evidence found by the trained sentence model.',
  note: 'Found by a trained model.',
  source: 'labelled sets',
};

export interface CorpusSentence {
  text: string;
  /** Read at run time (in scope); sentences out of scope serve only as labelled positives. */
  inScope: boolean;
}

export interface CorpusText {
  set: string;
  file: string;
  /** Indicators labelled for this text (only the set's `indicatorsLabelled`). */
  expected: Set<string>;
  /** Indicators the pattern rules alone tag. */
  rules: Set<string>;
  sentences: CorpusSentence[];
  /** Per labelled indicator, the indexes of the sentences that hold its quote (may be empty). */
  positives: Map<string, number[]>;
  /** The check context the model scores at run time. */
  context: CheckContext;
}

export interface Corpus {
  indicators: string[];
  texts: CorpusText[];
  /** Labelled quotes found in no sentence of their text. */
  unmatched: string[];
}

function modelOf(dir: string, file: string): DocumentModel {
  const text = readFileSync(join(dir, file), 'utf8');
  return /\.html?$/i.test(file)
    ? extractFromHtml(text).model
    : extractFromText(text, { title: file });
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The sentences holding a quote: one that contains it, else those it contains, else its start or end. */
function sentencesHolding(quote: string, sentences: readonly { text: string }[]): number[] {
  const q = norm(quote);
  if (!q) return [];
  const normed = sentences.map((s) => norm(s.text));
  const containing = normed.flatMap((s, i) => (s.includes(q) ? [i] : []));
  if (containing.length > 0) return containing.slice(0, 1);
  const inside = normed.flatMap((s, i) => (s.length >= 15 && q.includes(s) ? [i] : []));
  if (inside.length > 0) return inside;
  for (const part of [q.slice(0, 40), q.slice(-40)]) {
    if (part.length < 20) continue;
    const found = normed.flatMap((s, i) => (s.includes(part) ? [i] : []));
    if (found.length > 0) return found.slice(0, 1);
  }
  return [];
}

export function buildCorpus(sets = LABELLED_SETS): Corpus {
  const rulesOnly = builtInRules().filter((r) => r.rule.id !== SENTENCE_MODEL_RULE_ID);
  const texts: CorpusText[] = [];
  const unmatched: string[] = [];
  let indicators: string[] = [];
  for (const { name, dir } of sets) {
    const labels = readLabels(dir);
    indicators = labels.indicatorsLabelled;
    const labelled = new Set(labels.indicatorsLabelled);
    for (const [file, label] of Object.entries(labels.samples).sort(([a], [b]) =>
      a.localeCompare(b),
    )) {
      const model = modelOf(dir, file);
      const report = checkDocument(model, { input: { file }, rules: rulesOnly });
      const analysis = analyseDocument(model, normalizeCheckOptions());
      const context = contextFor(analysis, MODEL_RULE);
      const sentences: CorpusSentence[] = [];
      for (const block of model.blocks as TextBlock[]) {
        const inScope = isInScope(context, block);
        for (const s of analysis.sentences(block) as Sentence[])
          sentences.push({ text: s.text, inScope });
      }
      const positives = new Map<string, number[]>();
      for (const [id, quote] of Object.entries(label.indicators)) {
        if (!labelled.has(id)) continue;
        const found = sentencesHolding(quote, sentences);
        if (found.length === 0) unmatched.push(`${name}/${file} ${id}: ${quote.slice(0, 80)}`);
        positives.set(id, found);
      }
      texts.push({
        set: name,
        file,
        expected: new Set(Object.keys(label.indicators).filter((id) => labelled.has(id))),
        rules: new Set(
          report.tags.flatMap((t) =>
            t.indicatorId && labelled.has(t.indicatorId) ? [t.indicatorId] : [],
          ),
        ),
        sentences,
        positives,
        context,
      });
    }
  }
  return { indicators, texts, unmatched };
}
