import type { Framework } from '../frameworks';
import { statsFromCounts } from './count-stats';
import { indexFramework } from './framework-index';
import { placeWords, withArticle } from './location';
import { valueError } from './row-fields';
import { SURVEY_LEVEL_COUNT, SURVEY_LEVELS, surveyLevelLabel } from './scales';
import type { SurveyLevel, SurveyResponse, ValueError } from './types';

export interface SurveySummary {
  /** Answers counted. */
  n: number;
  distribution: Record<SurveyLevel, number>;
  /** On the 1 (strongly disagree) to 5 (strongly agree) scale. */
  mean: number | null;
  median: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
  /** Share answering Agree or Strongly agree, 0 to 1. */
  shareAgreeing: number | null;
  /** Share answering Disagree or Strongly disagree, 0 to 1. */
  shareDisagreeing: number | null;
}

export interface SurveyStandardScores {
  id: string;
  levelName: string;
  title?: string;
  text?: string;
  summary: SurveySummary;
}

export interface SurveyScores {
  frameworkId: string;
  frameworkEdition: string;
  /** One entry per level-1 item (standard), in source order. */
  standards: SurveyStandardScores[];
  byId: Record<string, SurveyStandardScores>;
  overall: SurveySummary;
  /** Distinct respondents with at least one counted answer. */
  respondents: number;
  counted: number;
  excluded: number;
  errors: ValueError[];
}

const LEVEL_POSITION = new Map<unknown, number>(SURVEY_LEVELS.map((level, i) => [level, i]));

/**
 * Family survey answers per standard. A respondent answers each statement once (each standard
 * once when the survey does not name statements); a repeated answer is an error with both
 * locations, and neither counts until one is removed.
 */
export function aggregateSurvey(
  framework: Framework,
  responses: Iterable<SurveyResponse>,
): SurveyScores {
  const index = indexFramework(framework);
  const standards = index.nodes.filter((node) => node.level === 1);
  const position = new Map(standards.map((node, i) => [node.id, i]));
  const counts = new Int32Array((standards.length + 1) * SURVEY_LEVEL_COUNT);
  const overall = standards.length;
  const firstAnswer = new Map<string, SurveyResponse>();
  const conflicted = new Set<string>();
  const kept: Array<{ key: string; response: SurveyResponse; standard: number; level: number }> =
    [];
  const errors: ValueError[] = [];
  let excluded = 0;
  let given = 0;

  const add = (standard: number, level: number, delta: number) => {
    for (const target of [standard, overall]) {
      const at = target * SURVEY_LEVEL_COUNT + level;
      counts[at] = (counts[at] ?? 0) + delta;
    }
  };

  for (const response of responses) {
    const where = response.location ?? { field: `responses[${given}]` };
    given++;
    const standard = position.get(response.standardId);
    const level = LEVEL_POSITION.get(response.level);
    if (standard === undefined || level === undefined) {
      excluded++;
      const reason =
        standard === undefined
          ? `"${String(response.standardId)}" is not ${withArticle(framework.levels[0])} of ${framework.name} (${framework.edition}).`
          : `"${String(response.level)}" is not an answer on the survey scale.`;
      errors.push(
        valueError(where, standard === undefined ? response.standardId : response.level, reason),
      );
      continue;
    }
    const key = `${response.respondentId}\u0000${response.standardId}\u0000${response.statementId ?? ''}`;
    const first = firstAnswer.get(key);
    if (!first) {
      firstAnswer.set(key, response);
      kept.push({ key, response, standard, level });
      add(standard, level, 1);
      continue;
    }
    excluded++;
    if (!conflicted.has(key)) {
      conflicted.add(key);
      excluded++;
      add(standard, LEVEL_POSITION.get(first.level) ?? 0, -1);
    }
    const firstWhere = first.location ?? {};
    const statement = response.statementId ? `statement "${response.statementId}" of ` : '';
    errors.push(
      valueError(
        where,
        response.level,
        `${response.respondentId} answered ${statement}${framework.levels[0]} ${response.standardId} again ` +
          `(${surveyLevelLabel(response.level)}); the first answer (${surveyLevelLabel(first.level)}) is at ` +
          `${placeWords(firstWhere)}. Neither answer counts until one is removed.`,
        [firstWhere],
      ),
    );
  }

  const respondents = new Set<string>();
  let counted = 0;
  for (const { key, response } of kept) {
    if (conflicted.has(key)) continue;
    counted++;
    respondents.add(response.respondentId);
  }
  const scored = standards.map((node, i) => {
    const entry: SurveyStandardScores = {
      id: node.id,
      levelName: node.levelName,
      summary: summarizeSurveyCounts(counts, i * SURVEY_LEVEL_COUNT),
    };
    if (node.title !== undefined) entry.title = node.title;
    if (node.text !== undefined) entry.text = node.text;
    return entry;
  });
  return {
    frameworkId: framework.id,
    frameworkEdition: framework.edition,
    standards: scored,
    byId: Object.fromEntries(scored.map((entry) => [entry.id, entry])),
    overall: summarizeSurveyCounts(counts, overall * SURVEY_LEVEL_COUNT),
    respondents: respondents.size,
    counted,
    excluded,
    errors,
  };
}

/** Five counts in SURVEY_LEVELS order (strongly disagree first) starting at `start`. */
export function summarizeSurveyCounts(counts: ArrayLike<number>, start = 0): SurveySummary {
  const at = (i: number) => counts[start + i] ?? 0;
  const stats = statsFromCounts(counts, start, SURVEY_LEVEL_COUNT, 1);
  const n = stats.n;
  return {
    n,
    distribution: {
      'strongly-agree': at(4),
      agree: at(3),
      neutral: at(2),
      disagree: at(1),
      'strongly-disagree': at(0),
    },
    mean: stats.mean,
    median: stats.median,
    sd: stats.sd,
    min: stats.min,
    max: stats.max,
    shareAgreeing: n === 0 ? null : (at(3) + at(4)) / n,
    shareDisagreeing: n === 0 ? null : (at(0) + at(1)) / n,
  };
}
