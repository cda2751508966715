import { isAscii, isAsciiLetter } from '../checks/text/words';
import type { Sentence } from '../checks/types';

/**
 * Splits one block's text into sentences. Callers split block by block, so a sentence never runs
 * across a heading, list item or table cell. A sentence ends at `.`, `!`, `?` or `…` followed by
 * white space and a word that does not start in lower case, at CJK and Arabic end marks, and at a
 * line break (`<br>`). Not at:
 * - abbreviations that precede a name or number (Mr., Dr., St., Sra., No. 5, Jan. 5), nor e.g./i.e.;
 * - decimals, times, URLs and e-mail addresses (no white space after their dots);
 * - a period followed by a lower-case word ("7 p.m. in the gym", "approx. ten");
 * - an item number ("1. Choose a date", "2. Elija una fecha"), which belongs to no sentence.
 * A bullet between spaces also ends a sentence and belongs to none: a list pasted or saved as one
 * line ("Bring: • 2 glue sticks • 1 pair of scissors • a backpack") is items, not one long sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) sentences.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };

  for (const match of text.matchAll(BOUNDARY)) {
    const index = match.index ?? 0;
    if (match[0] === '\n') {
      push(index);
      continue;
    }
    if (match[2] !== undefined) {
      if (index > 0 && !isSpace(text.charCodeAt(index - 1))) continue;
      push(index);
      start = index + 1;
      continue;
    }
    const punctuation = match[1] ?? '';
    const end = index + match[0].length;
    if (UNSPACED_END.test(punctuation)) {
      push(end);
      continue;
    }
    // Western end marks need white space after them, then a word that may start a sentence.
    const after = text.slice(end);
    const gap = /^\s+/.exec(after);
    if (!gap && end < text.length && !isUnspacedEnd(text, index, end)) continue;
    const next = after.slice(gap?.[0].length ?? 0);
    if (next && !mayStartSentence(next)) continue;
    if (punctuation === '.' && isAbbreviation(text, index, next)) continue;
    if (punctuation === '.' && isItemNumber(text, start, index)) {
      // The number belongs to no sentence: the item's sentence starts after it.
      start = end;
      continue;
    }
    push(end);
  }
  push(text.length);
  return sentences;
}

/**
 * "1." at the start of a line, a block or a sentence numbers the item after it ("1. Choose a
 * date."): it is not a sentence of its own, nor a word of the item's sentence (which would make
 * every numbered item a word longer). Only a number of one to three digits, alone before the
 * period.
 */
function isItemNumber(text: string, sentenceStart: number, periodIndex: number): boolean {
  return ITEM_NUMBER.test(text.slice(sentenceStart, periodIndex));
}

const ITEM_NUMBER = /^\s*\d{1,3}$/;

/**
 * Text pasted from PDFs and e-mail tools often loses the space after a full stop: "…on
 * Friday.Please return the form." Such a mark ends a sentence when a word ending in two lower-case
 * letters comes before it and a capitalised word (a capital, then lower case, then a space or the
 * end) after it, and nothing in the run of text around it makes it an address, a file name or a
 * name written with dots ("www.SchoolName.org", "office@x.org", "Report.Pdf", "Node.Js").
 */
function isUnspacedEnd(text: string, markIndex: number, end: number): boolean {
  if (!/\p{Ll}{2}$/u.test(text.slice(Math.max(0, markIndex - 2), markIndex))) return false;
  const next = /^(\p{Lu}\p{Ll}+)(?=[\s,;:!?]|$|\.(?:\s|$))/u.exec(text.slice(end, end + 40));
  if (!next) return false;
  const word = next[1] as string;
  if (FILE_EXTENSIONS.has(word.toLowerCase())) return false;
  // The run of text without white space that holds the mark, scanned by hand: a pattern anchored
  // at its end would try every start in a long run without spaces.
  let runStart = markIndex;
  while (runStart > 0 && markIndex - runStart < 200 && !isSpace(text.charCodeAt(runStart - 1)))
    runStart--;
  return !/[/@:\\]|www\./i.test(text.slice(runStart, end + word.length));
}

/** Words that after a dot are a file's type, not a new sentence ("Newsletter.Pdf"). */
const FILE_EXTENSIONS = new Set([
  'pdf',
  'doc',
  'docx',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'txt',
  'js',
  'net',
  'com',
  'org',
  'edu',
  'gov',
]);

/**
 * End marks (with any closing quotes and brackets), a line break, or a bullet followed by a space;
 * `splitSentences` also wants a space or the text's start before a bullet, so a middle dot inside
 * a word ("col·legi", as Catalan writes it) or "•bold•" is no bullet.
 */
const BOUNDARY = /([.!?…。！？؟]+|\.{3})["'”’»)\]]*|\n|([•◦▪▫●○■□►▸➢➤✓✔☐☑·])(?=[ \t\u00a0])/g;
const UNSPACED_END = /[。！？]/;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

/** A new sentence starts with a capital, a digit, an opening quote or bracket, or ¿/¡. */
function mayStartSentence(next: string): boolean {
  return !/^\p{Ll}/u.test(next);
}

/** Titles and abbreviations that are followed by a name or a number, never the end of a sentence. */
const BEFORE_NAME = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'st',
  'sr',
  'sra',
  'srta',
  'jr',
  'rev',
  'hon',
  'gov',
  'sen',
  'rep',
  'supt',
  'dra',
  'lic',
  'profa',
  'ud',
  'uds',
  'vd',
  'vds',
  'mme',
  'mlle',
  'vs',
]);

/** Abbreviations followed by a number: "No. 5", "Rm. 12", "Jan. 5", "pág. 3". */
const BEFORE_NUMBER = new Set([
  'no',
  'nos',
  'rm',
  'vol',
  'ch',
  'pg',
  'pp',
  'p',
  'pag',
  'pág',
  'núm',
  'num',
  'art',
  'ext',
  'tel',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ene',
  'abr',
  'ago',
  'dic',
]);

/** Never the end of a sentence, whatever follows: "e.g. Spanish", "i.e. Monday". */
const ALWAYS = /(?:^|[^\p{L}])(?:e\.g|i\.e|p\. ?ej|cf|approx|aprox|incl|etc\.\s?al)$/iu;

const TRAILING_LETTERS = /(\p{L}+)$/u;

/** The letters that end `text` (`TRAILING_LETTERS`), counted back in a loop when it is ASCII. */
function trailingLetters(text: string): string | undefined {
  if (!isAscii(text)) return TRAILING_LETTERS.exec(text)?.[1];
  let start = text.length;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return start < text.length ? text.slice(start) : undefined;
}

function isAbbreviation(text: string, periodIndex: number, next: string): boolean {
  const before = text.slice(Math.max(0, periodIndex - 12), periodIndex);
  if (ALWAYS.test(before)) return true;
  const word = trailingLetters(before);
  if (!word) return false;
  const lower = word.toLowerCase();
  // A single capital is an initial: "J. Smith", "Franklin D. Roosevelt".
  if (word.length === 1 && /\p{Lu}/u.test(word) && /^\p{Lu}/u.test(next)) return true;
  if (BEFORE_NAME.has(lower) && /^[\p{Lu}\d]/u.test(next)) return true;
  if (BEFORE_NUMBER.has(lower) && /^\d/.test(next)) return true;
  return false;
}
