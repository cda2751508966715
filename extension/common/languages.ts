import { FRANC_CODES } from '../../shared/checker/language/codes';

/**
 * The languages a district can choose on the options page: the checker's default list (franc-min
 * can tell these apart on short school paragraphs). Names are each language's own name for
 * itself, so a family can find theirs whatever the UI language.
 */
export const DISTRICT_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
  { code: 'zh', name: '中文' },
  { code: 'vi', name: 'Tiếng Việt' },
  { code: 'ar', name: 'العربية' },
  { code: 'so', name: 'Soomaali' },
  { code: 'tl', name: 'Tagalog' },
  { code: 'ru', name: 'Русский' },
  { code: 'ht', name: 'Kreyòl ayisyen' },
  { code: 'pt', name: 'Português' },
  { code: 'fr', name: 'Français' },
  { code: 'ko', name: '한국어' },
] as const;

export type DistrictLanguage = (typeof DISTRICT_LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGES: string[] = DISTRICT_LANGUAGES.map((l) => l.code);

/**
 * Every code the checker accepts as a district language (shared/checker/language/codes.ts): the
 * languages franc-min can detect, with Haitian Creole, in the order codes.ts lists them.
 */
export const DETECTABLE_LANGUAGES: readonly string[] = Object.keys(FRANC_CODES);

const DETECTABLE = new Set(DETECTABLE_LANGUAGES);

export function isDetectableLanguage(code: string): boolean {
  return DETECTABLE.has(code);
}

export function isDistrictDefault(code: string): boolean {
  return DEFAULT_LANGUAGES.includes(code);
}

/**
 * The tag to ask Intl.DisplayNames about, where the checker's code is broader than the language it
 * detects: franc-min's Kurdish is Sorani (ckb), whose own name differs from Kurmanji's.
 */
const DISPLAY_TAG: Record<string, string> = { ku: 'ckb' };

function displayName(code: string, locale: string): string | undefined {
  try {
    // Without data for the locale, Intl answers in the browser's default locale (Spanish names in
    // a Spanish Chrome): better no name than one in a language that was not asked for.
    if (Intl.DisplayNames.supportedLocalesOf([locale]).length === 0) return undefined;
    const tag = DISPLAY_TAG[code] ?? code;
    const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(tag);
    // Without a name for the tag, ICU echoes it.
    return name && name !== tag ? name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A language's name in its own language ("Deutsch"); its English name where Intl has no data for
 * the language itself (Hmong, Chichewa, Ilocano); its code when neither is known.
 */
export function languageName(code: string): string {
  const listed = DISTRICT_LANGUAGES.find((l) => l.code === code)?.name;
  if (listed) return listed;
  // The checker also names languages outside the list when a message is clearly in one.
  return displayName(code, DISPLAY_TAG[code] ?? code) ?? FRANC_CODES[code]?.name ?? code;
}

/** A language's names: its own, English ones (the checker's and Intl's) and the UI language's. */
export interface LanguageNames {
  code: string;
  own: string;
  /** What the UI shows beside the own name: the name in the UI language, else in English. */
  local: string;
  /** Every name it can be found by, without duplicates. */
  all: string[];
}

export function languageNames(code: string, uiLanguage: string): LanguageNames {
  const own = languageName(code);
  const english = FRANC_CODES[code]?.name ?? displayName(code, 'en') ?? code;
  const local = displayName(code, uiLanguage) ?? english;
  const all = [
    ...new Set([own, english, displayName(code, 'en'), local].filter((n): n is string => !!n)),
  ];
  return { code, own, local, all };
}

/** "Deutsch — German (de)", or "Hausa (ha)" when the two names are the same. */
export function languageLabel(names: LanguageNames): string {
  const same = names.own.toLocaleLowerCase() === names.local.toLocaleLowerCase();
  return same ? `${names.own} (${names.code})` : `${names.own} — ${names.local} (${names.code})`;
}
