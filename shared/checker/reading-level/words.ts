import { syllable } from 'syllable';
import { isAscii, isAsciiDigit, isAsciiLetter, splitUnspaced } from '../checks/text/words';
import { spanishSyllables } from './spanish-syllables';

/**
 * The words of a sentence for readability counts: white-space separated tokens that hold a letter
 * or digit, with surrounding punctuation removed. A hyphenated word, a URL, an e-mail address or
 * a time ("3:30") is one word; a dash between spaces is none. Chinese, Japanese and Thai, written
 * without spaces, are split into words by Intl.Segmenter (`splitUnspaced`).
 */
export function wordsOf(sentence: string): string[] {
  if (isAscii(sentence)) return asciiWordsOf(sentence);
  const unspaced = splitUnspaced(sentence);
  if (!unspaced) return sentence.match(WORD_CORE) ?? [];
  return [...(unspaced.spaced.match(WORD_CORE) ?? []), ...unspaced.words];
}

/**
 * `WORD_CORE` on ASCII text, without the Unicode regex (every sentence of every message goes
 * through here): ASCII has no dashes that split a token, so each white-space separated token gives
 * the text from its first letter or digit to its last, if it has one.
 */
function asciiWordsOf(text: string): string[] {
  const words: string[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    while (i < length && isAsciiSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < length && !isAsciiSpace(text.charCodeAt(i))) i++;
    let first = start;
    while (first < i && !isAsciiAlphanumeric(text.charCodeAt(first))) first++;
    if (first === i) continue;
    let last = i - 1;
    while (!isAsciiAlphanumeric(text.charCodeAt(last))) last--;
    words.push(text.slice(first, last + 1));
  }
  return words;
}

/** `\s` within ASCII: tab, line feed, vertical tab, form feed, carriage return and space. */
function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code);
}

/**
 * From the first letter or digit of a token (a run of anything but white space and dashes) to its
 * last: the token with surrounding punctuation removed, in one pass.
 */
const WORD_CORE = /[\p{L}\p{N}](?:[^\s—–]*[\p{L}\p{N}])?/gu;

/**
 * An e-mail address or a web address ("office@oak.example.org", "www.oak.org/news",
 * "https://..."). Families copy it, they do not read it as prose: it counts as one syllable, as a
 * number does, so that "Call 555-0142 or email office@roosevelt.example.org." is not the message's
 * hardest sentence (counted letter group by letter group it scored grade 13).
 */
export function isAddress(word: string): boolean {
  return ADDRESS.test(word);
}

const ADDRESS =
  /^[^\s@]+@[^\s@]+\.[a-z]{2,}$|^(?:[a-z][a-z+.-]*:\/\/|www\.)\S+$|^[^\s@/]+\.(?:com|org|net|edu|gov|us|ca|uk|au|es|fr|mx)(?:\/\S*)?$/i;

/**
 * The longest word in an English dictionary has 45 letters ("pneumonoultramicroscopicsilico-
 * volcanoconiosis"). A longer run without spaces is pasted data (a base64 image in an e-mail, a
 * tracking link's code), not prose: it counts as one word of one syllable, as a number does, and
 * never reaches `syllable`, whose patterns take seconds on a run of 50,000 letters.
 */
export const LONGEST_WORD = 45;

export function isOverlongWord(word: string): boolean {
  return word.length > LONGEST_WORD;
}

/**
 * English syllables with the `syllable` package, part by part for hyphenated words. Numbers
 * and anything `syllable` finds no vowel in count as one syllable, so they still weigh a word.
 */
export function englishSyllables(word: string): number {
  let total = 0;
  for (const part of word.split(/[-/]/)) {
    if (!part) continue;
    total += /\p{L}/u.test(part) ? Math.max(1, compoundAware(part.toLowerCase())) : 1;
  }
  return Math.max(1, total);
}

/**
 * `syllable` sounds the silent "e" inside compounds ("home-work" 3, "safe-ty" 3, "guide-lines" 3)
 * and counts a few "-ional" words one too many. Compounds that start with a common silent-e word
 * are counted part by part; the rest are the dictionary counts (CMU Pronouncing Dictionary).
 */
const SILENT_E_HEADS = [
  'home',
  'life',
  'guide',
  'safe',
  'time',
  'base',
  'like',
  'state',
  'pipe',
  'side',
  'care',
  'hope',
  'name',
  'wide',
  'fire',
  'whole',
  'grade',
  'rule',
  'space',
  'case',
  'note',
  'make',
  'take',
  'game',
  'code',
  'line',
  'some',
  'more',
  'store',
  'there',
  'where',
];
const CORRECTED: Record<string, number> = {
  instructional: 4,
  professional: 4,
  professionals: 4,
  confessional: 4,
  volunteer: 3,
  volunteers: 3,
  volunteered: 3,
  volunteering: 4,
  wherever: 3,
  whenever: 3,
  everyone: 3,
};

function compoundAware(word: string): number {
  const corrected = CORRECTED[word];
  if (corrected !== undefined) return corrected;
  const whole = syllable(word);
  for (const head of SILENT_E_HEADS) {
    if (word.length - head.length < 2 || !word.startsWith(head)) continue;
    const rest = word.slice(head.length);
    if (!/^[^aeiouy]/.test(rest)) continue;
    return Math.min(whole, 1 + syllable(rest));
  }
  return whole;
}

/**
 * English syllables as GNU diction's `style` counts them (its `syll_en`): drop a final "ed", then
 * count each vowel (a e i o u y) that a non-vowel follows. The Flesch-Kincaid grade in the report
 * uses this count so that it agrees with `style`, the reference the toolkit is checked against.
 * It undercounts ("priority" 2, "ready" 1), so the report also gives the grade with
 * `englishSyllables`' dictionary-accurate counts. Unlike `style`, capitals count as vowels too
 * ("Even" is 2, not 1).
 */
export function referenceSyllables(word: string): number {
  let total = 0;
  for (const part of word.toLowerCase().split(/[-/]/)) {
    if (!part) continue;
    if (!/\p{L}/u.test(part)) {
      total += 1;
      continue;
    }
    let letters = part.replace(/[^a-z]/g, '');
    if (letters.endsWith('ed')) letters = letters.slice(0, -2);
    let count = 0;
    for (let i = 0; i < letters.length; ) {
      if (i + 1 < letters.length && isVowel(letters[i]) && !isVowel(letters[i + 1])) {
        count++;
        i += 2;
      } else i++;
    }
    total += count || 1;
  }
  return Math.max(1, total);
}

function isVowel(letter: string | undefined): boolean {
  return letter !== undefined && 'aeiouy'.includes(letter);
}

export function syllablesIn(word: string, language: 'en' | 'es'): number {
  if (language === 'es') {
    let total = 0;
    for (const part of word.split(/[-/]/)) if (part) total += spanishSyllables(part);
    return Math.max(1, total);
  }
  return englishSyllables(word);
}
