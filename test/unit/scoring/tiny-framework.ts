import { type Framework, parseFramework } from '../../../shared/frameworks';
import type { Rating, Role, TeamLevel } from '../../../shared/scoring';

/** A three-indicator framework small enough to check every figure by hand. */
export function tinyFramework(): Framework {
  const result = parseFramework({
    formatVersion: 1,
    id: 'tiny',
    name: 'Tiny Test Standards',
    edition: '2025',
    source: { title: 'Written for the scoring tests' },
    levels: ['Standard', 'Goal', 'Indicator'],
    ratedLevel: 3,
    items: [
      {
        id: '1',
        title: 'Welcome',
        children: [
          {
            id: '1.1',
            title: 'Belonging',
            question: 'Do families feel they belong?',
            children: [
              { id: '1.1.1', text: 'Greet every family' },
              { id: '1.1.2', text: 'Translate notices' },
            ],
          },
        ],
      },
      {
        id: '2',
        title: 'Communicate',
        children: [
          {
            id: '2.1',
            title: 'Two-way',
            question: 'Can families reach staff?',
            children: [{ id: '2.1.1', text: 'Answer messages within two days' }],
          },
        ],
      },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.framework;
}

export function rating(
  raterId: string,
  role: Role,
  itemId: string,
  level: TeamLevel,
  row?: number,
): Rating {
  const out: Rating = { raterId, role, itemId, level };
  if (row !== undefined) out.location = { sheet: 'Ratings', row, column: 'D' };
  return out;
}

/**
 * Three raters, worked by hand in aggregate-ratings.test.ts:
 *            1.1.1        1.1.2       2.1.1
 * A family   Excelling 3  Emerging 1  Not sure
 * B teacher  Progressing 2 Below 0    Progressing 2
 * C family   Excelling 3  Not sure    Below 0
 */
export function tinyRatings(): Rating[] {
  return [
    rating('A', 'family', '1.1.1', 'excelling', 2),
    rating('A', 'family', '1.1.2', 'emerging', 3),
    rating('A', 'family', '2.1.1', 'not-sure', 4),
    rating('B', 'teacher', '1.1.1', 'progressing', 5),
    rating('B', 'teacher', '1.1.2', 'below', 6),
    rating('B', 'teacher', '2.1.1', 'progressing', 7),
    rating('C', 'family', '1.1.1', 'excelling', 8),
    rating('C', 'family', '1.1.2', 'not-sure', 9),
    rating('C', 'family', '2.1.1', 'below', 10),
  ];
}
