import type { Role, ScoredLevel, SurveyLevel, TeamLevel } from './types';

/** A label in the two languages the toolkit ships. */
export interface Bilingual {
  en: string;
  es: string;
}

/**
 * Where the wording comes from. The English team levels are National PTA's, as the First Steps
 * cycle names them (seed 003, step 1: "excelling, progressing, emerging, or below the scale").
 * Every Spanish label is the toolkit's own translation, not an official National PTA one: have a
 * Spanish-speaking family member read them before a survey goes out.
 */
export const LABEL_SOURCES = {
  teamScale:
    'National PTA, "First Steps" cycle, step 1 (seed 003): excelling, progressing, emerging, or below; "Not sure" added by the toolkit',
  surveyScale: 'The conventional five-point agreement (Likert) wording',
  roles:
    'The rater roles named in issue 2 (family member, teacher, staff, administrator, student, community partner)',
  spanish: "The toolkit's own translation, not an official National PTA translation",
} as const;

export interface TeamScaleEntry {
  level: TeamLevel;
  /** 3, 2, 1 or 0; null for Not sure, which never enters a mean. */
  score: number | null;
  label: Bilingual;
  /** A short gloss shown beside the label, e.g. Below is "not here yet". */
  hint?: Bilingual;
}

/** The team scale in the order a dropdown shows it: best first, Not sure last. */
export const TEAM_SCALE: readonly TeamScaleEntry[] = [
  { level: 'excelling', score: 3, label: { en: 'Excelling', es: 'Sobresaliente' } },
  { level: 'progressing', score: 2, label: { en: 'Progressing', es: 'En progreso' } },
  { level: 'emerging', score: 1, label: { en: 'Emerging', es: 'Emergente' } },
  {
    level: 'below',
    score: 0,
    label: { en: 'Below', es: 'Por debajo' },
    hint: { en: 'not here yet', es: 'todavía no' },
  },
  { level: 'not-sure', score: null, label: { en: 'Not sure', es: 'No sé' } },
];

/** The scored levels from lowest to highest: index = score. */
export const SCORED_LEVELS: readonly ScoredLevel[] = [
  'below',
  'emerging',
  'progressing',
  'excelling',
];

/**
 * Index of each team level in a counts array: the score for scored levels, 4 for Not sure.
 * Every aggregate is built from counts laid out this way.
 */
export const TEAM_LEVEL_INDEX: Readonly<Record<TeamLevel, number>> = {
  below: 0,
  emerging: 1,
  progressing: 2,
  excelling: 3,
  'not-sure': 4,
};
export const TEAM_LEVEL_COUNT = 5;
export const NOT_SURE_INDEX = 4;
export const MAX_TEAM_SCORE = 3;

export function teamScore(level: TeamLevel): number | null {
  return level === 'not-sure' ? null : TEAM_LEVEL_INDEX[level];
}

export interface SurveyScaleEntry {
  level: SurveyLevel;
  score: number;
  label: Bilingual;
}

/** The family survey scale in the order a form shows it: Strongly agree (5) first. */
export const SURVEY_SCALE: readonly SurveyScaleEntry[] = [
  {
    level: 'strongly-agree',
    score: 5,
    label: { en: 'Strongly agree', es: 'Totalmente de acuerdo' },
  },
  { level: 'agree', score: 4, label: { en: 'Agree', es: 'De acuerdo' } },
  {
    level: 'neutral',
    score: 3,
    label: { en: 'Neither agree nor disagree', es: 'Ni de acuerdo ni en desacuerdo' },
  },
  { level: 'disagree', score: 2, label: { en: 'Disagree', es: 'En desacuerdo' } },
  {
    level: 'strongly-disagree',
    score: 1,
    label: { en: 'Strongly disagree', es: 'Totalmente en desacuerdo' },
  },
];

/** Survey levels from lowest to highest: index = score - 1. */
export const SURVEY_LEVELS: readonly SurveyLevel[] = [
  'strongly-disagree',
  'disagree',
  'neutral',
  'agree',
  'strongly-agree',
];
export const SURVEY_LEVEL_COUNT = 5;
export const MIN_SURVEY_SCORE = 1;
export const MAX_SURVEY_SCORE = 5;

export function surveyScore(level: SurveyLevel): number {
  return SURVEY_LEVELS.indexOf(level) + 1;
}

export const ROLE_LABELS: Readonly<Record<Role, Bilingual>> = {
  family: { en: 'Family member', es: 'Familiar' },
  teacher: { en: 'Teacher', es: 'Maestro/a' },
  staff: { en: 'School staff', es: 'Personal escolar' },
  administrator: { en: 'Administrator', es: 'Administrador/a' },
  student: { en: 'Student', es: 'Estudiante' },
  'community-partner': { en: 'Community partner', es: 'Socio/a comunitario/a' },
};

export type Language = keyof Bilingual;

/** The labels of a dropdown (data validation list) for the team scale, in display order. */
export function teamDropdownLabels(language: Language = 'en'): string[] {
  return TEAM_SCALE.map((entry) => entry.label[language]);
}

export function surveyDropdownLabels(language: Language = 'en'): string[] {
  return SURVEY_SCALE.map((entry) => entry.label[language]);
}

export function teamLevelLabel(level: TeamLevel, language: Language = 'en'): string {
  const entry = TEAM_SCALE.find((e) => e.level === level);
  return entry ? entry.label[language] : level;
}

export function surveyLevelLabel(level: SurveyLevel, language: Language = 'en'): string {
  const entry = SURVEY_SCALE.find((e) => e.level === level);
  return entry ? entry.label[language] : level;
}
