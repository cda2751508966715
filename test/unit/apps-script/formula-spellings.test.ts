import { describe, expect, it } from 'vitest';
import { formulaSpellings } from '../../../apps-script/workbook/lists-sheet';
import { parseTeamLevel, teamLevelLabel } from '../../../shared/scoring';

describe('the spellings the live formulas accept', () => {
  const spellings = formulaSpellings();

  it('include the five English labels, the Spanish ones with and without accents, and the scores', () => {
    const all = spellings.map((s) => s.spelling);
    for (const expected of [
      'excelling',
      'progressing',
      'emerging',
      'below',
      'not sure',
      'no sé',
      'no se',
      'en progreso',
      'todavía no',
      'todavia no',
      '3',
      '0',
      '2.0',
      'below (not here yet)',
    ]) {
      expect(all).toContain(expected);
    }
  });

  it.each(formulaSpellings().map((s) => [s.spelling, s.label]))(
    'the scoring core reads "%s" as %s, as the formulas do',
    (spelling, label) => {
      const parsed = parseTeamLevel(spelling);
      expect(parsed.kind).toBe('value');
      if (parsed.kind === 'value') expect(teamLevelLabel(parsed.value)).toBe(label);
    },
  );

  it('never lists one spelling twice (MATCH would take the first)', () => {
    const keys = spellings.map((s) => s.spelling.toLocaleLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('hold no character a MATCH would read as a wildcard', () => {
    for (const s of spellings) expect(s.spelling).not.toMatch(/[*?~]/);
  });
});
