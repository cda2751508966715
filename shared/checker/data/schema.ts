import { z } from 'zod/mini';
import { type DataProblem, problemsFromZod } from '../../validation';
import { regexPatternSchema } from '../rule-schema';

/**
 * Shapes of the checker's text data files (glossary, idioms, language names, survey wording).
 * They are validated when first used, so a bad edit fails with the file and JSON path, not a
 * silent miss at check time.
 */

const regexSource = regexPatternSchema;

const languageCode = z.string().check(z.regex(/^[a-z]{2,3}$/, 'expected an ISO 639 code'));

export const glossaryEntrySchema = z.strictObject({
  /** As families see it in a message: "IEP", "504 plan", "early release". */
  term: z.string().check(z.minLength(1)),
  /** Other spellings of the same term ("ELL" for "EL", "in-service" for "in-service day"). */
  aliases: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** For acronyms: the words it stands for. Its presence before first use counts as explained. */
  expansion: z.optional(z.string().check(z.minLength(1))),
  /** A plain explanation a family member can read once and remember. */
  explanation: z.string().check(z.minLength(10)),
  /** Where the term or its definition comes from, and who wrote the explanation. */
  source: z.string().check(z.minLength(1)),
  /** The language of messages the term appears in (default `en`). */
  language: z.optional(languageCode),
  /**
   * Patterns (case-insensitive) for words that say what the term means for families ("no school",
   * "dismissal at 12:00"): found in the term's sentence or the one before or after, the term
   * counts as explained.
   */
  explainedBy: z.optional(z.array(regexSource).check(z.minLength(1))),
  /**
   * Patterns (case-insensitive) for words that show the term is used in an everyday sense, not the
   * school one ("hotel accommodations", "video transcript"): found in the term's sentence, that use
   * is neither reported nor counted as the first use.
   */
  otherSense: z.optional(z.array(regexSource).check(z.minLength(1))),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossarySchema = z.strictObject({
  formatVersion: z.literal(1),
  description: z.string(),
  terms: z.array(glossaryEntrySchema).check(z.minLength(1)),
});

export const idiomEntrySchema = z.strictObject({
  /** The idiom in its dictionary form: "touch base". */
  phrase: z.string().check(z.minLength(1)),
  /** A pattern for its inflected forms ("touch(es|ed|ing)? base"); default: the phrase itself. */
  pattern: z.optional(regexSource),
  /** What to write instead, in plain words. */
  alternative: z.string().check(z.minLength(1)),
  language: languageCode,
  source: z.string().check(z.minLength(1)),
});
export type IdiomEntry = z.infer<typeof idiomEntrySchema>;

export const idiomsSchema = z.strictObject({
  formatVersion: z.literal(1),
  description: z.string(),
  idioms: z.array(idiomEntrySchema).check(z.minLength(1)),
});

export const languageNameSchema = z.strictObject({
  code: languageCode,
  /** The language's name for itself, as a language menu or link shows it: "Español", "Tiếng Việt". */
  endonyms: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  /** Its name in the languages messages are written in, e.g. `{ en: ["Spanish"], es: ["español"] }`. */
  names: z.record(languageCode, z.array(z.string().check(z.minLength(1)))),
});
export type LanguageName = z.infer<typeof languageNameSchema>;

export const languageNamesSchema = z.strictObject({
  formatVersion: z.literal(1),
  description: z.string(),
  languages: z.array(languageNameSchema).check(z.minLength(1)),
});

/**
 * How a survey or questionnaire words its items, by language. A survey statement such as
 * "Our school encourages families to volunteer." asks a family to rate a practice; it is not
 * the practice itself, so most indicator tags skip it (see checks/text/survey-items.ts).
 */
export const surveyWordingSchema = z.strictObject({
  formatVersion: z.literal(1),
  description: z.string(),
  /** A sentence starting like this is an item to rate ("Our school provides ..."). */
  statementStarts: z.record(languageCode, z.array(regexSource)),
  /** A rating-scale anchor or instruction: "strongly agree", "select one response". */
  scaleWording: z.record(languageCode, z.array(regexSource)),
  /** First-person wording of a family answering ("I feel welcome", "my child's teacher"). */
  firstPerson: z.record(languageCode, z.array(regexSource)),
});

export type DataResult<T> = { ok: true; value: T } | { ok: false; problems: DataProblem[] };

/** Validate a data file's content; every problem names its JSON path. */
export function parseData<T>(schema: z.ZodMiniType<T>, value: unknown): DataResult<T> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: problemsFromZod(result.error.issues) };
}

/** Built-in data must be valid: fail loudly, naming the file and each path. */
export function mustParseData<T>(schema: z.ZodMiniType<T>, value: unknown, file: string): T {
  const result = parseData(schema, value);
  if (result.ok) return result.value;
  const detail = result.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  throw new Error(`Checker data file ${file} is invalid: ${detail}`);
}
