import { expect, test } from 'vitest';
import { scoreRatingRows } from '../../../shared/scoring';
import { tinyFramework } from './tiny-framework';

test('rows straight to scores: cell errors and duplicate errors together, blanks kept apart', () => {
  const at = (row: number) => ({ location: { sheet: 'Ratings', row }, cells: { level: 'D' } });
  const result = scoreRatingRows(tinyFramework(), [
    { raterId: 'A', role: 'Parent', itemId: '1.1.1', level: 'Excelling', ...at(2) },
    { raterId: 'A', role: 'Parent', itemId: '1.1.2', level: '', ...at(3) },
    { raterId: 'B', role: 'Teacher', itemId: '1.1.1', level: 'Emerjing', ...at(4) },
    { raterId: 'B', role: 'Teacher', itemId: '2.1.1', level: 1, ...at(5) },
    { raterId: 'B', role: 'Teacher', itemId: '2.1.1', level: 2, ...at(6) },
  ]);
  expect(result.rows).toBe(5);
  expect(result.blanks.map((b) => b.location.row)).toEqual([3]);
  expect(result.errors.map((e) => e.location.row)).toEqual([4, 6]);
  expect(result.errors[0]!.message).toContain('Did you mean Emerging?');
  expect(result.errors[1]!.otherLocations).toEqual([{ sheet: 'Ratings', row: 5, column: 'D' }]);
  expect(result.scores.counted).toBe(1);
  expect(result.scores.byId['1.1.1']!.all).toMatchObject({ n: 1, mean: 3 });
  expect(result.scores.byId['2.1.1']!.all.n).toBe(0);
});
