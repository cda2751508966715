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

/** Links and e-mail addresses, long or short: a line's words are around them, not in them. */
const LINK_OR_ADDRESS = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/gi;
/** A run without a space as long as no word is (see LONGEST_WORD), counted in UTF-16 units. */
const LONG_RUN = new RegExp(`[\\x21-\\x7e]{${LONGEST_WORD},}`, 'g');
/** What is left of a long run wrapped at a fixed width (base64's last line): letters and digits mixed, or +/= signs. */
const CODE_PIECE = /(?<!\S)(?=\S*[0-9+/=])(?=\S*[A-Za-z])[A-Za-z0-9+/=]+(?!\S)/g;

/**
 * The text of a block with no real words (hasNoRealWords) that language detection reads: without
 * its links, e-mail addresses and runs longer than any word, nor pieces of code left of them. A
 * line with a long link ("Please fill in the volunteer form by Friday: https://docs.google.com/…")
 * keeps its words and so its language; a pasted base64 image keeps nothing.
 */
export function realWordsOf(text: string): string {
  return text.replace(LINK_OR_ADDRESS, ' ').replace(LONG_RUN, ' ').replace(CODE_PIECE, ' ');
}
