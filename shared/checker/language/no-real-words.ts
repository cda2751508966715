/**
 * No word of the languages the checker reads is this long (ASCII characters with no space); base64
 * (an image pasted into an e-mail, wrapped at 76 characters or not), hashes and long links are.
 */
export const LONGEST_WORD = 30;

/**
 * Whether most of the text's letters sit in runs of ASCII without a space longer than any word
 * (LONGEST_WORD): such text has no real words, so no language. franc gives it one anyway (a base64
 * image reads as Somali), which would count it for the primary language and for bilingual. Only
 * ASCII runs count against the text: Chinese, Japanese and Thai are written without spaces.
 */
export function hasNoRealWords(text: string): boolean {
  let letters = 0;
  let lettersInLongRuns = 0;
  let runLength = 0;
  let runLetters = 0;
  let runAscii = true;
  const endRun = () => {
    if (runAscii && runLength >= LONGEST_WORD) lettersInLongRuns += runLetters;
    runLength = 0;
    runLetters = 0;
    runAscii = true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0) {
      endRun();
      continue;
    }
    runLength++;
    if (c >= 128) {
      runAscii = false;
      letters++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      runLetters++;
      letters++;
    }
  }
  endRun();
  return letters > 0 && lettersInLongRuns * 2 > letters;
}

/** Where a link starts in a word: from there to the word's end is the link. */
const LINK_START = /(?:https?:\/\/|www\.)/i;

/**
 * The text of a block with no real words (hasNoRealWords) that language detection reads: without
 * its links, e-mail addresses and runs longer than any word, nor pieces of code left of them. A
 * line with a long link ("Please fill in the volunteer form by Friday: https://docs.google.com/…")
 * keeps its words and so its language; a pasted base64 image keeps nothing. Scanned by hand, word
 * by word: on a run of millions of letters without a space, patterns with an open-ended repeat
 * went quadratic or, once V8 had compiled them to machine code, overflowed the stack.
 */
export function realWordsOf(text: string): string {
  const kept: string[] = [];
  let wordStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text.charCodeAt(i))) continue;
    if (i > wordStart) kept.push(realPartOf(text.slice(wordStart, i)));
    wordStart = i + 1;
  }
  return kept.join(' ');
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

function realPartOf(word: string): string {
  if (isAddress(word)) return '';
  const link = LINK_START.exec(word);
  return withoutLongRuns(link ? word.slice(0, link.index) : word)
    .split(' ')
    .filter((piece) => !isCodePiece(piece))
    .join(' ');
}

/** Something, @, something with a dot after it. */
function isAddress(word: string): boolean {
  const at = word.indexOf('@');
  if (at < 1) return false;
  const dot = word.indexOf('.', at + 2);
  return dot > 0 && dot < word.length - 1;
}

/**
 * What is left of a long run wrapped at a fixed width (base64's last line): only letters, digits
 * and + / =, with a letter and a digit or sign among them.
 */
function isCodePiece(piece: string): boolean {
  let letter = false;
  let digitOrSign = false;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letter = true;
    else if ((c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61) digitOrSign = true;
    else return false;
  }
  return letter && digitOrSign;
}

/** The word with each run of printable ASCII as long as no word is (LONGEST_WORD) put as a space. */
function withoutLongRuns(word: string): string {
  let kept = '';
  let runStart = 0;
  for (let i = 0; i <= word.length; i++) {
    const c = i < word.length ? word.charCodeAt(i) : 0;
    if (c >= 0x21 && c <= 0x7e) continue;
    const run = word.slice(runStart, i);
    kept += run.length >= LONGEST_WORD ? ' ' : run;
    if (i < word.length) kept += word[i];
    runStart = i + 1;
  }
  return kept;
}
