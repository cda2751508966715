import { francAll } from 'franc-min';
import { isAscii, isAsciiDigit, isAsciiLetter } from '../checks/text/words';
import type { TextBlock } from '../document-model';
import { FRANC_CODES, iso1FromFranc } from './codes';
import {
  blockLowerCaseWords,
  functionWordLanguage,
  lowerCaseWords,
  shortTextEvidence,
} from './function-words';
import { looksHaitianCreole } from './haitian-creole';
import { hasNoRealWords, realWordsOf } from './no-real-words';
import {
  CONFIRMED_MIN_LETTERS,
  clearlyOutsideList,
  type ListedLanguages,
  listedLanguageFirst,
  mayBeOutsideList,
  sampleOf,
} from './outside-list';

/** The language detection always considers, whether or not the district lists it (see analyseLanguages). */
export const ALWAYS_CANDIDATE = 'en';

/** Blocks with fewer letters than this are too short to tell reliably; they get no language. */
export const MIN_LETTERS_TO_DETECT = 30;
/**
 * A message is bilingual when a second language has at least this share of the words whose
 * language could be told, and at least BILINGUAL_MIN_WORDS of them. A one-line "en español"
 * footer is an offer of translation, not a bilingual message.
 */
export const BILINGUAL_MIN_SHARE = 0.2;
export const BILINGUAL_MIN_WORDS = 30;

export interface LanguageShare {
  language: string;
  share: number;
  blocks: number;
}

export interface LanguageAnalysis {
  blockLanguage(block: TextBlock): string | null;
  primary: string | null;
  bilingual: boolean;
  /** Most words first. */
  detected: LanguageShare[];
}

/**
 * Detects each block's language with franc-min restricted to the district's languages and English (after a
 * fast function-word vote that settles the obvious cases), then checks that the text read as each
 * listed language is not clearly in a language outside the list (./outside-list), then the primary
 * language by share of words in the main content (all blocks when there is none). A language
 * outside the list can therefore be a block's language or the primary one.
 */
export function analyseLanguages(
  givenBlocks: readonly TextBlock[],
  languages: readonly string[],
  {
    sentencesInOtherLanguages,
  }: {
    /**
     * The sentences of a long block written in another language than the block's, with their
     * words: a web page that runs a message and its translation together in one paragraph is
     * counted language by language, not wholly in the language that has the most of it.
     */
    sentencesInOtherLanguages?: (
      block: TextBlock,
      language: string,
    ) => readonly { language: string; text: string }[];
  } = {},
): LanguageAnalysis {
  // A block with no real words (mostly a pasted base64 image, or a line with a long link) is read
  // without its links, addresses and long runs: what is left has a language if long enough to
  // tell (MIN_LETTERS_TO_DETECT; in a text of short blocks, the text as a whole), a base64 image
  // alone none. The language is the block's: blockLanguage finds it by ref.
  const withoutLongRuns = new Set<TextBlock>();
  const blocks = givenBlocks.map((b) => {
    if (!hasNoRealWords(b.text)) return b;
    const read = { ...b, text: realWordsOf(b.text) };
    withoutLongRuns.add(read);
    return read;
  });
  // English is always a candidate, listed or not: the rules and the reading grade are English, and
  // restricted to Spanish and Vietnamese franc reads English as Spanish. English found outside the
  // list is reported as any other language outside it (report/language-outside-list.ts).
  const candidates = languages.includes(ALWAYS_CANDIDATE)
    ? languages
    : [...languages, ALWAYS_CANDIDATE];
  const only = candidates
    .map((l) => FRANC_CODES[l]?.iso3)
    .filter((c): c is string => !!c && c !== 'hat');
  const haitian = languages.includes('ht');
  const byRef = new Map<number, string | null>();
  const configured = new Set(candidates);
  /** Blocks whose function words plainly show their language: no outside language to look for. */
  const plain = new Set<string>();
  const detect = (text: string, blockWords?: readonly string[] | null): string | null => {
    const words =
      haitian || only.length > 1
        ? blockWords === undefined
          ? lowerCaseWords(text)
          : blockWords
        : null;
    if (haitian && looksHaitianCreole(text, words)) return 'ht';
    if (only.length === 0) return null;
    if (only.length === 1) return iso1FromFranc(only[0] as string) ?? null;
    const obvious = functionWordLanguage(text, configured, words);
    if (obvious) {
      plain.add(text);
      return obvious;
    }
    const code = francWithFunctionWords(text, words, only, configured);
    return code === 'und' ? null : (iso1FromFranc(code) ?? null);
  };

  for (const block of blocks) {
    byRef.set(
      block.ref,
      letterCount(block.text) >= MIN_LETTERS_TO_DETECT
        ? detect(block.text, blockLowerCaseWords(block))
        : null,
    );
  }
  const main = blocks.filter((b) => b.inMainContent);
  const counted = main.length > 0 ? main : blocks;
  const listed = {
    iso1: configured,
    iso3: new Set(candidates.map((l) => FRANC_CODES[l]?.iso3).filter((c): c is string => !!c)),
  };
  relabelOutsideList(counted, byRef, listed, plain);
  const words = new Map<string, { words: number; blocks: number }>();
  let total = 0;
  const count = (language: string, n: number) => {
    const entry = words.get(language) ?? { words: 0, blocks: 0 };
    entry.words += n;
    entry.blocks += 1;
    words.set(language, entry);
    total += n;
  };
  for (const block of counted) {
    const language = byRef.get(block.ref);
    if (!language) continue;
    const inBlock = new Map([[language, wordCount(block.text)]]);
    // A block read without its long runs is not split by sentence: the sentences are the block's.
    const split = withoutLongRuns.has(block) ? undefined : sentencesInOtherLanguages;
    for (const other of split?.(block, language) ?? []) {
      if (!configured.has(other.language)) continue;
      const n = wordCount(other.text);
      inBlock.set(other.language, (inBlock.get(other.language) ?? 0) + n);
      inBlock.set(language, (inBlock.get(language) as number) - n);
    }
    for (const [each, n] of inBlock) count(each, n);
  }

  let detected: LanguageShare[] = [...words.entries()]
    .map(([language, { words: n, blocks: b }]) => ({
      language,
      share: round2(n / total),
      blocks: b,
    }))
    .sort((a, b) => b.share - a.share || a.language.localeCompare(b.language));
  if (detected.length === 0) {
    // Every block is short (a flyer, a form): judge the text as a whole.
    const all = counted.map((b) => b.text).join('\n');
    const letters = letterCount(all);
    const language =
      letters >= 10 ? (clearlyOutsideList(all, letters, listed) ?? detect(all)) : null;
    if (language) detected = [{ language, share: 1, blocks: 0 }];
  }
  const strong = [...words.entries()].filter(
    ([, { words: n }]) => n >= BILINGUAL_MIN_WORDS && n / total >= BILINGUAL_MIN_SHARE,
  );
  return {
    blockLanguage: (block) => byRef.get(block.ref) ?? null,
    primary: detected[0]?.language ?? null,
    bilingual: strong.length >= 2,
    detected,
  };
}

