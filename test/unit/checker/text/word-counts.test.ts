import { describe, expect, it, test } from 'vitest';
import { countWords, splitUnspaced } from '../../../../shared/checker/checks/text/words';
import { wordCount } from '../../../../shared/checker/language/detect';
import { wordsOf } from '../../../../shared/checker/reading-level/words';
import { corpusModels } from './corpus';

/**
 * Both counts skip their Unicode regex on ASCII text and count in a loop instead. The regexes
 * below are the definitions (as words.ts and detect.ts write them); the loop must give the same
 * count on every text.
 */
const READER_WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*/gu;
const LETTER_OR_DIGIT_RUN = /[\p{L}\p{N}]+/gu;
const byRegex = (regex: RegExp, text: string) => text.match(regex)?.length ?? 0;

/**
 * Every block of the corpus, and each of its sentence-sized pieces, but those with Chinese,
 * Japanese or Thai: their words are told by Intl.Segmenter, not by the regexes (tested in
 * reading-level/unspaced-scripts.test.ts).
 */
function corpusPieces(): string[] {
  return corpusModels().flatMap((model) =>
    model.blocks
      .flatMap((block) => [block.text, ...block.text.split(/(?<=[.!?])\s+/)])
      .filter((piece) => splitUnspaced(piece) === null),
  );
}

/** 2,000 strings of up to 23 characters from `alphabet`, the same ones on every run. */
function randomTexts(alphabet: string, seed: number): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  return Array.from({ length: 2000 }, () => {
    let text = '';
    const length = next() % 24;
    for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
    return text;
  });
}

describe('countWords', () => {
  test.each([
    ['', 0],
    ['Welcome back, families!', 3],
    ["Don't forget: it's the kids' day.", 6],
    ['A well-known after-school club', 4],
    ['-leading and trailing- hyphens', 4],
    ['double--hyphen', 2],
    ['1,250.75 dollars at 3:30 pm', 5],
    ['Room 12B, grade 3', 5],
    ['ends with a comma 1,', 5],
    ["rock 'n' roll", 3],
    // A hyphen joins letters, not digits: the phone number is two words.
    ['e-mail info@school.org or call 555-0142', 8],
  ])('%j has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
    expect(byRegex(READER_WORD, text)).toBe(expected);
  });

  it('counts like its regex on every sentence-sized piece of the corpus', () => {
    const pieces = corpusPieces();
    for (const piece of pieces) expect(countWords(piece), piece).toBe(byRegex(READER_WORD, piece));
    expect(pieces.length).toBeGreaterThan(5000);
  });

  it('counts like its regex on random ASCII text full of joiners', () => {
    for (const text of randomTexts("ab9 '-.,:'-0Z\t", 7)) {
      expect(countWords(text), JSON.stringify(text)).toBe(byRegex(READER_WORD, text));
    }
  });
});

describe('wordCount (language shares)', () => {
  test.each([
    ['Welcome back, families!', 3],
    ["Don't forget room 12B", 5],
    ['Bienvenidos a la escuela', 4],
    ['学校', 1],
  ])('%j counts %i', (text, expected) => {
    expect(wordCount(text)).toBe(expected);
  });

  it('counts runs of letters and digits like its regex on every block of the corpus', () => {
    let blocks = 0;
    for (const model of corpusModels()) {
      for (const block of model.blocks) {
        if (/[\u0e00-\uffff]/.test(block.text)) continue;
        expect(wordCount(block.text), block.text).toBe(byRegex(LETTER_OR_DIGIT_RUN, block.text));
        blocks++;
      }
    }
    expect(blocks).toBeGreaterThan(2000);
  });
});

/** The readability words of a sentence, as reading-level/words.ts defines them. */
const WORD_CORE = /[\p{L}\p{N}](?:[^\s—–]*[\p{L}\p{N}])?/gu;

describe('wordsOf (readability words) takes the same words without its regex on ASCII text', () => {
  test.each([
    ['', []],
    ['  "Hello," she said -- twice.  ', ['Hello', 'she', 'said', 'twice']],
    [
      'Call 555-0142 or e-mail info@school.org at 3:30.',
      ['Call', '555-0142', 'or', 'e-mail', 'info@school.org', 'at', '3:30'],
    ],
    ['-- ... ?!', []],
  ])('%j', (text, expected) => {
    expect(wordsOf(text)).toEqual(expected);
    expect(text.match(WORD_CORE) ?? []).toEqual(expected);
  });

  it('on every sentence-sized piece of the corpus', () => {
    const pieces = corpusPieces();
    for (const piece of pieces) expect(wordsOf(piece), piece).toEqual(piece.match(WORD_CORE) ?? []);
    expect(pieces.length).toBeGreaterThan(5000);
  });

  it('on random ASCII text full of punctuation and spaces', () => {
    for (const text of randomTexts('ab9 \'-.,:\t\n\v\f\r(Z)"', 11)) {
      expect(wordsOf(text), JSON.stringify(text)).toEqual(text.match(WORD_CORE) ?? []);
    }
  });
});
