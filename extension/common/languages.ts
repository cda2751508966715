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

export function languageName(code: string): string {
  const listed = DISTRICT_LANGUAGES.find((l) => l.code === code)?.name;
  if (listed) return listed;
  // The checker also names languages outside the list when a message is clearly in one.
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
