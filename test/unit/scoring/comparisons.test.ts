import { describe, expect, test } from 'vitest';
import { builtInFramework } from '../../../shared/frameworks';
import {
  aggregateRatings,
  aggregateSurvey,
  compareAssessments,
  compareTeamToSurvey,
  parseSurveyRows,
  type SurveyResponse,
  surveyMeanOn100,
  teamMeanOn100,
} from '../../../shared/scoring';
import { rating, tinyFramework, tinyRatings } from './tiny-framework';

describe('compareAssessments: last year against this year', () => {
  const lastYear = aggregateRatings(tinyFramework(), tinyRatings());
  const thisYear = aggregateRatings(tinyFramework(), [
    rating('A', 'family', '1.1.1', 'excelling'),
    rating('B', 'teacher', '1.1.1', 'excelling'),
    rating('A', 'family', '1.1.2', 'progressing'),
    rating('B', 'teacher', '1.1.2', 'emerging'),
    rating('A', 'family', '2.1.1', 'not-sure'),
  ]);
  const comparison = compareAssessments(lastYear, thisYear);

  test('change per indicator in mean and in share at Progressing or above', () => {
    // 1.1.1: 8/3 -> 3; share 1 -> 1.  1.1.2: 0.5 -> 1.5; share 0 -> 0.5.
    expect(comparison.items.map((c) => c.id)).toEqual(['1.1.1', '1.1.2']);
    expect(comparison.items[0]!.meanChange).toBeCloseTo(1 / 3, 12);
    expect(comparison.items[0]!.shareChange).toBe(0);
    expect(comparison.items[1]).toMatchObject({
      before: { mean: 0.5, shareProgressingOrAbove: 0, scored: 2 },
      after: { mean: 1.5, shareProgressingOrAbove: 0.5, scored: 2 },
      meanChange: 1,
      shareChange: 0.5,
      text: 'Translate notices',
    });
  });

  test('change per standard', () => {
    // Standard 1: 9/5 = 1.8 -> (3+3+2+1)/4 = 2.25; share 3/5 -> 3/4.
    const standard = comparison.standards.find((c) => c.id === '1')!;
    expect(standard.meanChange).toBeCloseTo(0.45, 12);
    expect(standard.shareChange).toBeCloseTo(0.15, 12);
    expect(comparison.standards.map((c) => c.id)).toEqual(['1']);
  });

  test('items scored in only one of the two', () => {
    expect(comparison.onlyBefore).toEqual(['2.1.1']);
    expect(comparison.onlyAfter).toEqual([]);
    expect(comparison.sameFramework).toBe(true);
  });

  test('2008 against 2022 at the standard level, flagged as different frameworks', () => {
    const before = aggregateRatings(builtInFramework('pta-2008'), [
      rating('A', 'family', '2', 'emerging'),
    ]);
    const after = aggregateRatings(builtInFramework('pta-2022'), [
      rating('A', 'family', '2.1.1', 'progressing'),
    ]);
    const result = compareAssessments(before, after);
    expect(result.sameFramework).toBe(false);
    expect(result.standards).toMatchObject([{ id: '2', meanChange: 1 }]);
    expect(result.items).toEqual([]);
  });
});

