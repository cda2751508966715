/**
 * ISO 639-1 codes the checker accepts for district languages, with the ISO 639-3 code franc-min
 * reports for each. franc-min (https://github.com/wooorm/franc, the "min" build: 82 languages with
 * 8 million or more speakers) has no Haitian Creole: `ht` is recognised by ./haitian-creole
 * instead. Hmong is franc's Hmong Njua model (`hnj`), which reads the common Hmong spelling
 * (Romanized Popular Alphabet). Khmer and Lao are not supported.
 */
export const FRANC_CODES: Record<string, { iso3: string; name: string }> = {
  en: { iso3: 'eng', name: 'English' },
  es: { iso3: 'spa', name: 'Spanish' },
  zh: { iso3: 'cmn', name: 'Chinese' },
  vi: { iso3: 'vie', name: 'Vietnamese' },
  ar: { iso3: 'arb', name: 'Arabic' },
  so: { iso3: 'som', name: 'Somali' },
  tl: { iso3: 'tgl', name: 'Tagalog' },
  ru: { iso3: 'rus', name: 'Russian' },
  pt: { iso3: 'por', name: 'Portuguese' },
  fr: { iso3: 'fra', name: 'French' },
  ko: { iso3: 'kor', name: 'Korean' },
  de: { iso3: 'deu', name: 'German' },
  it: { iso3: 'ita', name: 'Italian' },
  ja: { iso3: 'jpn', name: 'Japanese' },
  hi: { iso3: 'hin', name: 'Hindi' },
  ur: { iso3: 'urd', name: 'Urdu' },
  bn: { iso3: 'ben', name: 'Bengali' },
  pa: { iso3: 'pan', name: 'Punjabi' },
  pl: { iso3: 'pol', name: 'Polish' },
  uk: { iso3: 'ukr', name: 'Ukrainian' },
  fa: { iso3: 'pes', name: 'Persian' },
  am: { iso3: 'amh', name: 'Amharic' },
  tr: { iso3: 'tur', name: 'Turkish' },
  sw: { iso3: 'swh', name: 'Swahili' },
  th: { iso3: 'tha', name: 'Thai' },
  ta: { iso3: 'tam', name: 'Tamil' },
  te: { iso3: 'tel', name: 'Telugu' },
  mr: { iso3: 'mar', name: 'Marathi' },
  ro: { iso3: 'ron', name: 'Romanian' },
  nl: { iso3: 'nld', name: 'Dutch' },
  uz: { iso3: 'uzn', name: 'Uzbek' },
  ps: { iso3: 'pbu', name: 'Pashto' },
  ha: { iso3: 'hau', name: 'Hausa' },
  yo: { iso3: 'yor', name: 'Yoruba' },
  ig: { iso3: 'ibo', name: 'Igbo' },
  hmn: { iso3: 'hnj', name: 'Hmong' },
  ne: { iso3: 'npi', name: 'Nepali' },
  my: { iso3: 'mya', name: 'Burmese' },
  id: { iso3: 'ind', name: 'Indonesian' },
  ms: { iso3: 'zlm', name: 'Malay' },
  gu: { iso3: 'guj', name: 'Gujarati' },
  ml: { iso3: 'mal', name: 'Malayalam' },
  kn: { iso3: 'kan', name: 'Kannada' },
  rw: { iso3: 'kin', name: 'Kinyarwanda' },
  rn: { iso3: 'run', name: 'Kirundi' },
  ku: { iso3: 'ckb', name: 'Kurdish (Sorani)' },
  el: { iso3: 'ell', name: 'Greek' },
  hu: { iso3: 'hun', name: 'Hungarian' },
  cs: { iso3: 'ces', name: 'Czech' },
  bs: { iso3: 'bos', name: 'Bosnian' },
  hr: { iso3: 'hrv', name: 'Croatian' },
  sr: { iso3: 'srp', name: 'Serbian' },
  bg: { iso3: 'bul', name: 'Bulgarian' },
  be: { iso3: 'bel', name: 'Belarusian' },
  kk: { iso3: 'kaz', name: 'Kazakh' },
  az: { iso3: 'azj', name: 'Azerbaijani' },
  zu: { iso3: 'zul', name: 'Zulu' },
  ny: { iso3: 'nya', name: 'Chichewa' },
  ln: { iso3: 'lin', name: 'Lingala' },
  sv: { iso3: 'swe', name: 'Swedish' },
  ceb: { iso3: 'ceb', name: 'Cebuano' },
  ilo: { iso3: 'ilo', name: 'Ilocano' },
  ht: { iso3: 'hat', name: 'Haitian Creole' },
};

/** The issue's default district languages. */
export const DEFAULT_LANGUAGES = [
  'en',
  'es',
  'zh',
  'vi',
  'ar',
  'so',
  'tl',
  'ru',
  'ht',
  'pt',
  'fr',
  'ko',
] as const;

const ISO1_BY_ISO3 = new Map(Object.entries(FRANC_CODES).map(([iso1, { iso3 }]) => [iso3, iso1]));

export function iso1FromFranc(iso3: string): string | undefined {
  return ISO1_BY_ISO3.get(iso3);
}

export function languageName(code: string): string {
  return FRANC_CODES[code]?.name ?? code;
}

/**
 * Checks a district's language list. Returns the codes lower-cased and de-duplicated, or throws an
 * error that names each code the detector cannot recognise.
 */
export function normalizeLanguages(languages: readonly string[]): string[] {
  const codes = [...new Set(languages.map((l) => l.trim().toLowerCase()).filter(Boolean))];
  const unknown = codes.filter((c) => !FRANC_CODES[c]);
  if (unknown.length > 0) {
    throw new Error(
      `Unknown or undetectable language code${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')}. Use ISO 639-1 codes from: ${Object.keys(FRANC_CODES).join(', ')}.`,
    );
  }
  if (codes.length === 0) throw new Error('Give at least one language code, e.g. "en".');
  return codes;
}
