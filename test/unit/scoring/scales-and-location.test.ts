import { describe, expect, test } from 'vitest';
import {
  formatLocation,
  LABEL_SOURCES,
  levelNamedByMean,
  ROLE_LABELS,
  ROLES,
  SURVEY_SCALE,
  surveyDropdownLabels,
  TEAM_SCALE,
  teamDropdownLabels,
} from '../../../shared/scoring';

describe('scales', () => {
  test('the team dropdown, best first, Not sure last, in both languages', () => {
    expect(teamDropdownLabels()).toEqual([
      'Excelling',
      'Progressing',
      'Emerging',
      'Below',
      'Not sure',
    ]);
    expect(teamDropdownLabels('es')).toEqual([
      'Sobresaliente',
      'En progreso',
      'Emergente',
      'Por debajo',
      'No sé',
    ]);
    expect(TEAM_SCALE.map((e) => e.score)).toEqual([3, 2, 1, 0, null]);
    expect(TEAM_SCALE.find((e) => e.level === 'below')?.hint?.en).toBe('not here yet');
  });

  test('the survey dropdown, Strongly agree (5) first', () => {
    expect(surveyDropdownLabels()).toEqual([
      'Strongly agree',
      'Agree',
      'Neither agree nor disagree',
      'Disagree',
      'Strongly disagree',
    ]);
    expect(SURVEY_SCALE.map((e) => e.score)).toEqual([5, 4, 3, 2, 1]);
    expect(surveyDropdownLabels('es')[0]).toBe('Totalmente de acuerdo');
  });

  test('every role has a label in both languages, and the Spanish source is named honestly', () => {
    for (const role of ROLES) {
      expect(ROLE_LABELS[role].en.length).toBeGreaterThan(0);
      expect(ROLE_LABELS[role].es.length).toBeGreaterThan(0);
    }
    expect(LABEL_SOURCES.spanish).toMatch(/not an official National PTA translation/);
  });

  test.each([
    [3, 'excelling'],
    [2.5, 'excelling'],
    [2.4999, 'progressing'],
    [1.5, 'progressing'],
    [1.4999, 'emerging'],
    [0.5, 'emerging'],
    [0.4999, 'below'],
    [0, 'below'],
  ])('a mean of %d names %s', (mean, level) => {
    expect(levelNamedByMean(mean)).toBe(level);
  });
});

describe('formatLocation', () => {
  test.each([
    [{ sheet: 'Maria (family)', row: 7, column: 'E' }, 'Sheet "Maria (family)", row 7, column E'],
    [{ sheet: 'Ratings', row: 2, column: 'Rating' }, 'Sheet "Ratings", row 2, column "Rating"'],
    [{ file: 'ratings.json', field: '$[3].rating' }, 'File "ratings.json", field "$[3].rating"'],
    [{ file: 'a.csv', row: 4, column: 'C', field: 'level' }, 'File "a.csv", row 4, column C'],
    [{ row: 3 }, 'Row 3'],
    [{}, 'An unknown place'],
  ])('%j', (location, text) => {
    expect(formatLocation(location)).toBe(text);
  });
});