describe('aggregateSurvey and compareTeamToSurvey', () => {
  const framework = tinyFramework();
  const parsed = parseSurveyRows(
    [
      {
        respondentId: 'F1',
        standardId: '1',
        level: 'Strongly agree',
        location: { sheet: 'Survey', row: 2 },
      },
      {
        respondentId: 'F2',
        standardId: '1',
        level: 'De acuerdo',
        location: { sheet: 'Survey', row: 3 },
      },
      {
        respondentId: 'F3',
        standardId: 'Standard 1',
        level: 2,
        location: { sheet: 'Survey', row: 4 },
      },
      { respondentId: 'F1', standardId: '2', level: '', location: { sheet: 'Survey', row: 5 } },
      {
        respondentId: 'F2',
        standardId: '2',
        level: 'Neutral',
        location: { sheet: 'Survey', row: 6 },
      },
      {
        respondentId: 'F3',
        standardId: '3',
        level: 'Agree',
        location: { sheet: 'Survey', row: 7 },
        cells: { standardId: 'B' },
      },
    ],
    { framework },
  );

  test('survey rows: responses, a blank, and an unknown standard with its place', () => {
    expect(parsed.responses).toHaveLength(4);
    expect(parsed.blanks).toHaveLength(1);
    expect(parsed.errors.map((e) => e.message)).toEqual([
      'Sheet "Survey", row 7, column B: "3" is not a Standard of Tiny Test Standards (2025). Use an id such as 1.',
    ]);
  });

  const survey = aggregateSurvey(framework, parsed.responses);

  test('per standard: 5, 4, 2 -> mean 11/3, two of three agree', () => {
    const s = survey.byId['1']!.summary;
    expect(s).toMatchObject({
      n: 3,
      median: 4,
      min: 2,
      max: 5,
      distribution: {
        'strongly-agree': 1,
        agree: 1,
        neutral: 0,
        disagree: 1,
        'strongly-disagree': 0,
      },
    });
    expect(s.mean).toBeCloseTo(11 / 3, 12);
    expect(s.shareAgreeing).toBeCloseTo(2 / 3, 12);
    expect(s.shareDisagreeing).toBeCloseTo(1 / 3, 12);
    expect(survey.respondents).toBe(3);
    expect(survey.overall.n).toBe(4);
  });

  test('the 0-100 scale: team mean / 3, survey (mean - 1) / 4', () => {
    expect(teamMeanOn100(3)).toBe(100);
    expect(teamMeanOn100(1.5)).toBe(50);
    expect(surveyMeanOn100(1)).toBe(0);
    expect(surveyMeanOn100(3)).toBe(50);
    expect(surveyMeanOn100(5)).toBe(100);
  });

  test('gap per standard in points, and share at Progressing or above against share agreeing', () => {
    const team = aggregateRatings(framework, tinyRatings());
    const comparison = compareTeamToSurvey(team, survey);
    const first = comparison.standards[0]!;
    // Team 1.8 -> 60; survey 11/3 -> (8/3)/4 = 66.67; gap -6.67. Shares 0.6 and 2/3.
    expect(first.team!.on100).toBeCloseTo(60, 12);
    expect(first.survey!.on100).toBeCloseTo(200 / 3, 12);
    expect(first.gapPoints!).toBeCloseTo(60 - 200 / 3, 12);
    expect(first.shareGapPoints!).toBeCloseTo((0.6 - 2 / 3) * 100, 12);
    // Standard 2: team 0 and 2 -> mean 1 -> 33.3; survey one Neutral -> 50.
    expect(comparison.standards[1]!.gapPoints!).toBeCloseTo(100 / 3 - 50, 12);
    expect(comparison.sameFramework).toBe(true);
  });

  test('a standard with no survey answers has no gap rather than a made-up one', () => {
    const team = aggregateRatings(framework, tinyRatings());
    const comparison = compareTeamToSurvey(team, aggregateSurvey(framework, []));
    expect(comparison.standards[0]).toMatchObject({
      survey: null,
      gapPoints: null,
      shareGapPoints: null,
    });
  });

  test('a respondent answering the same statement twice: neither answer counts', () => {
    const responses: SurveyResponse[] = [
      {
        respondentId: 'F1',
        standardId: '1',
        statementId: 'q1',
        level: 'agree',
        location: { row: 2 },
      },
      {
        respondentId: 'F1',
        standardId: '1',
        statementId: 'q2',
        level: 'agree',
        location: { row: 3 },
      },
      {
        respondentId: 'F1',
        standardId: '1',
        statementId: 'q1',
        level: 'disagree',
        location: { row: 4 },
      },
    ];
    const result = aggregateSurvey(framework, responses);
    expect(result.byId['1']!.summary.n).toBe(1);
    expect(result.counted).toBe(1);
    expect(result.excluded).toBe(2);
    expect(result.errors[0]!.message).toBe(
      'Row 4: F1 answered statement "q1" of Standard 1 again (Disagree); the first answer (Agree) is at row 2. Neither answer counts until one is removed.',
    );
  });
});
