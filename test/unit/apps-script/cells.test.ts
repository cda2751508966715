import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  columnNumber,
  equalsCriterion,
  formula,
  sheetRef,
  textLiteral,
  toCell,
} from '../../../apps-script/workbook/cells';
import { cleanSheetName, SheetNames } from '../../../apps-script/workbook/sheet-names';

describe('cell references', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('column %i is %s and back', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it('quotes every sheet name and doubles apostrophes', () => {
    expect(sheetRef('Ratings')).toBe("'Ratings'!");
    expect(sheetRef("Mary O'Brien (family)")).toBe("'Mary O''Brien (family)'!");
  });

  it('doubles quotes in formula text', () => {
    expect(textLiteral('say "hi"')).toBe('"say ""hi"""');
  });

  it.each([
    ['1 Welcome All Families', '"=1 Welcome All Families"'],
    ['Who? What*', '"=Who~? What~*"'],
    ['>2', '"=>2"'],
    ['a~b', '"=a~~b"'],
  ])('matches %s exactly in COUNTIFS, never as a pattern or comparison', (text, literal) => {
    expect(equalsCriterion(text)).toBe(literal);
  });

  it('only accepts formulas that start with "="', () => {
    expect(formula('=A1')).toEqual({ formula: '=A1' });
    expect(() => formula('A1')).toThrow();
  });

  it('keeps read values as they were', () => {
    const date = new Date(2025, 8, 1);
    expect(toCell(date)).toBe(date);
    expect(toCell(3)).toBe(3);
    expect(toCell(undefined)).toBe('');
    expect(toCell({ x: 1 })).toBe('[object Object]');
  });
});

describe('sheet names', () => {
  it('keeps names within Excel rules so the workbook can be downloaded as .xlsx', () => {
    expect(cleanSheetName('A/B: [test]?*')).toBe('A B test');
    expect(cleanSheetName("'quoted'")).toBe('quoted');
  });

  it('never reuses a name, whatever its case, and stays within 31 characters', () => {
    const names = new SheetNames(['Dashboard', 'Maria (family)']);
    expect(names.claim('Dashboard')).toBe('Dashboard (2)');
    expect(names.claim('dashboard')).toBe('dashboard (3)');
    expect(names.claim('MARIA (family)')).toBe('MARIA (family) (2)');
    const long = names.claim('A very long name that goes on and on (teacher)');
    expect(long.length).toBeLessThanOrEqual(31);
    expect(names.claim('A very long name that goes on and on (teacher)')).toMatch(/\(2\)$/);
  });
});
