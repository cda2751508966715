import { z } from 'zod/mini';
import { CATEGORIES, findingSchema, positionSchema, SEVERITIES } from './finding';

/**
 * The checker's report, the same for one file in the CLI, a page in the extension and a draft.
 * Documented in the README under "Report format"; keep the two in step.
 */

const languageShareSchema = z.strictObject({
  /** ISO 639-1 code where there is one (`en`, `es`, `vi`), else ISO 639-3. */
  language: z.string(),
  /** Share of the document's words in this language, 0 to 1. */
  share: z.number(),
  blocks: z.number().check(z.int()),
});

const readingLevelSchema = z.strictObject({
  /** The language the measure was taken in; `null` when none applies. */
  language: z.nullable(z.string()),
  /** Flesch-Kincaid grade for English; `null` for other languages. */
  grade: z.nullable(z.number()),
  /** Other scores: `fernandez-huerta` for Spanish (0-100, higher is easier). */
  scores: z.array(z.strictObject({ name: z.string(), value: z.number(), scale: z.string() })),
  targetGrade: z.number(),
  /** `null` when there is no grade to compare. */
  meetsTarget: z.nullable(z.boolean()),
  words: z.number().check(z.int()),
  sentences: z.number().check(z.int()),
  averageSentenceLength: z.number(),
  hardestSentences: z.array(
    z.strictObject({
      text: z.string(),
      grade: z.number(),
      words: z.number().check(z.int()),
      position: z.optional(positionSchema),
    }),
  ),
  /** Why there is no grade, in plain words, when `grade` is null. */
  reason: z.optional(z.string()),
});

const suggestionSchema = z.strictObject({
  indicatorId: z.string(),
  indicatorText: z.string(),
  /** What the message could add. */
  suggestion: z.string(),
  /** Where the suggestion comes from, e.g. an administrators' action step. */
  source: z.string(),
});

const countsSchema = z.record(
  z.enum(CATEGORIES),
  z.record(z.enum(SEVERITIES), z.number().check(z.int())),
);

export const reportSchema = z.strictObject({
  formatVersion: z.literal(1),
  tool: z.strictObject({ name: z.string(), version: z.string() }),
  checkedAt: z.string(),
  input: z.strictObject({
    kind: z.enum(['html', 'text', 'page', 'selection', 'draft']),
    title: z.string(),
    url: z.optional(z.string()),
    /** Set by the CLI: the path as given on the command line. */
    file: z.optional(z.string()),
    /** What the checker had to do differently, in plain words (e.g. main-content detection skipped). */
    notes: z.optional(z.array(z.string())),
  }),
  options: z.strictObject({
    languages: z.array(z.string()),
    targetGrade: z.number(),
    frameworkId: z.string(),
  }),
  languages: z.strictObject({
    primary: z.nullable(z.string()),
    bilingual: z.boolean(),
    detected: z.array(languageShareSchema),
    /**
     * The blocks (`ref`, as in a finding's `position`) read in another language than the primary
     * one, so that a quote can be marked with its own language; absent when there are none.
     */
    otherBlocks: z.optional(
      z.array(
        z.strictObject({ ref: z.number().check(z.int(), z.nonnegative()), language: z.string() }),
      ),
    ),
  }),
  readingLevel: readingLevelSchema,
  translation: z.strictObject({
    offered: z.boolean(),
    /** Languages a translation or interpreter is offered in, where the message names them. */
    languages: z.array(z.string()),
  }),
  /** Whether the message gives families a way to reach someone: a phone number, e-mail, address or office. */
  contact: z.strictObject({
    given: z.boolean(),
    /** The contact details as quoted, first few only. */
    details: z.array(z.string()),
  }),
  tags: z.array(findingSchema),
  findings: z.array(findingSchema),
  suggestions: z.array(suggestionSchema),
  summary: z.strictObject({
    counts: countsSchema,
    total: z.number().check(z.int()),
    standard2: z.strictObject({
      evidenced: z.array(z.string()),
      missing: z.array(z.string()),
      /**
       * What the indicator rules could not read, in plain words (`reason`); absent when every part
       * was read. `languages`: the message's languages (its primary one, or one with a fifth of its
       * words) no indicator rule has wording for; `indicators`: Standard 2 indicators no rule has
       * wording for in the primary language. `missing` says nothing about either.
       */
      notRead: z.optional(
        z.strictObject({
          languages: z.array(z.string()),
          indicators: z.optional(z.array(z.string())),
          reason: z.string(),
        }),
      ),
    }),
    /**
     * Every indicator the tags evidence, in framework order, with the number of distinct passages
     * (quotes) behind it. One passage is worth a look: see `report/indicator-evidence.ts`.
     */
    indicators: z.array(
      z.strictObject({
        indicatorId: z.string(),
        frameworkId: z.string(),
        passages: z.number().check(z.int(), z.positive()),
      }),
    ),
  }),
});

export type Report = z.infer<typeof reportSchema>;

/** One element of `fsp check --json`: the report with the file's path, as given, first. */
export const fileReportSchema = z.extend(reportSchema, { file: z.string() });
export type FileReport = z.infer<typeof fileReportSchema>;
export type ReadingLevel = z.infer<typeof readingLevelSchema>;
export type Suggestion = z.infer<typeof suggestionSchema>;
