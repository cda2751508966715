import type { DocumentModel, TextBlock } from '../document-model';
import type { Position, Severity } from '../finding';
import type { Rule } from '../rule-schema';

/** A sentence inside one block; offsets are into the block's text. Sentences never cross blocks. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

export interface CheckOptions {
  /** The district's languages, ISO 639-1 codes; detection is restricted to these. */
  languages: string[];
  targetGrade: number;
  /** Extra jargon terms a district adds (extension options): term -> plain explanation. */
  extraGlossary?: { term: string; explanation: string }[];
}

/** What a check gets: the model, the rule it runs for, and shared per-document analyses. */
export interface CheckContext {
  model: DocumentModel;
  rule: Rule;
  options: CheckOptions;
  /** The language detected for a block (ISO 639-1), or null when too short to tell. */
  blockLanguage(block: TextBlock): string | null;
  /** The document's primary language, or null. */
  primaryLanguage: string | null;
  /** The block's sentences, split once per document and shared by every check. */
  sentences(block: TextBlock): Sentence[];
}

/**
 * One thing a check found. The engine turns it into a Finding by adding the rule's id, kind,
 * category, severity, indicators, note, source and WCAG criterion; `message`, `severity` and
 * `source` override the rule's.
 */
export interface Hit {
  quote: string;
  position?: Position;
  message?: string;
  /** Overrides the rule's source: where this hit's own entry (a glossary term, an idiom) comes from. */
  source?: string;
  /** Overrides the rule's severity: a check that could not tell lowers it to `info`. */
  severity?: Severity;
  /** For rules that evidence several indicators, the one this hit evidences (default: all of the rule's). */
  indicatorId?: string;
}

/** Reusable check functions are pure: the same model and rule always give the same hits. */
export type CheckFunction = (context: CheckContext) => Hit[];
