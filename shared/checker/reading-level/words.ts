import { syllable } from 'syllable';
import { spanishSyllables } from './spanish-syllables';

/**
 * The words of a sentence for readability counts: white-space separated tokens that hold a letter
 * or digit, with surrounding punctuation removed. A hyphenated word, a URL, an e-mail address or
 * a time ("3:30") is one word; a dash between spaces is none.
 */
export function wordsOf(sentence: string): string[] {
  const words: string[] = [];
  for (const token of sentence.split(/[\s—–]+/)) {
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word) words.push(word);
  }
  return words;
}

/**
 * English syllables with the `syllable` package, part by part for hyphenated words. Numbers
 * and anything `syllable` finds no vowel in count as one syllable, so they still weigh a word.
 */
export function englishSyllables(word: string): number {
  let total = 0;
  for (const part of word.split(/[-/]/)) {
    if (!part) continue;
    total += /\p{L}/u.test(part) ? Math.max(1, syllable(part)) : 1;
  }
  return Math.max(1, total);
}

export function syllablesIn(word: string, language: 'en' | 'es'): number {
  if (language === 'es') {
    let total = 0;
    for (const part of word.split(/[-/]/)) if (part) total += spanishSyllables(part);
    return Math.max(1, total);
  }
  return englishSyllables(word);
}
