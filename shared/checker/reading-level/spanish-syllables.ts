/**
 * Counts the syllables of a Spanish word from its vowels, following the Real Academia Española's
 * rules for diphthongs and hiatus (Ortografía de la lengua española, 2010, §4.1.1.1):
 * - two strong vowels (a, e, o) side by side are a hiatus: two syllables ("le-er", "ca-er");
 * - a weak vowel (i, u, ü) beside a strong one, or two different weak ones, form a diphthong
 *   ("tie-rra", "ciu-dad"), and weak-strong-weak a triphthong ("buey"): one syllable;
 * - an accented weak vowel (í, ú) breaks the diphthong ("dí-a", "ba-úl");
 * - "y" at the end of a word after a vowel is the weak vowel of a diphthong ("hoy", "muy");
 * - "u" in "que", "qui", "gue", "gui" is silent, which the diphthong rule already counts right;
 * - "h" between vowels does not join them, matching the written syllables ("a-ho-ra").
 * `syllable` (used for English) has no Spanish rules; no maintained npm package does this better.
 */
const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const WEAK = new Set(['i', 'u', 'ü']);

export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().normalize('NFC');
  let count = 0;
  let previous: 'strong' | 'weak' | null = null;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] as string;
    let kind: 'strong' | 'weak' | null = STRONG.has(ch) ? 'strong' : WEAK.has(ch) ? 'weak' : null;
    if (ch === 'y') {
      const atEnd = i === w.length - 1 || !/\p{L}/u.test(w[i + 1] ?? '');
      if (w.length === 1) kind = 'strong';
      else if (atEnd && previous) kind = 'weak';
    }
    if (!kind) {
      previous = null;
      continue;
    }
    if (previous === null) count++;
    else if (previous === 'strong' && kind === 'strong') count++;
    else if (previous === 'weak' && kind === 'weak' && w[i - 1] === ch) count++;
    // Strong-weak, weak-strong and two different weak vowels share one syllable.
    previous = kind;
  }
  return Math.max(1, count);
}
