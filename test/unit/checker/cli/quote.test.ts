import { describe, expect, test } from 'vitest';
import { quote } from '../../../../shared/cli/format';

describe('a quote in the readable report', () => {
  test.each([
    ['Picture day is Tuesday.', '"Picture day is Tuesday."'],
    ['Two\n  lines   of text.', '"Two lines of text."'],
  ])('is kept whole when short: %j', (text, shown) => {
    expect(quote(text)).toBe(shown);
  });

  test('is cut at a word edge with "…" when long, never mid-word', () => {
    const text =
      'Families who would like an interpreter at the spring conferences should call the main office before Friday, March 14.';
    const shown = quote(text);
    expect(shown.endsWith('…"')).toBe(true);
    const kept = shown.slice(1, -2);
    expect(text.startsWith(kept)).toBe(true);
    expect(text[kept.length]).toMatch(/[\s,]/);
    expect(kept.length).toBeLessThanOrEqual(89);
    expect(kept.length).toBeGreaterThan(60);
  });

  test('cuts a long run with no spaces where it must', () => {
    const shown = quote('x'.repeat(200));
    expect(shown).toBe(`"${'x'.repeat(89)}…"`);
  });
});
