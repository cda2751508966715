import type { Framework } from '../../shared/frameworks';
import {
  type AssessmentComparison,
  type AssessmentScores,
  aggregateRatings,
  aggregateSurvey,
  compareAssessments,
  compareTeamToSurvey,
  type Priorities,
  parseRatingRows,
  parseSurveyRows,
  parseTeamLevel,
  type RatingRowInput,
  ROLE_LABELS,
  rankPriorities,
  type SurveyScores,
  type TeamSurveyComparison,
  teamLevelLabel,
  teamScore,
  type ValueError,
} from '../../shared/scoring';
import type { Settings } from '../setup/settings';
import type { ArchiveRow } from './archive';
import { columnLetter, isDate, isEmptyCell } from './cells';
import type { SurveySheetState } from './family-survey';
import { ratedItems } from './framework-labels';
import type { PlacedRatingSheet } from './rating-sheets/plan';

/**
 * Compiling: the rating sheets read into rows (each with its sheet, row and column) and handed to
 * the scoring core. Everything computed here is the scoring core's; the add-on only lays it out.
 */
export interface Compiled {
  scores: AssessmentScores;
  priorities: Priorities;
  problems: ValueError[];
  rows: number;
  survey?: { scores: SurveyScores; comparison: TeamSurveyComparison; responses: number };
}

export function ratingRows(settings: Settings, placed: PlacedRatingSheet[]): RatingRowInput[] {
  const members = new Map(settings.members.map((m) => [m.id, m]));
  const rows: RatingRowInput[] = [];
  for (const sheet of placed) {
    for (const entry of sheet.entries) {
      const member = members.get(entry.raterId);
      if (!member) continue;
      rows.push({
        raterId: member.name,
        role: member.role,
        itemId: entry.itemId,
        level: entry.rating,
        evidence: isDate(entry.evidence)
          ? isoDate(entry.evidence)
          : isEmptyCell(entry.evidence)
            ? undefined
            : entry.evidence,
        location: { sheet: sheet.sheetName, row: entry.row },
        cells: {
          level: columnLetter(entry.ratingColumn),
          evidence: columnLetter(entry.ratingColumn + 1),
          itemId: columnLetter(sheet.idColumn),
        },
      });
    }
  }
  return rows;
}

export function compileAssessment(input: {
  framework: Framework;
  settings: Settings;
  placed: PlacedRatingSheet[];
  survey?: SurveySheetState;
  extraProblems?: ValueError[];
}): Compiled {
  const rows = ratingRows(input.settings, input.placed);
  const parsed = parseRatingRows(rows, { framework: input.framework });
  const scores = aggregateRatings(input.framework, parsed.ratings);
  const problems = [...parsed.errors, ...scores.errors];
  const compiled: Compiled = {
    scores,
    priorities: rankPriorities(scores),
    problems,
    rows: rows.length,
  };
  if (
    input.survey &&
    input.survey.rows.length > 0 &&
    input.survey.frameworkId === input.framework.id
  ) {
    const answers = parseSurveyRows(input.survey.rows, { framework: input.framework });
    const surveyScores = aggregateSurvey(input.framework, answers.responses);
    problems.push(...answers.errors, ...surveyScores.errors);
    compiled.survey = {
      scores: surveyScores,
      comparison: compareTeamToSurvey(scores, surveyScores),
      responses: surveyScores.counted,
    };
  }
  problems.push(...(input.extraProblems ?? []));
  return compiled;
}

/** This year's entries as archive rows: the level the scoring core reads, or why it can't. */
export function archiveRows(input: {
  framework: Framework;
  settings: Settings;
  placed: PlacedRatingSheet[];
  at: Date;
}): ArchiveRow[] {
  const items = new Map(ratedItems(input.framework).map((i) => [i.id, i]));
  const members = new Map(input.settings.members.map((m) => [m.id, m]));
  const out: ArchiveRow[] = [];
  for (const sheet of input.placed) {
    for (const entry of sheet.entries) {
      const member = members.get(entry.raterId);
      if (!member) continue;
      const level = parseTeamLevel(entry.rating);
      const item = items.get(entry.itemId);
      out.push({
        schoolYear: input.settings.schoolYear,
        rater: member.name,
        role: ROLE_LABELS[member.role].en,
        frameworkId: input.framework.id,
        itemId: entry.itemId,
        standard: item?.standard ?? '',
        goal: item?.goal ?? '',
        rating: level.kind === 'value' ? teamLevelLabel(level.value) : '',
        score: level.kind === 'value' ? (teamScore(level.value) ?? '') : '',
        evidence: entry.evidence,
        updated: entry.updated,
        entered: entry.rating,
        problem: level.kind === 'invalid' ? level.reason : '',
        archivedOn: input.at,
        notes: [entry.ratingNote, entry.evidenceNote].filter((note) => note).join('\n'),
      });
    }
  }
  return out;
}

export function compareYears(
  framework: Framework,
  before: { framework: Framework | undefined; ratings: Parameters<typeof aggregateRatings>[1] },
  after: AssessmentScores,
): AssessmentComparison | undefined {
  if (!before.framework) return undefined;
  const beforeScores = aggregateRatings(before.framework, before.ratings);
  if (before.framework.id !== framework.id) return undefined;
  return compareAssessments(beforeScores, after);
}

function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
