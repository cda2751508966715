import { type Rule, ruleSchema } from '../../rule-schema';

/**
 * A rule file that a check reads itself, whatever rule it runs for (the translation-offer wording
 * for the report's `translation` field, the contact-details wording for `hasContact`). Validated
 * once, on first use.
 */
export function bundledRule(data: unknown, file: string): () => Rule {
  let rule: Rule | undefined;
  return () => {
    if (!rule) {
      const parsed = ruleSchema.safeParse(data);
      if (!parsed.success) throw new Error(`rules/text/${file} is not a valid rule`);
      rule = parsed.data;
    }
    return rule;
  };
}
