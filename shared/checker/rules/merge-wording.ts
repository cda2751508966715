import { z } from 'zod/mini';
import { regexPatternSchema } from '../rule-schema';

/**
 * Indicator wording in the district languages beyond English, Spanish and French, one file per
 * language in ./text/wording/, so that a reader of that language can review all of it in one
 * place. Each file adds patterns (and `unless` patterns) for that language to the rules it names;
 * the rules' own files keep English, Spanish and French. Merged when the rule data loads, so the
 * engine sees ordinary rules and validates them as it validates every rule.
 */
const ruleWording = z.strictObject({
  patterns: z.array(regexPatternSchema).check(z.minLength(1)),
  unless: z.optional(z.array(regexPatternSchema)),
});

export const wordingFileSchema = z.strictObject({
  /** ISO 639-1 code of the language the patterns are written in. */
  language: z.string().check(z.regex(/^[a-z]{2}$/, 'expected an ISO 639-1 code such as "vi"')),
  /**
   * Where the wording comes from, starting with the language's name ("Vietnamese patterns: ...");
   * added to the source of each rule the file adds to.
   */
  source: z.string().check(z.minLength(1)),
  /** By rule id: the patterns a sentence in this language evidences the rule's indicator with. */
  rules: z.record(z.string(), ruleWording),
});

export type WordingFile = z.infer<typeof wordingFileSchema>;

interface RuleData {
  id: string;
  check: string;
  patterns?: Record<string, string[]>;
  unless?: Record<string, string[]>;
  source: string;
}

/**
 * The rules with each wording file's patterns added. A problem names the file and the field: a
 * rule that does not exist or does not match patterns, or a language the rule already has
 * patterns for (a file never replaces wording silently).
 */
export function withWording(
  rules: readonly unknown[],
  files: readonly { name: string; data: unknown }[],
): unknown[] {
  const merged = rules.map((rule) => structuredClone(rule) as RuleData);
  const byId = new Map(merged.map((rule) => [rule.id, rule]));
  const added = new Map<RuleData, string[]>();
  for (const { name, data } of files) {
    const parsed = wordingFileSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.map(String).join('.') ?? '';
      throw new Error(
        `${name}: ${path ? `${path}: ` : ''}${issue?.message ?? 'invalid wording file'}`,
      );
    }
    const { language, source, rules: wording } = parsed.data;
    for (const [id, { patterns, unless }] of Object.entries(wording)) {
      const rule = byId.get(id);
      if (!rule) throw new Error(`${name}: rules.${id}: no text rule has this id`);
      if (rule.check !== 'patterns') {
        throw new Error(
          `${name}: rules.${id}: the rule runs the "${rule.check}" check, not patterns`,
        );
      }
      if (rule.patterns?.[language] || rule.unless?.[language]) {
        throw new Error(
          `${name}: rules.${id}: the rule's own file already has "${language}" patterns`,
        );
      }
      rule.patterns = { ...rule.patterns, [language]: patterns };
      if (unless) rule.unless = { ...rule.unless, [language]: unless };
      added.set(rule, [...(added.get(rule) ?? []), source]);
    }
  }
  for (const [rule, sources] of added) {
    rule.source = [rule.source, ...sources].join(' ');
  }
  return merged;
}
