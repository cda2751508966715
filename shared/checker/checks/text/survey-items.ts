import { surveyWording } from '../../data';
import type { DocumentModel } from '../../document-model';
import type { CheckContext, Sentence } from '../types';
import { caseInsensitivePatterns, matchesAnyBlock } from './case-insensitive';
import { anyOf } from './compile';
import { blockWords } from './words';

/**
 * A survey statement such as "Our school encourages families to volunteer." asks a family to rate
 * a practice; it is not evidence that the message itself invites volunteers. Most indicator rules
 * skip survey items; the ones about gathering feedback (2.1.4, 2.2.3) read them on purpose.
 *
 * A message reads as a survey when at least three sentences are worded as items, or when one is
 * and the message uses rating-scale wording ("strongly agree", "select one response"), or when it
 * is a form with three or more radio groups.
 *
 * Items stand apart: a numbered or bulleted sentence, or a short block of its own (a line, a list
 * item, a table cell). A principal's letter is full of "I have..." and "I am..." sentences, but
 * they sit inside paragraphs, so they are neither items nor a reason to read the letter as a survey.
 * In a survey, every sentence of an item's block belongs to the item ("How satisfied are you with
 * our events? (Open House, Fall Festival...)").
 */
export interface SurveyItems {
  isSurvey: boolean;
  isItem(ref: number, sentence: Sentence): boolean;
}

const MIN_ITEMS = 3;
const MIN_RADIO_GROUPS = 3;
/** A block this short (sentences, words) can be one survey item with its own explanation. */
const ITEM_BLOCK_SENTENCES = 2;
const ITEM_BLOCK_WORDS = 45;
const cache = new WeakMap<DocumentModel, SurveyItems>();

/**
 * Item numbers, asterisks and bullets before an item's words, and a short section label set off by
 * a dash, as survey builders print it ("* 6. Communication - The staff...", "B5: Staff members...",
 * where the letter names the section).
 */
const LEAD =
  /^[\s*•·\-–—]*(?:(?:[Qq](?:uestion)?\s*|[A-Z])?\d{1,3}\s*[.):-]\s*)?[\s*•·\-–—]*(?:\p{Lu}[\p{L}&/' ]{0,30}?\s+[-–—]\s+)?/u;
/** A sentence that starts with an item number or a bullet stands apart even inside a block. */
const MARKED = /^\s*(?:[*•·\-–—]|(?:Q(?:uestion)?\s*|[A-Z])?\d{1,3}\s*[.):-])/iu;
const QUESTION = /\?\s*$/u;

let wordingCache: ReturnType<typeof compileWording> | undefined;
function wordingRegexes() {
  wordingCache ??= compileWording();
  return wordingCache;
}

function compileWording() {
  const wording = surveyWording();
  const starts = Object.values(wording.statementStarts).flat();
  return {
    start: anyOf(starts.map((s) => `^(?:${s})`)),
    scale: caseInsensitivePatterns(Object.values(wording.scaleWording).flat()),
    firstPerson: anyOf(Object.values(wording.firstPerson).flat()),
    firstPersonStart: anyOf(
      Object.values(wording.firstPerson)
        .flat()
        .map((s) => `^(?:${s})`),
    ),
  };
}

export function surveyItems(context: CheckContext): SurveyItems {
  const cached = cache.get(context.model);
  if (cached) return cached;
  const { start, scale, firstPerson, firstPersonStart } = wordingRegexes();
  const starters = new Set<string>();
  /** Blocks short enough to be one item each: first-person sentences there are items too. */
  const itemBlocks = new Set<number>();
  /** Item blocks whose first sentence is worded as an item: all their sentences belong to it. */
  const starterBlocks = new Set<number>();
  /**
   * Short list items, numbered or bulleted: in a survey each statement is an item to rate, whatever
   * its wording. A question ("In what language do you prefer to receive messages?") asks instead.
   */
  const markedBlocks = new Set<number>();
  const scaleSeen = matchesAnyBlock(context.model, scale);
  let firstPersonStarters = 0;
  for (const block of context.model.blocks) {
    const sentences = context.sentences(block);
    const short = sentences.length <= ITEM_BLOCK_SENTENCES && blockWords(block) <= ITEM_BLOCK_WORDS;
    if (short) itemBlocks.add(block.ref);
    if (short && (block.kind === 'list-item' || MARKED.test(block.text))) {
      markedBlocks.add(block.ref);
    }
    sentences.forEach((sentence, i) => {
      if (!((short && i === 0) || MARKED.test(sentence.text))) return;
      const words = sentence.text.replace(LEAD, '');
      if (!start.test(words)) return;
      starters.add(`${block.ref}:${sentence.start}`);
      if (firstPersonStart.test(words)) firstPersonStarters++;
      if (short) starterBlocks.add(block.ref);
    });
  }
  const radioGroups = new Set(
    context.model.controls
      .filter((c) => c.type === 'radio' || c.tag === 'radio')
      .map((c) => c.name ?? c.groupLabel ?? String(c.ref)),
  );
  // A list of learning targets ("I can identify a penny.") reads like rating items; without
  // rating-scale wording, first-person lines alone do not make a survey.
  const ratedStarters = scaleSeen ? starters.size : starters.size - firstPersonStarters;
  const isSurvey =
    ratedStarters >= MIN_ITEMS ||
    (scaleSeen && starters.size >= 1) ||
    (context.model.isForm && radioGroups.size >= MIN_RADIO_GROUPS);
  const result: SurveyItems = {
    isSurvey,
    isItem: (ref, sentence) =>
      isSurvey &&
      (starters.has(`${ref}:${sentence.start}`) ||
        starterBlocks.has(ref) ||
        (markedBlocks.has(ref) && !QUESTION.test(sentence.text)) ||
        (itemBlocks.has(ref) && firstPerson.test(sentence.text))),
  };
  cache.set(context.model, result);
  return result;
}
