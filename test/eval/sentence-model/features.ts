/**
 * The sentence model's features: lower-cased word unigrams and bigrams, every digit read as `0`
 * ("call 555-1234" gives `call`, `000`, `0000`, `call 000`, `000 0000`). A word is a run of
 * letters and digits; an apostrophe inside a word is dropped ("don't" is `dont`).
 *
 * When scoring, features are 32-bit FNV-1a hashes computed character by character, so scoring a
 * sentence allocates nothing; training names the same features as strings (`featureNames`) so
 * the model file stays readable, and `featureHash` turns a name into the hash the scorer sees.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;

/** Whether a UTF-16 code unit (already lower-cased) belongs to a word. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  if (c === 0xd7 || c === 0xf7) return false; // × ÷
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false; // fullwidth punctuation
  if (c === 0xa0 || c === 0xad || (c >= 0xa1 && c <= 0xbf)) return false; // Latin-1 signs
  return true;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

function mix(hash: number, c: number): number {
  return Math.imul(hash ^ c, FNV_PRIME) >>> 0;
}

/**
 * Calls `visit` with the hash of every feature of `lower` (lower-cased text) between `start` and
 * `end`, in order: each word, then the bigram it ends. No allocation.
 */
export function forEachFeatureHash(
  lower: string,
  start: number,
  end: number,
  visit: (hash: number) => void,
): void {
  let previous = -1;
  let hash = FNV_OFFSET;
  let inWord = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? lower.charCodeAt(i) : SPACE;
    if (isWordChar(c)) {
      hash = mix(hash, isDigit(c) ? 0x30 : c);
      inWord = true;
      continue;
    }
    if (inWord && isApostrophe(c) && i + 1 < end && isWordChar(lower.charCodeAt(i + 1))) continue;
    if (!inWord) continue;
    visit(hash);
    if (previous !== -1) {
      // The bigram "a b" hashed as its text would be: the first word, a space, the second word.
      visit(bigramHash(previous, lower, i, start));
    }
    previous = hash;
    hash = FNV_OFFSET;
    inWord = false;
  }
}

/** Continues the hash of the previous word with a space and the word that ends at `wordEnd`. */
function bigramHash(previous: number, lower: string, wordEnd: number, floor: number): number {
  let wordStart = wordEnd;
  while (wordStart > floor) {
    const c = lower.charCodeAt(wordStart - 1);
    if (isWordChar(c)) wordStart--;
    else if (
      isApostrophe(c) &&
      wordStart - 2 >= floor &&
      isWordChar(lower.charCodeAt(wordStart - 2))
    )
      wordStart--;
    else break;
  }
  let hash = mix(previous, SPACE);
  for (let i = wordStart; i < wordEnd; i++) {
    const c = lower.charCodeAt(i);
    if (isApostrophe(c)) continue;
    hash = mix(hash, isDigit(c) ? 0x30 : c);
  }
  return hash;
}

/** The hash of a feature name such as `"text message"`, as `forEachFeatureHash` computes it. */
export function featureHash(name: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < name.length; i++) hash = mix(hash, name.charCodeAt(i));
  return hash;
}

/** The features of a sentence as names (for training and for reading a model): words, then bigrams. */
export function featureNames(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let word = '';
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : SPACE;
    if (isWordChar(c)) {
      word += isDigit(c) ? '0' : lower[i];
      continue;
    }
    if (word && isApostrophe(c) && i + 1 < lower.length && isWordChar(lower.charCodeAt(i + 1)))
      continue;
    if (word) words.push(word);
    word = '';
  }
  const names = [...words];
  for (let i = 1; i < words.length; i++) names.push(`${words[i - 1]} ${words[i]}`);
  return names;
}
