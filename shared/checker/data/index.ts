import glossaryJson from './glossary.json' with { type: 'json' };
import idiomsJson from './idioms.json' with { type: 'json' };
import languageNamesJson from './language-names.json' with { type: 'json' };
import {
  type GlossaryEntry,
  glossarySchema,
  type IdiomEntry,
  idiomsSchema,
  type LanguageName,
  languageNamesSchema,
  mustParseData,
  surveyWordingSchema,
} from './schema';
import surveyWordingJson from './survey-wording.json' with { type: 'json' };

export type { GlossaryEntry, IdiomEntry, LanguageName } from './schema';

let glossaryCache: GlossaryEntry[] | undefined;
let idiomsCache: IdiomEntry[] | undefined;
let languageNamesCache: LanguageName[] | undefined;
let surveyWordingCache: ReturnType<typeof parseSurveyWording> | undefined;

/** The built-in glossary, validated on first use. */
export function glossary(): GlossaryEntry[] {
  glossaryCache ??= mustParseData(glossarySchema, glossaryJson, 'glossary.json').terms;
  return glossaryCache;
}

export function idioms(): IdiomEntry[] {
  idiomsCache ??= mustParseData(idiomsSchema, idiomsJson, 'idioms.json').idioms;
  return idiomsCache;
}

export function languageNames(): LanguageName[] {
  languageNamesCache ??= mustParseData(
    languageNamesSchema,
    languageNamesJson,
    'language-names.json',
  ).languages;
  return languageNamesCache;
}

function parseSurveyWording() {
  return mustParseData(surveyWordingSchema, surveyWordingJson, 'survey-wording.json');
}

export function surveyWording() {
  surveyWordingCache ??= parseSurveyWording();
  return surveyWordingCache;
}