/** Below this many words, franc's trigrams are too few to tell close languages apart on their own. */
const SHORT_TEXT_WORDS = 12;
/** A runner-up scoring below this (franc's winner scores 1) is not considered in a short text. */
const SHORT_RUNNER_UP = 0.6;
/** Signs (function words; a letter only one language writes counts two) a runner-up needs beyond the winner. */
const SIGNS_LEAD = 2;
/** English in a plain-ASCII line with no fewer signs than any other needs this score. */
const ENGLISH_IN_ASCII = 0.8;

/**
 * franc's choice among the candidate languages (ISO 639-3), except in a short text, where its
 * trigrams are few and the text's own signs decide (function words, and letters only one of the
 * languages writes, see shortTextEvidence): a runner-up with two signs more than franc's winner is
 * taken, and in a line of plain ASCII an English runner-up close behind with no fewer signs than
 * any other, since Spanish, French and Portuguese lines nearly always carry an accent or one of
 * their function words. franc-min alone puts "How do you prefer to receive school news?" in
 * Portuguese (English 0.68), "How do parents find out about school events?" in French and
 * "Students need a signed permission slip." in French (English 0.997), so one-line questions and
 * notices were read by the wrong language's rules. One sign is not enough: "Os animamos a
 * difundir la convocatoria" has Portuguese's "os" and "Les confirmaremos la fecha" French's "les",
 * and both are Spanish.
 */
function francWithFunctionWords(
  text: string,
  words: readonly string[] | null,
  only: readonly string[],
  languages: ReadonlySet<string>,
): string {
  const ranked = francAll(text, { only: [...only], minLength: 10 });
  const [first] = ranked;
  if (!first) return 'und';
  if (!words || words.length >= SHORT_TEXT_WORDS || first[0] === 'und') return first[0];
  const english = ranked.find(([code]) => code === 'eng');
  const signs = shortTextEvidence(text, words, languages, english?.[1]);
  const signsOf = (iso3: string) => signs.get(iso1FromFranc(iso3) ?? '') ?? 0;
  const needed = signsOf(first[0]) + SIGNS_LEAD;
  let best = first;
  for (const candidate of ranked) {
    const [code, score] = candidate;
    if (score < SHORT_RUNNER_UP) break;
    if (signsOf(code) >= needed && signsOf(code) > signsOf(best[0])) best = candidate;
  }
  if (best !== first || !isAscii(text)) return best[0];
  const mostSigns = Math.max(0, ...signs.values());
  return english && english[1] >= ENGLISH_IN_ASCII && signsOf('eng') >= mostSigns
    ? 'eng'
    : first[0];
}

