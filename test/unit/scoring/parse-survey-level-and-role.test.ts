import { describe, expect, test } from 'vitest';
import { parseRole, parseSurveyLevel } from '../../../shared/scoring';

describe('parseSurveyLevel', () => {
  test.each([
    ['Strongly agree', 'strongly-agree'],
    ['  STRONGLY AGREE ', 'strongly-agree'],
    ['strongly-agree', 'strongly-agree'],
    ['Agree', 'agree'],
    ['Neither agree nor disagree', 'neutral'],
    ['Neutral', 'neutral'],
    ['Disagree', 'disagree'],
    ['Strongly disagree', 'strongly-disagree'],
    ['Totalmente de acuerdo', 'strongly-agree'],
    ['De acuerdo', 'agree'],
    ['Ni de acuerdo ni en desacuerdo', 'neutral'],
    ['En desacuerdo', 'disagree'],
    ['Totalmente en desacuerdo', 'strongly-disagree'],
    [5, 'strongly-agree'],
    ['4', 'agree'],
    [3, 'neutral'],
    [2, 'disagree'],
    [1, 'strongly-disagree'],
    ['5 - Strongly agree', 'strongly-agree'],
  ])('accepts %j as %s', (cell, level) => {
    expect(parseSurveyLevel(cell)).toEqual({ kind: 'value', value: level });
  });

  test.each([[0], [6], [4.5], ['Agre'], ['Not sure'], ['Excelling']])('rejects %j', (cell) => {
    const result = parseSurveyLevel(cell);
    expect(result.kind).toBe('invalid');
    if (result.kind === 'invalid') {
      expect(result.reason).toContain(
        'Use Strongly agree, Agree, Neither agree nor disagree, Disagree or Strongly disagree (or 5 to 1).',
      );
    }
  });

  test('a near miss names the label', () => {
    expect(parseSurveyLevel('Agre')).toMatchObject({
      reason: expect.stringContaining('Did you mean Agree?'),
    });
  });

  test('blank is an unanswered statement', () => {
    expect(parseSurveyLevel(' ')).toEqual({ kind: 'blank' });
  });
});

describe('parseRole', () => {
  test.each([
    ['Family member', 'family'],
    ['parent', 'family'],
    ['Guardian', 'family'],
    ['Parent/Guardian', 'family'],
    ['Madre', 'family'],
    ['familia', 'family'],
    ['Teacher', 'teacher'],
    ['maestra', 'teacher'],
    ['Docente', 'teacher'],
    ['Staff', 'staff'],
    ['School staff', 'staff'],
    ['Personal escolar', 'staff'],
    ['Administrator', 'administrator'],
    ['Principal', 'administrator'],
    ['Vice-principal', 'administrator'],
    ['Directora', 'administrator'],
    ['Student', 'student'],
    ['Estudiante', 'student'],
    ['Alumno', 'student'],
    ['Community partner', 'community-partner'],
    ['community-partner', 'community-partner'],
    ['Socio comunitario', 'community-partner'],
  ])('accepts %j as %s', (cell, role) => {
    expect(parseRole(cell)).toEqual({ kind: 'value', value: role });
  });

  test.each([['Mayor'], ['Teachr'], [7], [{}]])('rejects %j', (cell) => {
    expect(parseRole(cell).kind).toBe('invalid');
  });

  test('a near miss names the role', () => {
    expect(parseRole('Teachr')).toEqual({
      kind: 'invalid',
      reason:
        '"Teachr" is not a role. Use Family member, Teacher, School staff, Administrator, Student or Community partner. Did you mean Teacher?',
    });
  });
});
