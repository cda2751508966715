import { describe, expect, test } from 'vitest';
import { builtInFramework } from '../../../shared/frameworks';
import { parseRatingRows } from '../../../shared/scoring';

const framework = builtInFramework('pta-2022');
const sheet = 'Maria (family)';
const cells = { raterId: 'A', role: 'B', itemId: 'C', level: 'E', evidence: 'F' } as const;
const row = (n: number, values: Record<string, unknown>) => ({
  raterId: 'Maria',
  role: 'Family member',
  itemId: '1.1.1',
  ...values,
  location: { sheet, row: n },
  cells,
});

describe('parseRatingRows', () => {
  test('rows become ratings, blanks and located errors, one outcome per row', () => {
    const result = parseRatingRows(
      [
        row(2, { level: 'Excelling', evidence: 'We greet families at the door' }),
        row(3, { itemId: '1.1.2', level: '' }),
        row(7, { itemId: '1.1.3', level: 'Progresing' }),
        row(8, { itemId: ' Indicator 2.1.4 ', level: 'no sé' }),
        row(9, { itemId: '9.9.9', level: 'Alien', role: 'Mayor' }),
      ],
      { framework },
    );
    expect(result.ratings).toEqual([
      {
        raterId: 'Maria',
        role: 'family',
        itemId: '1.1.1',
        level: 'excelling',
        evidence: 'We greet families at the door',
        location: { sheet, row: 2, column: 'E' },
      },
      {
        raterId: 'Maria',
        role: 'family',
        itemId: '2.1.4',
        level: 'not-sure',
        location: { sheet, row: 8, column: 'E' },
      },
    ]);
    expect(result.blanks).toEqual([
      { location: { sheet, row: 3 }, raterId: 'Maria', itemId: '1.1.2' },
    ]);
    expect(result.errors.map((e) => e.message)).toEqual([
      'Sheet "Maria (family)", row 7, column E: "Progresing" is not a rating. Use Excelling, Progressing, Emerging, Below or Not sure. Did you mean Progressing?',
      'Sheet "Maria (family)", row 9, column B: "Mayor" is not a role. Use Family member, Teacher, School staff, Administrator, Student or Community partner.',
      'Sheet "Maria (family)", row 9, column C: "9.9.9" is not an Indicator of National Standards for Family-School Partnerships (2022). Use an id such as 1.1.1.',
      'Sheet "Maria (family)", row 9, column E: "Alien" is not a rating. Use Excelling, Progressing, Emerging, Below or Not sure.',
    ]);
    expect(result.errors[0]).toMatchObject({
      location: { sheet, row: 7, column: 'E' },
      value: 'Progresing',
      reason: expect.stringMatching(/^"Progresing" is not a rating/),
    });
  });

  test('missing rater or role is an error, never a guess', () => {
    const result = parseRatingRows([
      { raterId: '', role: 'Teacher', itemId: '1.1.1', level: 2, location: { row: 4 } },
      { raterId: 'Kim', role: '  ', itemId: '1.1.1', level: 2, location: { row: 5 } },
    ]);
    expect(result.ratings).toEqual([]);
    expect(result.errors.map((e) => e.message)).toEqual([
      'Row 4, field "raterId": the rater is missing.',
      'Row 5, field "role": the rater\'s role is missing.',
    ]);
  });

  test('a field may sit in another place, such as the role in a sheet header', () => {
    const result = parseRatingRows([
      {
        raterId: 'Kim',
        role: 'Janitor',
        itemId: '1.1.1',
        level: 'Emerging',
        location: { sheet: 'Kim', row: 5 },
        cells: { role: { sheet: 'Kim', row: 1, column: 'B' } },
      },
    ]);
    expect(result.errors[0]!.location).toEqual({ sheet: 'Kim', row: 1, column: 'B' });
  });

  test('without a framework, any item id is passed on for aggregation to check', () => {
    const result = parseRatingRows([
      { raterId: 7, role: 'teacher', itemId: 3, level: '1', location: { row: 2 } },
    ]);
    expect(result.ratings[0]).toMatchObject({ raterId: '7', itemId: '3', level: 'emerging' });
  });

  test('a goal id where an indicator is rated is explained', () => {
    const result = parseRatingRows([row(4, { itemId: '2.1', level: 'Emerging' })], { framework });
    expect(result.errors[0]!.reason).toBe(
      '"2.1" is a Goal of National Standards for Family-School Partnerships (2022); an Indicator is expected here.',
    );
  });

  test('rows that are not objects, or throw when read, are errors named by position', () => {
    const hostile = {
      get level(): unknown {
        throw new Error('boom');
      },
    };
    const result = parseRatingRows([null, 42, ['a'], hostile]);
    expect(result.errors.map((e) => e.message)).toEqual([
      'Field "rows[0]": this row is not a set of named cells.',
      'Field "rows[1]": this row is not a set of named cells.',
      'Field "rows[2]": this row is not a set of named cells.',
      'Field "rows[3]": this row could not be read (boom).',
    ]);
  });

  test('PTA 2008 rows name standards', () => {
    const result = parseRatingRows(
      [
        {
          raterId: 'A',
          role: 'Principal',
          itemId: 'Standard 3',
          level: 'Below',
          location: { row: 2 },
        },
      ],
      { framework: builtInFramework('pta-2008') },
    );
    expect(result.ratings[0]).toMatchObject({ itemId: '3', role: 'administrator', level: 'below' });
  });
});

test('a row whose location is unusable is named by its position instead', () => {
  const result = parseRatingRows([
    { raterId: 'A', role: 'Teacher', itemId: '1.1.1', level: 'Great', location: 'row five' },
  ]);
  expect(result.errors[0]!.message).toBe(
    'Field "rows[0].level": "Great" is not a rating. Use Excelling, Progressing, Emerging, Below or Not sure.',
  );
});