/**
 * Where the text read as one listed language is, on a sample, clearly in a language outside the
 * list, that group's blocks take the outside language, except a block that franc-min on its own
 * puts in a listed language (an English heading in a German newsletter). Blocks are checked one
 * by one only in such a group, and in a group that stays listed only long blocks whose function
 * words do not plainly show its language: a message in listed languages costs one sample per
 * language.
 */
function relabelOutsideList(
  blocks: readonly TextBlock[],
  byRef: Map<number, string | null>,
  listed: ListedLanguages,
  plain: ReadonlySet<string>,
): void {
  const byLanguage = new Map<string, TextBlock[]>();
  for (const block of blocks) {
    // Blocks long enough to tell that no listed language fits (Japanese kana, Greek) form a group too.
    const language =
      byRef.get(block.ref) ?? (letterCount(block.text) >= MIN_LETTERS_TO_DETECT ? '' : null);
    if (language === null) continue;
    const group = byLanguage.get(language);
    if (group) group.push(block);
    else byLanguage.set(language, [block]);
  }
  for (const [language, group] of byLanguage) {
    const sample = sampleOf(group.map((b) => b.text));
    // Text whose function words are plainly the listed language's is that language: unrestricted
    // franc runs only where they are not (the function words of German or Italian are on no list).
    const plainly = language && functionWordLanguage(sample, listed.iso1) === language;
    const outside = plainly ? undefined : clearlyOutsideList(sample, letterCount(sample), listed);
    if (!outside) {
      if (language) relabelParagraphsOutsideList(group, language, byRef, listed, plain);
      continue;
    }
    for (const block of group) {
      if (!listedLanguageFirst(block.text, listed)) byRef.set(block.ref, outside);
    }
  }
}

/**
 * A group that reads as a listed language can still hold a paragraph in an outside one (a German
 * paragraph in an English newsletter, read as English by the restricted detection). Only a block
 * whose own function words are not plainly the group's language is checked, so an English
 * newsletter costs no unrestricted detection at all. A long block is judged by franc's margins; a
 * shorter one (a sentence of 40 letters or more) only when it holds an outside language's letters
 * or function words, and then only if they confirm franc's first choice.
 */
function relabelParagraphsOutsideList(
  group: readonly TextBlock[],
  language: string,
  byRef: Map<number, string | null>,
  listed: ListedLanguages,
  plain: ReadonlySet<string>,
): void {
  for (const block of group) {
    if (plain.has(block.text)) continue;
    const letters = letterCount(block.text);
    if (letters < CONFIRMED_MIN_LETTERS) continue;
    const words = blockLowerCaseWords(block);
    if (functionWordLanguage(block.text, listed.iso1, words) === language) continue;
    const short = letters < OUTSIDE_PARAGRAPH_LETTERS;
    if (short && !mayBeOutsideList(block.text, listed, words)) continue;
    const outside = clearlyOutsideList(block.text, letters, listed, { confirmedOnly: short });
    if (outside) byRef.set(block.ref, outside);
  }
}

/** A paragraph this long (letters) is judged on its own by franc's margins; see clearlyOutsideList. */
const OUTSIDE_PARAGRAPH_LETTERS = 150;

/** Letters, roughly: ASCII letters plus any non-ASCII character that is not a space or punctuation. */
function letterCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
    } else if (c !== 0xa0 && (c < 0x2000 || c > 0x206f) && (c < 0x3000 || c > 0x303f)) n++;
  }
  return n;
}

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

/**
 * Words for language shares. Chinese, Japanese and Thai are written without spaces: there each
 * character counts as two-thirds of a word (Chinese words average about 1.5 characters).
 */
export function wordCount(text: string): number {
  if (isAscii(text)) return asciiWordCount(text);
  let unspaced = 0;
  let spacedText = text;
  if (mayHoldUnspacedScript(text)) {
    for (const _ of text.matchAll(UNSPACED_SCRIPT)) unspaced++;
    spacedText = text.replace(UNSPACED_SCRIPT, ' ');
  }
  let spaced = 0;
  SPACED_WORD.lastIndex = 0;
  while (SPACED_WORD.test(spacedText)) spaced++;
  return spaced + Math.round(unspaced / 1.5);
}

const SPACED_WORD = /[\p{L}\p{N}]+/gu;

/** `SPACED_WORD` matches on ASCII text: runs of letters and digits, counted without the regex. */
function asciiWordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const wordChar = isAsciiLetter(code) || isAsciiDigit(code);
    if (wordChar && !inWord) n++;
    inWord = wordChar;
  }
  return n;
}

/** Thai, the first of those scripts, starts at U+0E00: text below it holds none of them. */
function mayHoldUnspacedScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x0e00) return true;
  return false;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
