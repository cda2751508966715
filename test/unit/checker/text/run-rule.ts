import { franc } from 'franc-min';
import { textChecks } from '../../../../shared/checker/checks/text';
import type { CheckContext, CheckOptions, Hit } from '../../../../shared/checker/checks/types';
import type { DocumentModel } from '../../../../shared/checker/document-model';
import { extractFromText } from '../../../../shared/checker/index';
import { splitSentences } from '../../../../shared/checker/reading-level/sentences';
import { type Rule, ruleSchema } from '../../../../shared/checker/rule-schema';
import { textRuleData } from '../../../../shared/checker/rules/text-rules';

export const DEFAULT_OPTIONS: CheckOptions = { languages: ['en', 'es'], targetGrade: 8 };

export function textRule(id: string): Rule {
  const data = textRuleData.find((r) => (r as { id?: string }).id === id);
  if (!data) throw new Error(`No text rule "${id}"`);
  return ruleSchema.parse(data);
}

/** Runs one text rule over a plain-text message, as the engine does. */
export function runTextRule(
  ruleId: string,
  text: string,
  { language = 'en', options = {} }: { language?: string; options?: Partial<CheckOptions> } = {},
): { hits: Hit[]; model: DocumentModel } {
  const model = extractFromText(text);
  const rule = textRule(ruleId);
  const check = textChecks[rule.check];
  if (!check) throw new Error(`No text check "${rule.check}"`);
  const context: CheckContext = {
    model,
    rule,
    options: { ...DEFAULT_OPTIONS, ...options },
    blockLanguage: (block) => detect(block.text),
    primaryLanguage: language,
    sentences: (block) => splitSentences(block.text),
  };
  return { hits: check(context), model };
}

const FRANC: Record<string, string> = { eng: 'en', spa: 'es', fra: 'fr' };
function detect(text: string): string | null {
  const code = franc(text, { only: Object.keys(FRANC), minLength: 30 });
  return FRANC[code] ?? null;
}
