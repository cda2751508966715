// The scoring core: rating scales, reading cell values, aggregation, agreement, priorities and
// comparisons. Pure functions on plain data: no DOM, no Apps Script, safe to bundle anywhere.

export {
  type AssessmentAgreement,
  type AssessmentScores,
  aggregateRatings,
  type NodeScores,
} from './aggregate-ratings';
export {
  aggregateSurvey,
  type SurveyScores,
  type SurveyStandardScores,
  type SurveySummary,
  summarizeSurveyCounts,
} from './aggregate-survey';
export type { CellResult } from './cell-parser';
export {
  type AssessmentComparison,
  compareAssessments,
  type ItemChange,
} from './compare-assessments';
export {
  compareTeamToSurvey,
  type StandardGap,
  surveyMeanOn100,
  type TeamSurveyComparison,
  teamMeanOn100,
} from './compare-team-survey';
export { type CountStats, statsFromCounts } from './count-stats';
export {
  type AlphaMetric,
  type AlphaResult,
  alphaFromReliabilityData,
  alphaFromUnitCounts,
} from './krippendorff-alpha';
export {
  LEVEL_OF_MEAN_THRESHOLDS,
  type LevelSummary,
  levelNamedByMean,
  summarizeLevelCounts,
} from './level-summary';
export { formatLocation, quoteValue } from './location';
export { isBlankCell, normalizeCellText } from './normalize-cell';
export {
  type ParsedRatingRows,
  parseRatingRows,
  type RatingField,
  type RatingRowInput,
} from './parse-rating-rows';
export { parseRole } from './parse-role';
export { parseSurveyLevel } from './parse-survey-level';
export {
  type ParsedSurveyRows,
  parseSurveyRows,
  type SurveyField,
  type SurveyRowInput,
} from './parse-survey-rows';
export { parseTeamLevel } from './parse-team-level';
export {
  DEFAULT_MIN_SCORED,
  type Priorities,
  type PriorityRow,
  rankPriorities,
} from './priorities';
export type { BlankRow, FieldCells } from './row-fields';
export * from './scales';
export { type ScoredRows, scoreRatingRows } from './score-rating-rows';
export type {
  Location,
  Rating,
  Role,
  ScoredLevel,
  SurveyLevel,
  SurveyResponse,
  TeamLevel,
  ValueError,
} from './types';
export { ROLES } from './types';
