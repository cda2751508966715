import { z } from 'zod/mini';
import { CATEGORIES, SEVERITIES } from './finding';

/**
 * Rules are data, like axe-core's lib/rules/*.json: an id, the indicators it evidences, patterns
 * or a named check, a message, a note and a source. The reusable check functions live apart, in
 * shared/checker/checks/, and a rule names the one it uses. Rules are validated when they load.
 */

/** A pattern is a regular expression source, matched case-insensitively with Unicode. */
const pattern = z.string().check(
  z.minLength(1),
  z.refine((s) => {
    try {
      new RegExp(s, 'iu');
      return true;
    } catch {
      return false;
    }
  }, 'expected a valid regular expression'),
);

/** Shared with the checker's data files (idioms, survey wording), which hold patterns too. */
export { pattern as regexPatternSchema };

export const ruleSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case rule id')),
  kind: z.enum(['tag', 'finding']),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  /** Indicator ids in `frameworkId` that a hit evidences (tags) or bears on (findings). */
  indicators: z.array(
    z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'expected an indicator id such as "2.1.4"')),
  ),
  frameworkId: z.optional(z.string()),
  /** The check function that runs the rule: `patterns` for text patterns, or a named structural check. */
  check: z.string().check(z.minLength(1)),
  /** Text patterns by language code; a rule with `patterns` matches blocks in those languages. */
  patterns: z.optional(z.record(z.string(), z.array(pattern))),
  /** Patterns that cancel a hit in the same sentence (e.g. "not" offered). */
  unless: z.optional(z.record(z.string(), z.array(pattern))),
  /**
   * Patterns that cancel a hit only in the clause the match is in (the sentence cut at commas,
   * semicolons, colons, brackets, dashes and "but"): "we do not offer interpreters" is no offer,
   * but "no school Monday, but interpreters are available" is.
   */
  unlessInClause: z.optional(z.record(z.string(), z.array(pattern))),
  /** Options passed to the check. */
  options: z.optional(z.record(z.string(), z.unknown())),
  message: z.string().check(z.minLength(1)),
  note: z.string().check(z.minLength(1)),
  source: z.string().check(z.minLength(1)),
  wcag: z.optional(z.string()),
  /**
   * Tags only: how many distinct passages of one document the rule must find before the report
   * tags it. For indicators that newsletters mostly name in passing (an after-school club, a free
   * meals line), where one mention was wrong more often than right on messages never tuned on.
   */
  minimumPassages: z.optional(z.number().check(z.int(), z.minimum(2))),
});

export type Rule = z.infer<typeof ruleSchema>;
