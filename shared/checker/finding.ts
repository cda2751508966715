import { z } from 'zod/mini';

/**
 * The one shape for everything the checker reports, whether it is evidence of an indicator (a tag)
 * or a problem to fix (a finding). The CLI, the extension's side panel and the add-on's evidence
 * column all read this shape. Documented in the README under "Report format".
 */

export const CATEGORIES = [
  'indicator',
  'translation',
  'plain-language',
  'accessibility',
  'forms',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Most severe first. Tags are always `info`. */
export const SEVERITIES = ['serious', 'moderate', 'minor', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Where the quoted text is. `ref` names one node of the document model (a block, link, image,
 * form control or table); `start`/`end` are UTF-16 offsets into that node's extracted text,
 * so the extension can highlight the exact passage in the live page.
 */
export const positionSchema = z.strictObject({
  ref: z.number().check(z.int(), z.nonnegative()),
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
});
export type Position = z.infer<typeof positionSchema>;

export const findingSchema = z.strictObject({
  /** The rule that produced it, e.g. `offers-interpretation` or `image-alt-missing`. */
  ruleId: z.string().check(z.minLength(1)),
  kind: z.enum(['tag', 'finding']),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  /** For tags, and for findings that bear on an indicator: e.g. `2.1.2`. */
  indicatorId: z.optional(z.string()),
  /** The framework `indicatorId` belongs to; `pta-2022` for every built-in rule. */
  frameworkId: z.optional(z.string()),
  /** The exact text from the document that the finding is about (may be empty for "missing" findings). */
  quote: z.string(),
  position: z.optional(positionSchema),
  /** What was found, and what to do, in one or two plain sentences. */
  message: z.string().check(z.minLength(1)),
  /** Why it matters, for the curious reader. */
  note: z.optional(z.string()),
  /** Where the rule comes from: a standard, a WCAG criterion, a style guide. */
  source: z.string().check(z.minLength(1)),
  /** WCAG 2.1 success criterion for accessibility findings, e.g. `1.1.1`. */
  wcag: z.optional(z.string()),
});
export type Finding = z.infer<typeof findingSchema>;

const severityRank: Record<Severity, number> = { serious: 0, moderate: 1, minor: 2, info: 3 };

/** Most severe first, then in document order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank[a.severity] - severityRank[b.severity] ||
    (a.position?.ref ?? Number.MAX_SAFE_INTEGER) - (b.position?.ref ?? Number.MAX_SAFE_INTEGER) ||
    (a.position?.start ?? 0) - (b.position?.start ?? 0)
  );
}
