/**
 * The message checker's public API, safe for the browser: no linkedom, no node modules. Node code
 * (the CLI, tests) imports `./node`, which adds `extractFromHtml`.
 */

export {
  type CheckDocumentOptions,
  checkDocument,
  checkDocuments,
  type DocumentToCheck,
} from './check-document';
export type { CheckContext, CheckFunction, CheckOptions, Hit, Sentence } from './checks/types';
export type * from './document-model';
export {
  analyseDocument,
  DEFAULT_TARGET_GRADE,
  type DocumentAnalysis,
  normalizeCheckOptions,
} from './engine/analysis';
export {
  builtInRules,
  checkRegistry,
  DEFAULT_FRAMEWORK_ID,
  type LoadedRule,
  loadRules,
  RuleDataError,
  type RuleSet,
} from './engine/load-rules';
export { modelFromBlocks, runRule } from './engine/run-rule';
export { findingsFromHit, runRules, runRulesOnEach } from './engine/run-rules';
export type { TextSegment } from './extract/block-text';
export {
  type Extraction,
  type ExtractOptions,
  extractFromDocument,
} from './extract/from-document';
export { extractFromText, type TextExtractOptions } from './extract/from-text';
export { type Boundary, positionToBoundaries, positionToRange } from './extract/positions';
export * from './finding';
export { DEFAULT_LANGUAGES, FRANC_CODES, languageName, normalizeLanguages } from './language/codes';
export { BILINGUAL_MIN_SHARE, BILINGUAL_MIN_WORDS, MIN_LETTERS_TO_DETECT } from './language/detect';
export { measureReadingLevel } from './reading-level/measure';
export { splitSentences } from './reading-level/sentences';
export * from './report';
export {
  compareIndicatorIds,
  distinctEvidence,
  type EvidenceGroup,
  groupEvidence,
  type IndicatorEvidence,
  indicatorEvidence,
  needsCheck,
  PASSAGES_FOR_CONFIDENCE,
} from './report/indicator-evidence';
export { languageOutsideListNote, primaryOutsideList } from './report/language-outside-list';
export { type Rule, ruleSchema } from './rule-schema';
export { structureRuleData } from './rules/structure-rules';
export { textRuleData } from './rules/text-rules';
export { TOOL } from './version';
