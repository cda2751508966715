import { otherLanguageSentences } from '../checks/text/mixed-language-sentences';
import type { CheckContext, CheckOptions, Sentence } from '../checks/types';
import type { DocumentModel, TextBlock } from '../document-model';
import { DEFAULT_LANGUAGES, normalizeLanguages } from '../language/codes';
import { analyseLanguages, type LanguageAnalysis } from '../language/detect';
import { splitSentences } from '../reading-level/sentences';
import type { Rule } from '../rule-schema';

export const DEFAULT_TARGET_GRADE = 8;

/** What every check shares for one document: computed once, whatever the number of rules. */
export interface DocumentAnalysis {
  model: DocumentModel;
  options: CheckOptions;
  languages: LanguageAnalysis;
  sentences(block: TextBlock): Sentence[];
}

/** Fills in defaults and rejects options a district could mistype, with a message saying which. */
export function normalizeCheckOptions(options: Partial<CheckOptions> = {}): CheckOptions {
  const languages = normalizeLanguages(options.languages ?? DEFAULT_LANGUAGES);
  const targetGrade = options.targetGrade ?? DEFAULT_TARGET_GRADE;
  if (!Number.isFinite(targetGrade) || targetGrade < 1 || targetGrade > 18) {
    throw new Error(
      `The target grade must be a number from 1 to 18, got ${String(options.targetGrade)}.`,
    );
  }
  const normalized: CheckOptions = { languages, targetGrade };
  if (options.extraGlossary) normalized.extraGlossary = options.extraGlossary;
  return normalized;
}

export function analyseDocument(model: DocumentModel, options: CheckOptions): DocumentAnalysis {
  const cache = new Map<number, Sentence[]>();
  const sentences = (block: TextBlock) => {
    let found = cache.get(block.ref);
    if (!found) {
      found = splitSentences(block.text);
      cache.set(block.ref, found);
    }
    return found;
  };
  const languages = analyseLanguages(model.blocks, options.languages, {
    sentencesInOtherLanguages: (block, language) =>
      otherLanguageSentences({ sentences }, block, language).map((other) => ({
        language: other.language,
        text: other.sentence.text,
      })),
  });
  return { model, options, languages, sentences };
}

export function contextFor(analysis: DocumentAnalysis, rule: Rule): CheckContext {
  return {
    model: analysis.model,
    rule,
    options: analysis.options,
    blockLanguage: analysis.languages.blockLanguage,
    primaryLanguage: analysis.languages.primary,
    sentences: analysis.sentences,
  };
}
