import type { Sentence } from '../checks/types';
import type { TextBlock } from '../document-model';
import type { ReadingLevel } from '../report';
import {
  type Counts,
  fernandezHuerta,
  fernandezHuertaScoreForGrade,
  fleschKincaidGrade,
  fleschReadingEase,
  round1,
} from './formulas';
import {
  englishSyllables,
  isAddress,
  isOverlongWord,
  LONGEST_WORD,
  referenceSyllables,
  syllablesIn,
  wordsOf,
} from './words';

type Measured = 'en' | 'es';

export interface ReadingLevelInput {
  blocks: readonly TextBlock[];
  sentences: (block: TextBlock) => Sentence[];
  blockLanguage: (block: TextBlock) => string | null;
  primaryLanguage: string | null;
  targetGrade: number;
  /** Names for languages in the "no grade" reason, e.g. `vi` -> "Vietnamese". */
  languageName?: (code: string) => string;
  /** Told what the measure left out (pasted data counted as one word), for the report's notes. */
  onNote?: (note: string) => void;
}

/** Written without spaces between words: their words are told by Intl.Segmenter (words.ts). */
const UNSPACED_LANGUAGES = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);

const HARDEST_COUNT = 3;
/** Shorter sentences are not worth rewriting, whatever their words. */
const HARDEST_MIN_WORDS = 8;

interface SentenceCounts extends Counts {
  block: TextBlock;
  sentence: Sentence;
}

/**
 * The reading level of the main content in its primary language: Flesch-Kincaid for English,
 * Fernández-Huerta for Spanish, and no grade for other languages (the reason says why). Headings
 * are left out (they are labels, not sentences); list items, cells, labels and legends count.
 * A bilingual message gets the other part's score too, under `scores`.
 */
export function measureReadingLevel(input: ReadingLevelInput): ReadingLevel {
  const { targetGrade, primaryLanguage } = input;
  const main = input.blocks.filter((b) => b.inMainContent && b.kind !== 'heading');
  const readable = main.length > 0 ? main : input.blocks.filter((b) => b.kind !== 'heading');
  const empty: ReadingLevel = {
    language: primaryLanguage,
    grade: null,
    scores: [],
    targetGrade,
    meetsTarget: null,
    words: 0,
    sentences: 0,
    averageSentenceLength: 0,
    hardestSentences: [],
  };
  if (readable.length === 0 || !primaryLanguage) {
    return { ...empty, language: null, reason: 'There is no text to measure.' };
  }

  const inLanguage = (language: string) =>
    readable.filter((b) => (input.blockLanguage(b) ?? primaryLanguage) === language);

  if (primaryLanguage !== 'en' && primaryLanguage !== 'es') {
    const all = countAndNote(inLanguage(primaryLanguage), input, 'en');
    const name = input.languageName?.(primaryLanguage) ?? primaryLanguage;
    return {
      ...empty,
      words: all.words,
      sentences: all.sentences,
      averageSentenceLength: all.sentences ? round1(all.words / all.sentences) : 0,
      reason: `No grade for ${name}: grade-level formulas are built in for English (Flesch-Kincaid) and Spanish (Fernández-Huerta) only. Long sentences are still flagged${UNSPACED_LANGUAGES.has(primaryLanguage) ? `, with words told by a word segmenter, since ${name} is written without spaces` : ''}.`,
    };
  }

  const language: Measured = primaryLanguage;
  const main_ = countAndNote(inLanguage(language), input, language);
  const level: ReadingLevel = {
    ...empty,
    language,
    words: main_.words,
    sentences: main_.sentences,
    averageSentenceLength: main_.sentences ? round1(main_.words / main_.sentences) : 0,
    hardestSentences: hardest(main_.perSentence, language),
  };
  if (main_.words === 0 || main_.sentences === 0) {
    return { ...level, reason: 'There are no sentences to measure.' };
  }
  if (language === 'en') {
    level.grade = round1(Math.max(0, fleschKincaidGrade(main_)));
    level.meetsTarget = level.grade <= targetGrade;
    level.scores.push({
      name: 'flesch-kincaid-grade-dictionary-syllables',
      value: round1(
        Math.max(0, fleschKincaidGrade({ ...main_, syllables: main_.dictionarySyllables })),
      ),
      scale:
        'US school grade with dictionary syllable counts (syllable package); usually 0.1-1 grade above the reference grade',
    });
    level.scores.push({
      name: 'flesch-reading-ease',
      value: round1(fleschReadingEase(main_)),
      scale: '0-100, higher is easier; 60-70 is plain English',
    });
  } else {
    const score = round1(fernandezHuerta(main_));
    level.scores.push({
      name: 'fernandez-huerta',
      value: score,
      scale: '0-100, higher is easier; 60-70 is normal for adults (grades 7-8)',
    });
    level.meetsTarget = score >= fernandezHuertaScoreForGrade(targetGrade);
    level.reason =
      'Flesch-Kincaid grades are for English; this Spanish text is measured with the Fernández-Huerta score. "Meets target" compares the score with the band for the target grade (legible.es).';
  }

  // The other half of an English/Spanish bilingual message.
  const other: Measured = language === 'en' ? 'es' : 'en';
  const second = count(inLanguage(other), input, other);
  if (second.words >= 30 && second.sentences > 0) {
    level.scores.push(
      other === 'en'
        ? {
            name: 'flesch-kincaid-grade',
            value: round1(Math.max(0, fleschKincaidGrade(second))),
            scale: 'US school grade, English part',
          }
        : {
            name: 'fernandez-huerta',
            value: round1(fernandezHuerta(second)),
            scale: '0-100, higher is easier, Spanish part; 60-70 is normal for adults',
          },
    );
  }
  return level;
}

