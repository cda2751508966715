import type { Rule } from '../../rule-schema';
import type { CheckContext, CheckFunction, Hit } from '../types';
import { blockLanguages, blocksInScope } from './block-scope';
import { allMatches, anyOf } from './compile';
import { quoteAround, sentenceIndexAt } from './quote';
import { surveyItems } from './survey-items';

/**
 * The `patterns` check: a hit for each sentence where one of the rule's patterns for the block's
 * language matches and none of its `unless` patterns does. One hit per sentence, quoting it.
 *
 * Options:
 * - `scope`: `"main"` (default) or `"all"` blocks, see block-scope.ts;
 * - `surveyItems`: `"skip"` (default) ignores survey statements, `"include"` reads them too,
 *   `"only"` reads nothing else (items of a survey that rate communication are evidence of 2.2.3);
 * - `maxHits`: stop after this many hits (default 20): a tag needs evidence, not every instance.
 */
export const matchPatterns: CheckFunction = (context) => {
  const { rule } = context;
  const patterns = rule.patterns ?? {};
  const available = Object.keys(patterns);
  if (available.length === 0) return [];
  const surveyMode = rule.options?.surveyItems ?? 'skip';
  const maxHits = typeof rule.options?.maxHits === 'number' ? rule.options.maxHits : 20;
  const survey = surveyMode === 'include' ? undefined : surveyItems(context);
  if (surveyMode === 'only' && !survey?.isSurvey) return [];

  const hits: Hit[] = [];
  for (const block of blocksInScope(context)) {
    const sentences = context.sentences(block);
    const taken = new Set<number>();
    for (const language of blockLanguages(context, block, available)) {
      const re = patternRegex(rule, language);
      if (!re) continue;
      const unless = unlessRegex(rule, language);
      for (const match of allMatches(re, block.text)) {
        const index = sentenceIndexAt(sentences, match.index);
        if (taken.has(index)) continue;
        const sentence = sentences[index];
        const sentenceText = sentence?.text ?? block.text;
        if (unless?.test(sentenceText)) continue;
        if (survey && sentence) {
          const item = survey.isItem(block.ref, sentence);
          if (item !== (surveyMode === 'only')) continue;
        }
        taken.add(index);
        hits.push(quoteAround(block, sentence, match.index, match.index + match[0].length));
        if (hits.length >= maxHits) return hits;
      }
    }
  }
  return hits;
};

function patternRegex(rule: Rule, language: string): RegExp | undefined {
  const list = rule.patterns?.[language];
  return list && list.length > 0 ? anyOf(list, 'giu') : undefined;
}

function unlessRegex(rule: Rule, language: string): RegExp | undefined {
  const list = [...(rule.unless?.[language] ?? []), ...(rule.unless?.['*'] ?? [])];
  return list.length > 0 ? anyOf(list) : undefined;
}

/** For other checks: whether a rule's `unless` cancels a sentence in `language`. */
export function cancelledByUnless(context: CheckContext, language: string, text: string): boolean {
  return unlessRegex(context.rule, language)?.test(text) ?? false;
}
