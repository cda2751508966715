import { z } from 'zod/mini';
import { BUILT_IN_FRAMEWORK_IDS } from '../../shared/frameworks';
import { DEFAULT_LANGUAGES, isDetectableLanguage } from './languages';

/** What the options page keeps in chrome.storage.sync (under SETTINGS_KEY, chunked). */
export interface Settings {
  /**
   * Codes the checker can detect (ISO 639-1, or 639-3 where there is none: hmn, ceb, ilo), the
   * twelve defaults first: language detection is restricted to these, and translations into them
   * are looked for.
   */
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

/** The grades the checker accepts (shared/checker/engine/analysis.ts), as the CLI's --grade does. */
export const GRADE_RANGE = { min: 1, max: 18 } as const;
export const JARGON_LIMITS = { terms: 300, term: 80, explanation: 300 } as const;

/** A code the checker can detect; stored codes are trimmed and lower-cased first. */
export const languageCodeSchema = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.refine(isDetectableLanguage, 'expected a language code the checker can detect'),
  );

/**
 * A stored language code this version cannot detect but that looks like one (`yue`, `zh-hant`):
 * a newer version on another computer may have saved it, so it is kept aside and written back
 * unchanged, though not used for checking.
 */
export const keptLanguageSchema = z
  .string()
  .check(z.regex(/^\s*[a-z]{2,3}(?:-[a-z0-9]{2,8})*\s*$/i, 'expected a language code'));

export const gradeSchema = z.int().check(z.gte(GRADE_RANGE.min), z.lte(GRADE_RANGE.max));

export const jargonEntrySchema = z.object({
  term: z.string().check(z.trim(), z.minLength(1), z.maxLength(JARGON_LIMITS.term)),
  explanation: z.string().check(z.trim(), z.minLength(1), z.maxLength(JARGON_LIMITS.explanation)),
});

