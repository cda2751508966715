import { describe, expect, test } from 'vitest';
import {
  WORD_CLASS_PROPERTIES,
  WORD_CLASS_RANGES,
  withWordRanges,
} from '../../../../shared/checker/checks/text/word-class';

/** The word characters as ranges, written as word-class.ts writes them: paste on a mismatch. */
function rangesFromEngine(): string {
  const word = new RegExp(`[${WORD_CLASS_PROPERTIES}]`, 'u');
  const plain = (cp: number) =>
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5a) ||
    (cp >= 0x61 && cp <= 0x7a) ||
    cp === 0x5f;
  const write = (cp: number) =>
    plain(cp)
      ? String.fromCharCode(cp)
      : cp <= 0xffff
        ? `\\u${cp.toString(16).padStart(4, '0')}`
        : `\\u{${cp.toString(16)}}`;
  let out = '';
  let start = -1;
  for (let cp = 0; cp <= 0x110000; cp++) {
    const inSet =
      cp < 0x110000 && !(cp >= 0xd800 && cp <= 0xdfff) && word.test(String.fromCodePoint(cp));
    if (inSet && start < 0) start = cp;
    if (!inSet && start >= 0) {
      const end = cp - 1;
      out +=
        start === end
          ? write(start)
          : end === start + 1
            ? write(start) + write(end)
            : `${write(start)}-${write(end)}`;
      start = -1;
    }
  }
  return out;
}

describe('word characters spelled out as ranges', () => {
  test('are exactly the engine’s letters, marks, digits and underscore', () => {
    expect(WORD_CLASS_RANGES).toBe(rangesFromEngine());
  });

  test.each([
    [
      'a Spanish word edge',
      '(?<![\\p{L}\\p{M}\\p{N}_])reunión(?![\\p{L}\\p{M}\\p{N}_])',
      'la reunión, hoy',
      'la reuniónes',
    ],
    ['after a combining mark', '(?<![\\p{L}\\p{M}\\p{N}_])ab', 'x ab', 'e\u0301ab'],
    ['beside an astral letter', 'x(?![\\p{L}\\p{M}\\p{N}_])', 'x 𝐀', 'x𝐀'],
  ])('match as the property escapes do: %s', (_, source, matching, notMatching) => {
    const ranged = new RegExp(withWordRanges(source), 'u');
    expect(ranged.source).not.toContain('\\p{');
    expect(ranged.test(matching)).toBe(true);
    expect(ranged.test(notMatching)).toBe(false);
    expect(new RegExp(source, 'u').test(matching)).toBe(true);
    expect(new RegExp(source, 'u').test(notMatching)).toBe(false);
  });

  test('a source without the word class is left as it is', () => {
    expect(withWordRanges('\\bschool\\b')).toBe('\\bschool\\b');
  });
});
