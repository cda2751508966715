/**
 * Types shared by the scoring core, the Sheets add-on and the CLI. The scoring functions live beside
 * this file; the add-on calls them on what it read from the sheet, with no Apps Script in between.
 */

/** The team rating scale, best first. `not-sure` counts as a response but never enters a mean. */
export type TeamLevel = 'excelling' | 'progressing' | 'emerging' | 'below' | 'not-sure';
/** The four levels that carry a score (3, 2, 1, 0). */
export type ScoredLevel = Exclude<TeamLevel, 'not-sure'>;

/** The five-point family survey scale, from strongly agree (5) to strongly disagree (1). */
export type SurveyLevel = 'strongly-agree' | 'agree' | 'neutral' | 'disagree' | 'strongly-disagree';

export const ROLES = [
  'family',
  'teacher',
  'staff',
  'administrator',
  'student',
  'community-partner',
] as const;
export type Role = (typeof ROLES)[number];

/** Where a value came from, so an error can send the user straight to it. */
export interface Location {
  file?: string;
  sheet?: string;
  /** 1-based, as the spreadsheet shows it. */
  row?: number;
  /** A column letter ("F") or a header name. */
  column?: string;
  field?: string;
}

/** A value that could not be read. It is reported, never dropped and never guessed. */
export interface ValueError {
  location: Location;
  /** The value exactly as entered. */
  value: unknown;
  /** The whole sentence a user reads, starting with the formatted location. */
  message: string;
  /** The message without the location, for a note on the cell itself. */
  reason?: string;
  /** Other places involved, such as the first of two ratings of the same item. */
  otherLocations?: Location[];
}

/** One rater's rating of one item. Keyed by rater and item id, never by row position. */
export interface Rating {
  raterId: string;
  role: Role;
  /** The framework item rated: an indicator id such as "2.1.4", or a standard id for PTA 2008. */
  itemId: string;
  level: TeamLevel;
  evidence?: string;
  location?: Location;
}

export interface SurveyResponse {
  respondentId: string;
  /** The standard (level-1 item) the statement is about. */
  standardId: string;
  level: SurveyLevel;
  /**
   * The survey statement answered, when a survey asks several per standard. A respondent may
   * answer each statement once; without it, once per standard.
   */
  statementId?: string;
  location?: Location;
}
