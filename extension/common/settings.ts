import { BUILT_IN_FRAMEWORK_IDS } from '../../shared/frameworks';
import { DEFAULT_LANGUAGES, DISTRICT_LANGUAGES } from './languages';

/** What the options page keeps in chrome.storage.sync (under SETTINGS_KEY, chunked). */
export interface Settings {
  /** ISO 639-1 codes: language detection is restricted to these, and translations into them are looked for. */
  languages: string[];
  targetGrade: number;
  /** District terms added to the checker's glossary. */
  jargon: { term: string; explanation: string }[];
  /** A built-in framework id, or `custom` for the district's own framework. */
  defaultFramework: string;
}

export const SETTINGS_KEY = 'settings';
export const CUSTOM_FRAMEWORK_KEY = 'customFramework';
export const CUSTOM_FRAMEWORK_ID = 'custom';

export const DEFAULT_SETTINGS: Settings = {
  languages: DEFAULT_LANGUAGES,
  targetGrade: 8,
  jargon: [],
  defaultFramework: 'pta-2022',
};

export const GRADE_RANGE = { min: 1, max: 16 } as const;
export const JARGON_LIMITS = { terms: 300, term: 80, explanation: 300 } as const;

/** A problem on the options page: the field it belongs to and a message key in _locales. */
export interface OptionProblem {
  field: 'languages' | 'targetGrade' | 'jargon' | 'defaultFramework';
  messageKey: string;
  substitutions?: string[];
}

/** What the form holds, as the user typed it. */
export interface OptionsForm {
  languages: string[];
  targetGrade: string;
  jargonText: string;
  defaultFramework: string;
  hasCustomFramework: boolean;
}

const JARGON_SEPARATOR = /\t|\s*=\s*|:\s+/;

/**
 * One term a line, "term = explanation" (or "term: explanation", or two columns pasted from a
 * spreadsheet). Blank lines and lines starting with # are skipped.
 */
export function parseJargon(text: string): {
  terms: Settings['jargon'];
  problems: OptionProblem[];
} {
  const terms: Settings['jargon'] = [];
  const problems: OptionProblem[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const lineNo = String(index + 1);
    const match = JARGON_SEPARATOR.exec(line);
    const term = match ? line.slice(0, match.index).trim() : '';
    const explanation = match ? line.slice(match.index + match[0].length).trim() : '';
    if (!term || !explanation) {
      problems.push({
        field: 'jargon',
        messageKey: 'optionsJargonLineFormat',
        substitutions: [lineNo],
      });
      return;
    }
    if (term.length > JARGON_LIMITS.term || explanation.length > JARGON_LIMITS.explanation) {
      problems.push({
        field: 'jargon',
        messageKey: 'optionsJargonLineTooLong',
        substitutions: [lineNo, String(JARGON_LIMITS.term), String(JARGON_LIMITS.explanation)],
      });
      return;
    }
    const key = term.toLowerCase();
    if (seen.has(key)) {
      problems.push({
        field: 'jargon',
        messageKey: 'optionsJargonDuplicate',
        substitutions: [lineNo, term],
      });
      return;
    }
    seen.add(key);
    terms.push({ term, explanation });
  });
  if (terms.length > JARGON_LIMITS.terms) {
    problems.push({
      field: 'jargon',
      messageKey: 'optionsJargonTooMany',
      substitutions: [String(JARGON_LIMITS.terms)],
    });
  }
  return { terms, problems };
}

export function formatJargon(terms: Settings['jargon']): string {
  return terms.map((t) => `${t.term} = ${t.explanation}`).join('\n');
}

/** Checks the whole form; every problem names its field. */
export function validateOptions(
  form: OptionsForm,
): { ok: true; settings: Settings } | { ok: false; problems: OptionProblem[] } {
  const problems: OptionProblem[] = [];
  const known = new Set<string>(DISTRICT_LANGUAGES.map((l) => l.code));
  const languages = [...new Set(form.languages)].filter((code) => known.has(code));
  if (languages.length === 0) {
    problems.push({ field: 'languages', messageKey: 'optionsLanguagesNone' });
  }
  const gradeText = form.targetGrade.trim();
  const grade = Number(gradeText);
  if (
    !gradeText ||
    !Number.isInteger(grade) ||
    grade < GRADE_RANGE.min ||
    grade > GRADE_RANGE.max
  ) {
    problems.push({
      field: 'targetGrade',
      messageKey: 'optionsGradeRange',
      substitutions: [String(GRADE_RANGE.min), String(GRADE_RANGE.max)],
    });
  }
  const jargon = parseJargon(form.jargonText);
  problems.push(...jargon.problems);
  const frameworkIds: string[] = [...BUILT_IN_FRAMEWORK_IDS];
  if (form.hasCustomFramework) frameworkIds.push(CUSTOM_FRAMEWORK_ID);
  if (!frameworkIds.includes(form.defaultFramework)) {
    problems.push({ field: 'defaultFramework', messageKey: 'optionsFrameworkUnknown' });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    settings: {
      languages,
      targetGrade: grade,
      jargon: jargon.terms,
      defaultFramework: form.defaultFramework,
    },
  };
}

/**
 * Settings read back from storage, with anything missing or no longer valid replaced by the
 * default (e.g. a language the checker dropped), so an old or hand-edited value never breaks a check.
 */
export function settingsFromStorage(value: unknown): Settings {
  if (typeof value !== 'object' || value === null) return { ...DEFAULT_SETTINGS };
  const v = value as Partial<Record<keyof Settings, unknown>>;
  const known = new Set<string>(DISTRICT_LANGUAGES.map((l) => l.code));
  const languages = Array.isArray(v.languages)
    ? v.languages.filter((c): c is string => typeof c === 'string' && known.has(c))
    : [];
  const grade = typeof v.targetGrade === 'number' ? v.targetGrade : Number.NaN;
  const jargon = Array.isArray(v.jargon)
    ? v.jargon.filter(
        (j): j is Settings['jargon'][number] =>
          typeof j === 'object' &&
          j !== null &&
          typeof (j as { term?: unknown }).term === 'string' &&
          typeof (j as { explanation?: unknown }).explanation === 'string',
      )
    : [];
  return {
    languages: languages.length > 0 ? languages : DEFAULT_SETTINGS.languages,
    targetGrade:
      Number.isInteger(grade) && grade >= GRADE_RANGE.min && grade <= GRADE_RANGE.max
        ? grade
        : DEFAULT_SETTINGS.targetGrade,
    jargon,
    defaultFramework:
      typeof v.defaultFramework === 'string'
        ? v.defaultFramework
        : DEFAULT_SETTINGS.defaultFramework,
  };
}