/** The settings as saved and as used: what every write is checked against. */
export const settingsSchema = z.object({
  languages: z.array(languageCodeSchema).check(
    z.overwrite((codes) => [...new Set(codes)]),
    z.minLength(1),
  ),
  targetGrade: gradeSchema,
  jargon: z.array(jargonEntrySchema).check(z.maxLength(JARGON_LIMITS.terms)),
  defaultFramework: z.string().check(z.minLength(1)),
});

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
  const languages = [...new Set(form.languages.map((c) => c.trim().toLowerCase()))].filter(Boolean);
  const unknown = languages.filter((code) => !isDetectableLanguage(code));
  if (unknown.length > 0) {
    problems.push({
      field: 'languages',
      messageKey: 'optionsLanguagesUnknown',
      substitutions: [unknown.join(', ')],
    });
  } else if (languages.length === 0) {
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

/** Something stored that could not be used, for the options page to show. */
export interface StoredSettingsNote {
  field: OptionProblem['field'] | 'all';
  messageKey: string;
  substitutions?: string[];
}

/** What `readStoredSettings` makes of a stored value. */
export interface StoredSettings {
  /** Valid settings to show and check with. */
  settings: Settings;
  notes: StoredSettingsNote[];
  /**
   * Stored language codes this version cannot detect (`keptLanguageSchema`), exactly as stored:
   * not used for checking, and written back by `settingsToStore` on the next save.
   */
  keptLanguages: string[];
}

/**
 * Settings read back from storage and checked with `settingsSchema`. Anything missing or no longer
 * valid (a grade out of range, a hand-edited value) is replaced field by field, item by item, and
 * each replacement gives a note, so an old or hand-edited value never breaks a check and the
 * options page can say what was left out. Language codes this version cannot detect are kept
 * aside (`keptLanguages`), with a note, rather than replaced.
 */
export function readStoredSettings(value: unknown): StoredSettings {
  if (value === undefined) {
    return { settings: { ...DEFAULT_SETTINGS }, notes: [], keptLanguages: [] };
  }
  const whole = settingsSchema.safeParse(value);
  if (whole.success) return { settings: whole.data, notes: [], keptLanguages: [] };
  const notes: StoredSettingsNote[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      keptLanguages: [],
      settings: { ...DEFAULT_SETTINGS },
      notes: [
        {
          field: 'all',
          messageKey: 'optionsStoredUnreadable',
          substitutions: [
            `expected an object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
          ],
        },
      ],
    };
  }
  const v = value as Partial<Record<keyof Settings, unknown>>;

  const stored = Array.isArray(v.languages) ? v.languages : [];
  const languages: string[] = [];
  const keptLanguages: string[] = [];
  const dropped: string[] = [];
  for (const item of stored) {
    const code = languageCodeSchema.safeParse(item);
    if (code.success) {
      if (!languages.includes(code.data)) languages.push(code.data);
    } else if (keptLanguageSchema.safeParse(item).success) {
      if (!keptLanguages.includes(item as string)) keptLanguages.push(item as string);
    } else dropped.push(typeof item === 'string' ? item : JSON.stringify(item));
  }
  if (keptLanguages.length > 0) {
    notes.push({
      field: 'languages',
      messageKey:
        keptLanguages.length === 1 ? 'optionsStoredLanguagesKeptOne' : 'optionsStoredLanguagesKept',
      substitutions: [keptLanguages.map((c) => `“${c}”`).join(', ')],
    });
  }
  if (dropped.length > 0) {
    notes.push({
      field: 'languages',
      messageKey: 'optionsStoredLanguagesDropped',
      substitutions: [dropped.map((c) => `“${c}”`).join(', ')],
    });
  }
  if (languages.length === 0) {
    notes.push({ field: 'languages', messageKey: 'optionsStoredLanguagesDefault' });
    languages.push(...DEFAULT_SETTINGS.languages);
  }

  const grade = gradeSchema.safeParse(v.targetGrade);
  if (!grade.success && v.targetGrade !== undefined) {
    notes.push({
      field: 'targetGrade',
      messageKey: 'optionsStoredGradeDefault',
      substitutions: [
        JSON.stringify(v.targetGrade),
        String(DEFAULT_SETTINGS.targetGrade),
        String(GRADE_RANGE.min),
        String(GRADE_RANGE.max),
      ],
    });
  }

  const storedJargon = Array.isArray(v.jargon)
    ? v.jargon
    : v.jargon === undefined
      ? []
      : [v.jargon];
  const jargon = storedJargon
    .flatMap((entry) => {
      const parsed = jargonEntrySchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    })
    .slice(0, JARGON_LIMITS.terms);
  const jargonDropped = storedJargon.length - jargon.length;
  if (jargonDropped > 0) {
    notes.push({
      field: 'jargon',
      messageKey: 'optionsStoredJargonDropped',
      substitutions: [String(jargonDropped)],
    });
  }

  const framework = settingsSchema.shape.defaultFramework.safeParse(v.defaultFramework);
  if (!framework.success && v.defaultFramework !== undefined) {
    notes.push({ field: 'defaultFramework', messageKey: 'optionsStoredFrameworkDefault' });
  }
  return {
    keptLanguages,
    settings: {
      languages,
      targetGrade: grade.success ? grade.data : DEFAULT_SETTINGS.targetGrade,
      jargon,
      defaultFramework: framework.success ? framework.data : DEFAULT_SETTINGS.defaultFramework,
    },
    notes,
  };
}

/**
 * A note when the stored default framework is not one the page can offer, which it then shows as
 * PTA 2022: an id that is not built in (a newer version's, a hand edit), or the district's own
 * framework when none is saved or it cannot be read.
 */
export function storedFrameworkNote(
  id: string,
  hasCustomFramework: boolean,
): StoredSettingsNote | undefined {
  if ((BUILT_IN_FRAMEWORK_IDS as readonly string[]).includes(id)) return undefined;
  if (id === CUSTOM_FRAMEWORK_ID) {
    return hasCustomFramework
      ? undefined
      : { field: 'defaultFramework', messageKey: 'optionsStoredFrameworkNoCustom' };
  }
  return {
    field: 'defaultFramework',
    messageKey: 'optionsStoredFrameworkUnknown',
    substitutions: [id],
  };
}

/**
 * What a save writes: the settings, checked against `settingsSchema` (this throws on anything
 * invalid), with the language codes kept aside by `readStoredSettings` after them, unchanged.
 */
export function settingsToStore(
  settings: Settings,
  keptLanguages: readonly string[] = [],
): Omit<Settings, 'languages'> & { languages: string[] } {
  const valid = settingsSchema.parse(settings);
  const kept = keptLanguages.filter(
    (code) =>
      keptLanguageSchema.safeParse(code).success &&
      !languageCodeSchema.safeParse(code).success &&
      !valid.languages.includes(code),
  );
  return { ...valid, languages: [...valid.languages, ...new Set(kept)] };
}

/** The settings to check with: `readStoredSettings` without its notes. */
export function settingsFromStorage(value: unknown): Settings {
  return readStoredSettings(value).settings;
}
