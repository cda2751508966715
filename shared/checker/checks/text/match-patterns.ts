import type { DocumentModel, TextBlock } from '../../document-model';
import type { Rule } from '../../rule-schema';
import type { CheckContext, CheckFunction, Hit, Sentence } from '../types';
import { isInScope, readsLanguage } from './block-scope';
import { anyOf } from './compile';
import { type GatedRegex, gatedMatches, gatedRegex } from './pattern-index';
import { triggersOf } from './pattern-starts';
import { quoteAround, sentenceIndexAt } from './quote';
import { surveyItems } from './survey-items';

/**
 * The `patterns` check: a hit for each sentence where one of the rule's patterns for the block's
 * language matches, none of its `unless` patterns matches the sentence and none of its
 * `unlessInClause` patterns matches the clause around the match. One hit per sentence, quoting it.
 *
 * Options:
 * - `scope`: `"main"` (default) or `"all"` blocks, see block-scope.ts;
 * - `surveyItems`: `"skip"` (default) ignores survey statements, `"include"` reads them too,
 *   `"only"` reads nothing else (items of a survey that rate communication are evidence of 2.2.3);
 * - `maxHits`: stop after this many hits (default 20): a tag needs evidence, not every instance;
 * - `requireInSentence`: patterns by language (or `"*"`) one of which must also match the same
 *   sentence, for words that are evidence only in context ("COVID-19" counts for 2.1.6 when the
 *   sentence is about closures, updates or safety measures, not in "a year shaped by COVID").
 */
export const matchPatterns: CheckFunction = (context) => {
  const { rule, model } = context;
  const patterns = rule.patterns ?? {};
  const available = Object.keys(patterns);
  if (available.length === 0) return [];
  const surveyMode = rule.options?.surveyItems ?? 'skip';
  const maxHits = typeof rule.options?.maxHits === 'number' ? rule.options.maxHits : 20;
  const survey = surveyMode === 'include' ? undefined : surveyItems(context);
  if (surveyMode === 'only' && !survey?.isSurvey) return [];
  const blocks = model.blocks;

  const found: { order: number; hit: Hit }[] = [];
  const taken = new Map<number, Set<number>>();
  for (const language of available) {
    const list = patterns[language] ?? [];
    if (list.length === 0) continue;
    const unless = unlessRegex(rule, language);
    const unlessInClause = unlessInClauseRegex(rule, language);
    const required = requiredRegex(rule, language);
    const read = blocksRead(context, language);
    // Most messages are in one language: the other languages' patterns have nothing to read.
    if (!read.includes(1)) continue;
    const accept = (blockIndex: number) => read[blockIndex] === 1;
    for (const gated of scanPlan(list)) {
      for (const { blockIndex, match } of gatedMatches(model, gated, accept)) {
        const block = blocks[blockIndex] as TextBlock;
        const sentences = context.sentences(block);
        let seen = taken.get(blockIndex);
        const index = sentenceIndexAt(sentences, match.index);
        if (seen?.has(index)) continue;
        const sentence = sentences[index];
        const text = sentence?.text ?? block.text;
        if (unless?.test(text)) continue;
        if (unlessInClause?.test(clauseAround(block.text, sentence, match))) continue;
        if (required && !required.test(text)) continue;
        if (survey && sentence && survey.isItem(block.ref, sentence) !== (surveyMode === 'only')) {
          continue;
        }
        if (!seen) {
          seen = new Set();
          taken.set(blockIndex, seen);
        }
        seen.add(index);
        const hit = quoteAround(block, sentence, match.index, match.index + match[0].length);
        found.push({ order: blockIndex * 1e7 + (hit.position?.start ?? 0), hit });
      }
    }
  }
  return found
    .sort((a, b) => a.order - b.order)
    .slice(0, maxHits)
    .map((f) => f.hit);
};

const blocksReadCache = new WeakMap<DocumentModel, Map<string, Uint8Array>>();

/** Which blocks the rule reads in `language` (in its scope, read in that language), once per document. */
function blocksRead(context: CheckContext, language: string): Uint8Array {
  const scope = context.rule.options?.scope === 'all' ? 'all' : 'main';
  let byKey = blocksReadCache.get(context.model);
  if (!byKey) {
    byKey = new Map();
    blocksReadCache.set(context.model, byKey);
  }
  const key = `${scope}/${language}`;
  let read = byKey.get(key);
  if (!read) {
    const blocks = context.model.blocks;
    read = new Uint8Array(blocks.length);
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i] as TextBlock;
      if (isInScope(context, block) && readsLanguage(context, block, language)) read[i] = 1;
    }
    byKey.set(key, read);
  }
  return read;
}

/**
 * The regexes to scan with: the patterns that have triggers (tried where their words start), then
 * those without (a phone number, an e-mail address), scanned apart on every block so that they do
 * not make the rest of the rule's patterns read blocks none of their words are in. Built once per
 * pattern list.
 */
