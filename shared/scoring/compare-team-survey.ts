import type { AssessmentScores } from './aggregate-ratings';
import type { SurveyScores } from './aggregate-survey';
import { MAX_SURVEY_SCORE, MAX_TEAM_SCORE, MIN_SURVEY_SCORE } from './scales';

/**
 * The two scales on one 0-100 scale, so a team mean and a survey mean can be compared:
 * team: mean / 3 x 100 (Below 0, Emerging 33.3, Progressing 66.7, Excelling 100);
 * survey: (mean - 1) / 4 x 100 (Strongly disagree 0, Neither 50, Strongly agree 100).
 */
export function teamMeanOn100(mean: number): number {
  return (mean / MAX_TEAM_SCORE) * 100;
}

export function surveyMeanOn100(mean: number): number {
  return ((mean - MIN_SURVEY_SCORE) / (MAX_SURVEY_SCORE - MIN_SURVEY_SCORE)) * 100;
}

export interface StandardGap {
  id: string;
  levelName: string;
  title?: string;
  team: { mean: number; on100: number; shareProgressingOrAbove: number; scored: number } | null;
  survey: { mean: number; on100: number; shareAgreeing: number; n: number } | null;
  /** team on100 - survey on100: positive when the team rates the standard higher than families do. */
  gapPoints: number | null;
  /** Share at Progressing or above minus share agreeing, in percentage points. */
  shareGapPoints: number | null;
}

export interface TeamSurveyComparison {
  sameFramework: boolean;
  standards: StandardGap[];
}

/** Team ratings against the family survey, per standard (level-1 item), in the team's order. */
export function compareTeamToSurvey(
  team: AssessmentScores,
  survey: SurveyScores,
): TeamSurveyComparison {
  const standards = team.level1.map((node): StandardGap => {
    const t = node.all;
    const s = survey.byId[node.id]?.summary;
    const teamSide =
      t.mean !== null && t.shareProgressingOrAbove !== null
        ? {
            mean: t.mean,
            on100: teamMeanOn100(t.mean),
            shareProgressingOrAbove: t.shareProgressingOrAbove,
            scored: t.scored,
          }
        : null;
    const surveySide =
      s && s.mean !== null && s.shareAgreeing !== null
        ? { mean: s.mean, on100: surveyMeanOn100(s.mean), shareAgreeing: s.shareAgreeing, n: s.n }
        : null;
    const gap: StandardGap = {
      id: node.id,
      levelName: node.levelName,
      team: teamSide,
      survey: surveySide,
      gapPoints: teamSide && surveySide ? teamSide.on100 - surveySide.on100 : null,
      shareGapPoints:
        teamSide && surveySide
          ? (teamSide.shareProgressingOrAbove - surveySide.shareAgreeing) * 100
          : null,
    };
    if (node.title !== undefined) gap.title = node.title;
    return gap;
  });
  return {
    sameFramework:
      team.frameworkId === survey.frameworkId && team.frameworkEdition === survey.frameworkEdition,
    standards,
  };
}
