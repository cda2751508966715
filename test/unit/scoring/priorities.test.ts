import { describe, expect, test } from 'vitest';
import { builtInFramework } from '../../../shared/frameworks';
import { aggregateRatings, rankPriorities } from '../../../shared/scoring';
import { rating, tinyFramework, tinyRatings } from './tiny-framework';

describe('rankPriorities on the hand-worked ratings', () => {
  const priorities = rankPriorities(aggregateRatings(tinyFramework(), tinyRatings()));

  test('lowest mean first: 1.1.2 (0.5), 2.1.1 (1), 1.1.1 (2.67)', () => {
    expect(priorities.byLowMean.map((r) => [r.rank, r.id, r.mean])).toEqual([
      [1, '1.1.2', 0.5],
      [2, '2.1.1', 1],
      [3, '1.1.1', 8 / 3],
    ]);
  });

  test('most disagreement first: spread 1 (2.1.1), 0.5 (1.1.2), 0.47 (1.1.1)', () => {
    expect(priorities.byDisagreement.map((r) => r.id)).toEqual(['2.1.1', '1.1.2', '1.1.1']);
  });

  test('each row carries its parents and the goal question, and flags thin evidence', () => {
    const first = priorities.byLowMean[0]!;
    expect(first).toMatchObject({
      id: '1.1.2',
      text: 'Translate notices',
      levelName: 'Indicator',
      parents: [
        { id: '1', levelName: 'Standard', title: 'Welcome' },
        { id: '1.1', levelName: 'Goal', title: 'Belonging' },
      ],
      question: 'Do families feel they belong?',
      scored: 2,
      n: 3,
      fewRatings: true,
    });
    expect(priorities.byLowMean[2]!.fewRatings).toBe(false);
    expect(priorities.minScored).toBe(3);
  });

  test('the threshold for thin evidence can be set', () => {
    const lenient = rankPriorities(aggregateRatings(tinyFramework(), tinyRatings()), {
      minScored: 2,
    });
    expect(lenient.byLowMean.every((r) => !r.fewRatings)).toBe(true);
  });
});

describe('rankPriorities: ties and gaps', () => {
  test('equal means: the lower share at Progressing or above comes first, then source order', () => {
    // 1.1.1: 0 and 2 (mean 1, half at Progressing+); 1.1.2: 1 and 1 (mean 1, none); 2.1.1: 1, 1.
    const scores = aggregateRatings(tinyFramework(), [
      rating('A', 'family', '1.1.1', 'below'),
      rating('B', 'family', '1.1.1', 'progressing'),
      rating('A', 'family', '1.1.2', 'emerging'),
      rating('B', 'family', '1.1.2', 'emerging'),
      rating('A', 'family', '2.1.1', 'emerging'),
      rating('B', 'family', '2.1.1', 'emerging'),
    ]);
    expect(rankPriorities(scores).byLowMean.map((r) => r.id)).toEqual(['1.1.2', '2.1.1', '1.1.1']);
  });

  test('equal spread: the smaller share at the most common level comes first', () => {
    // 1.1.1: 0 0 0 3 and 1.1.2: 0 0 2 3 both have variance 27/16; their modal shares are 3/4 and 1/2.
    const levels = ['below', 'emerging', 'progressing', 'excelling'] as const;
    const scores = aggregateRatings(tinyFramework(), [
      ...[0, 0, 0, 3].map((s, i) => rating(`R${i}`, 'family', '1.1.1', levels[s]!)),
      ...[0, 0, 2, 3].map((s, i) => rating(`R${i}`, 'family', '1.1.2', levels[s]!)),
    ]);
    const rows = rankPriorities(scores).byDisagreement;
    expect(rows.map((r) => [r.id, r.modalShare])).toEqual([
      ['1.1.2', 0.5],
      ['1.1.1', 0.75],
    ]);
    expect(rows[0]!.sd).toBe(rows[1]!.sd);
    expect(rows[0]!.sd!).toBeCloseTo(Math.sqrt(27 / 16), 12);
  });

  test('items with no scored rating are listed apart, and one rating cannot disagree', () => {
    const scores = aggregateRatings(tinyFramework(), [
      rating('A', 'family', '1.1.1', 'emerging'),
      rating('A', 'family', '1.1.2', 'not-sure'),
    ]);
    const priorities = rankPriorities(scores);
    expect(priorities.byLowMean.map((r) => r.id)).toEqual(['1.1.1']);
    expect(priorities.byDisagreement).toEqual([]);
    expect(priorities.unscored.map((r) => r.id)).toEqual(['1.1.2', '2.1.1']);
  });

  test('PTA 2022 rows carry the goal guiding question from the framework', () => {
    const scores = aggregateRatings(builtInFramework('pta-2022'), [
      rating('A', 'family', '1.1.1', 'emerging'),
    ]);
    expect(rankPriorities(scores).byLowMean[0]!.question).toBe(
      'When families engage with the school and PTA, do they feel respected, understood and connected to the school community?',
    );
  });
});