/** The message's main language's counts, with a note when pasted data was counted as words. */
function countAndNote(
  blocks: readonly TextBlock[],
  input: ReadingLevelInput,
  language: Measured,
): ReturnType<typeof count> {
  const counts = count(blocks, input, language);
  const n = counts.overlongWords;
  if (n > 0) {
    input.onNote?.(
      `${n === 1 ? '1 word' : `${n.toLocaleString('en-US')} words`} longer than ${LONGEST_WORD} letters (pasted data such as an image's code, not prose) ${n === 1 ? 'was' : 'were'} counted as one word of one syllable in the reading level.`,
    );
  }
  return counts;
}

function count(
  blocks: readonly TextBlock[],
  input: ReadingLevelInput,
  language: Measured,
): Counts & { dictionarySyllables: number; overlongWords: number; perSentence: SentenceCounts[] } {
  const totals = {
    overlongWords: 0,
    words: 0,
    sentences: 0,
    syllables: 0,
    dictionarySyllables: 0,
    perSentence: [] as SentenceCounts[],
  };
  for (const block of blocks) {
    for (const sentence of input.sentences(block)) {
      const words = wordsOf(sentence.text);
      if (words.length === 0) continue;
      let syllables = 0;
      for (const word of words) {
        if (isOverlongWord(word)) {
          // Not cached: each such run is unique, and the cache would hold megabytes of it.
          totals.overlongWords++;
          syllables++;
          if (language === 'en') totals.dictionarySyllables++;
          continue;
        }
        const key = word.toLowerCase();
        syllables += cachedSyllables(key, language);
        if (language === 'en') totals.dictionarySyllables += cachedSyllables(key, 'dictionary');
      }
      totals.words += words.length;
      totals.syllables += syllables;
      totals.sentences++;
      totals.perSentence.push({ block, sentence, words: words.length, sentences: 1, syllables });
    }
  }
  return totals;
}

type Counting = Measured | 'dictionary';
/** Addresses and overlong runs (pasted data) are copied or skipped, not read: one syllable. */
const isNotProse = (word: string) => isOverlongWord(word) || isAddress(word);
const countSyllables: Record<Counting, (word: string) => number> = {
  en: (word) => (isNotProse(word) ? 1 : referenceSyllables(word)),
  es: (word) => (isNotProse(word) ? 1 : syllablesIn(word, 'es')),
  dictionary: (word) => (isNotProse(word) ? 1 : englishSyllables(word)),
};
const syllableCache: Record<Counting, Map<string, number>> = {
  en: new Map(),
  es: new Map(),
  dictionary: new Map(),
};

/**
 * Words repeat a great deal: counting each distinct word once keeps long messages fast. `key` is
 * the word in lower case.
 */
function cachedSyllables(key: string, counting: Counting): number {
  const cache = syllableCache[counting];
  let value = cache.get(key);
  if (value === undefined) {
    value = countSyllables[counting](key);
    if (cache.size > 50_000) cache.clear();
    cache.set(key, value);
  }
  return value;
}

function hardest(
  perSentence: SentenceCounts[],
  language: Measured,
): ReadingLevel['hardestSentences'] {
  const graded = perSentence
    .filter((s) => s.words >= HARDEST_MIN_WORDS)
    .map((s) => ({ s, grade: sentenceGrade(s, language) }));
  graded.sort((a, b) => b.grade - a.grade);
  return graded.slice(0, HARDEST_COUNT).map(({ s, grade }) => ({
    text: s.sentence.text,
    grade: round1(grade),
    words: s.words,
    position: { ref: s.block.ref, start: s.sentence.start, end: s.sentence.end },
  }));
}

/**
 * A single sentence's grade: Flesch-Kincaid for English; for Spanish, the school grade of its
 * Fernández-Huerta band (legible.es), since the score itself is not a grade.
 */
function sentenceGrade(counts: Counts, language: Measured): number {
  if (language === 'en') return Math.max(0, fleschKincaidGrade(counts));
  const score = fernandezHuerta(counts);
  if (score >= 90) return 4;
  if (score >= 80) return 5;
  if (score >= 70) return 6;
  if (score >= 60) return 8;
  if (score >= 50) return 12;
  if (score >= 30) return 14;
  return 16;
}
