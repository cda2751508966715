import { textChecks } from '../../../../shared/checker/checks/text';
import type { CheckContext, CheckOptions, Hit } from '../../../../shared/checker/checks/types';
import type { DocumentModel } from '../../../../shared/checker/document-model';
import { contextFor } from '../../../../shared/checker/engine/analysis';
import {
  analyseDocument,
  extractFromText,
  normalizeCheckOptions,
} from '../../../../shared/checker/index';
import { type Rule, ruleSchema } from '../../../../shared/checker/rule-schema';
import { textRuleData } from '../../../../shared/checker/rules/text-rules';

export function textRule(id: string): Rule {
  const data = textRuleData.find((r) => (r as { id?: string }).id === id);
  if (!data) throw new Error(`No text rule "${id}"`);
  return ruleSchema.parse(data);
}

/**
 * Runs one text rule over a plain-text message with the engine's own analysis (sentence splitting,
 * language detection over the default district languages). `language` stands in for the primary
 * language only when the passage is too short for detection to name one.
 */
export function runTextRule(
  ruleId: string,
  text: string,
  { language = 'en', options = {} }: { language?: string; options?: Partial<CheckOptions> } = {},
): { hits: Hit[]; model: DocumentModel } {
  const model = extractFromText(text);
  const rule = textRule(ruleId);
  const check = textChecks[rule.check];
  if (!check) throw new Error(`No text check "${rule.check}"`);
  const analysis = analyseDocument(model, normalizeCheckOptions(options));
  const engineContext = contextFor(analysis, rule);
  const context: CheckContext = {
    ...engineContext,
    primaryLanguage: engineContext.primaryLanguage ?? language,
  };
  return { hits: check(context), model };
}

/** The rules the wording files of the district's other languages add to (rules/text/wording/). */
export const WORDED_RULE_IDS = [
  'crisis-communication',
  'invites-follow-up',
  'parent-organization',
  'invites-contributions',
  'parent-teacher-conversations',
  'points-to-other-channels',
  'sets-communication-expectations',
  'learning-at-home',
  'gathers-family-input',
  'basic-needs-resources',
] as const;

export type WordedRuleId = (typeof WORDED_RULE_IDS)[number];