const plans = new WeakMap<readonly string[], GatedRegex[]>();
function scanPlan(list: readonly string[]): GatedRegex[] {
  let plan = plans.get(list);
  if (!plan) {
    const keyed: string[] = [];
    const open: string[] = [];
    for (const source of list) (triggersOf([source]) ? keyed : open).push(source);
    plan = [];
    if (keyed.length > 0) plan.push(gatedRegex(keyed));
    if (open.length > 0) plan.push(gatedRegex(open));
    plans.set(list, plan);
  }
  return plan;
}

/** Builds a rule's regexes for `language` ahead of its first check (see engine/warm-up.ts). */
export function preparePatterns(rule: Rule, language: string): void {
  const list = rule.patterns?.[language];
  if (!list || list.length === 0) return;
  scanPlan(list);
  unlessRegex(rule, language);
  unlessInClauseRegex(rule, language);
  requiredRegex(rule, language);
}

/**
 * Where a clause ends: ",", ";", ":", a bracket, a dash, or "but" in the rules' languages. Brackets
 * inside a word ("your child(ren) is eligible", "parent(s)") are part of it.
 */
const CLAUSE_BREAK =
  /[,;:[\]–—]|(?<!\p{L})\(|\)(?<!\p{L}\(\p{L}{1,6}\))|\s(?:but|however|pero|sino|mais|cependant)\s/giu;

/**
 * The clause `match` is in: from the last clause break before it to the first one after it,
 * within its sentence (the whole match is always inside).
 */
function clauseAround(
  blockText: string,
  sentence: Sentence | undefined,
  match: RegExpExecArray,
): string {
  const sentenceStart = sentence?.start ?? 0;
  const sentenceEnd = sentence?.end ?? blockText.length;
  const matchEnd = match.index + match[0].length;
  let start = sentenceStart;
  let end = sentenceEnd;
  for (const found of blockText.slice(sentenceStart, sentenceEnd).matchAll(CLAUSE_BREAK)) {
    const at = sentenceStart + found.index;
    if (at + found[0].length <= match.index) start = at + found[0].length;
    else if (at >= matchEnd) {
      end = at;
      break;
    }
  }
  return blockText.slice(start, end);
}

/** Per rule and language, built once: the rule's `unless` and `requireInSentence` regexes. */
const unlessCache = new WeakMap<Rule, Map<string, RegExp | undefined>>();
const unlessInClauseCache = new WeakMap<Rule, Map<string, RegExp | undefined>>();
const requiredCache = new WeakMap<Rule, Map<string, RegExp | undefined>>();

function cachedPerLanguage(
  cache: WeakMap<Rule, Map<string, RegExp | undefined>>,
  rule: Rule,
  language: string,
  build: () => RegExp | undefined,
): RegExp | undefined {
  let byLanguage = cache.get(rule);
  if (!byLanguage) {
    byLanguage = new Map();
    cache.set(rule, byLanguage);
  }
  if (!byLanguage.has(language)) byLanguage.set(language, build());
  return byLanguage.get(language);
}

/** One regex of a rule's patterns for `language` and for every language (`"*"`), if any. */
function languageAndAny(
  byLanguage: Record<string, string[]> | undefined,
  language: string,
): RegExp | undefined {
  const list = [...(byLanguage?.[language] ?? []), ...(byLanguage?.['*'] ?? [])];
  return list.length > 0 ? anyOf(list) : undefined;
}

function unlessRegex(rule: Rule, language: string): RegExp | undefined {
  return cachedPerLanguage(unlessCache, rule, language, () =>
    languageAndAny(rule.unless, language),
  );
}

function unlessInClauseRegex(rule: Rule, language: string): RegExp | undefined {
  return cachedPerLanguage(unlessInClauseCache, rule, language, () =>
    languageAndAny(rule.unlessInClause, language),
  );
}

function requiredRegex(rule: Rule, language: string): RegExp | undefined {
  return cachedPerLanguage(requiredCache, rule, language, () => {
    const option = rule.options?.requireInSentence;
    if (!option || typeof option !== 'object') return undefined;
    const byLanguage = option as Record<string, unknown>;
    const list = [byLanguage[language], byLanguage['*']].flatMap((l) =>
      Array.isArray(l) ? l.filter((p): p is string => typeof p === 'string') : [],
    );
    // A rule that requires context in other languages only cannot be evidenced in this one.
    return list.length > 0 ? anyOf(list) : /(?!)/;
  });
}

/** For other checks: whether a rule's `unless` cancels a sentence in `language`. */
export function cancelledByUnless(context: CheckContext, language: string, text: string): boolean {
  return unlessRegex(context.rule, language)?.test(text) ?? false;
}
