import { describe, expect, test } from 'vitest';
import { parseTeamLevel } from '../../../shared/scoring';

describe('parseTeamLevel accepts', () => {
  test.each([
    ['Excelling', 'excelling'],
    ['  excelling  ', 'excelling'],
    ['EXCELLING', 'excelling'],
    ['Progressing', 'progressing'],
    ['progressing\u00a0', 'progressing'],
    ['Emerging', 'emerging'],
    ['Below', 'below'],
    ['below the scale', 'below'],
    ['Not here yet', 'below'],
    ['Below (not here yet)', 'below'],
    ['Not sure', 'not-sure'],
    ['not-sure', 'not-sure'],
    ['Don’t know', 'not-sure'],
    ["don't know", 'not-sure'],
    ['unsure', 'not-sure'],
    [3, 'excelling'],
    [2, 'progressing'],
    [1, 'emerging'],
    [0, 'below'],
    [3.0, 'excelling'],
    ['3', 'excelling'],
    [' 2 ', 'progressing'],
    ['3.0', 'excelling'],
    ['0', 'below'],
    ['2 - Progressing', 'progressing'],
    ['3. Excelling', 'excelling'],
    ['Emerging (1)', 'emerging'],
    ['Sobresaliente', 'excelling'],
    ['En progreso', 'progressing'],
    ['emergente', 'emerging'],
    ['Por debajo', 'below'],
    ['Todavía no', 'below'],
    ['todavia no', 'below'],
    ['No sé', 'not-sure'],
    ['no se', 'not-sure'],
    ['NO SÉ', 'not-sure'],
    ['No estoy segura', 'not-sure'],
    ['no\u200b sé', 'not-sure'],
  ])('%j as %s', (cell, level) => {
    expect(parseTeamLevel(cell)).toEqual({ kind: 'value', value: level });
  });
});

describe('parseTeamLevel: blank is "not rated yet", not an error', () => {
  test.each([[''], ['   '], ['\u00a0'], [null], [undefined]])('%j', (cell) => {
    expect(parseTeamLevel(cell)).toEqual({ kind: 'blank' });
  });
});

describe('parseTeamLevel rejects, saying what to enter', () => {
  const advice = 'Use Excelling, Progressing, Emerging, Below or Not sure.';
  test.each([
    ['Progresing', `"Progresing" is not a rating. ${advice} Did you mean Progressing?`],
    ['Exceling', `"Exceling" is not a rating. ${advice} Did you mean Excelling?`],
    [
      'Sobresalinte',
      `"Sobresalinte" is not a rating. ${advice} Did you mean Sobresaliente (Excelling)?`,
    ],
    ['Good', `"Good" is not a rating. ${advice}`],
    [2.5, `2.5 is not a rating. ${advice}`],
    ['2.5', `"2.5" is not a rating. ${advice}`],
    [4, `4 is not a rating. ${advice}`],
    [-1, `-1 is not a rating. ${advice}`],
    ['-1', `"-1" is not a rating. ${advice}`],
    [Number.NaN, `NaN is not a rating. ${advice}`],
    [true, `true is not a rating. ${advice}`],
    [{}, `an object is not a rating. ${advice}`],
    [[2], `a list is not a rating. ${advice}`],
    [new Date(0), `a date is not a rating. ${advice}`],
    [
      'Progressing (3)',
      `"Progressing (3)": 3 is Excelling but the words say Progressing. ${advice}`,
    ],
    ['N/A', `"N/A" is not a rating. ${advice}`],
    ['Excelling!', `"Excelling!" is not a rating. ${advice} Did you mean Excelling?`],
  ])('%j', (cell, reason) => {
    expect(parseTeamLevel(cell)).toEqual({ kind: 'invalid', reason });
  });

  test('a near miss is never accepted', () => {
    expect(parseTeamLevel('Progresing').kind).toBe('invalid');
  });

  test('a very long entry is quoted shortened, with its length', () => {
    const result = parseTeamLevel('x'.repeat(5000));
    expect(result.kind).toBe('invalid');
    if (result.kind === 'invalid') {
      expect(result.reason).toContain('… (5000 characters)');
      expect(result.reason.length).toBeLessThan(200);
    }
  });
});
