import { surveyWording } from '../../data';
import type { DocumentModel } from '../../document-model';
import type { CheckContext, Sentence } from '../types';
import { anyOf } from './compile';

/**
 * A survey statement such as "Our school encourages families to volunteer." asks a family to rate
 * a practice; it is not evidence that the message itself invites volunteers. Most indicator rules
 * skip survey items; the ones about gathering feedback (2.1.4, 2.2.3) read them on purpose.
 *
 * A message reads as a survey when at least three sentences are worded as items, or when one is
 * and the message uses rating-scale wording ("strongly agree", "select one response"), or when it
 * is a form with three or more radio groups.
 */
export interface SurveyItems {
  isSurvey: boolean;
  isItem(ref: number, sentence: Sentence): boolean;
}

const MIN_ITEMS = 3;
const MIN_RADIO_GROUPS = 3;
const cache = new WeakMap<DocumentModel, SurveyItems>();

/** Item numbers, asterisks and bullets before an item's words. */
const LEAD = /^[\s*•·\-–—]*(?:(?:Q(?:uestion)?\s*)?\d{1,3}\s*[.):-]\s*)?[\s*•·\-–—]*/iu;

function wordingRegexes() {
  const wording = surveyWording();
  const starts = Object.values(wording.statementStarts).flat();
  return {
    start: anyOf(starts.map((s) => `^(?:${s})`)),
    scale: anyOf(Object.values(wording.scaleWording).flat()),
    firstPerson: anyOf(Object.values(wording.firstPerson).flat()),
  };
}

export function surveyItems(context: CheckContext): SurveyItems {
  const cached = cache.get(context.model);
  if (cached) return cached;
  const { start, scale, firstPerson } = wordingRegexes();
  const starters = new Set<string>();
  let scaleSeen = false;
  for (const block of context.model.blocks) {
    if (!scaleSeen && scale.test(block.text)) scaleSeen = true;
    for (const sentence of context.sentences(block)) {
      const words = sentence.text.replace(LEAD, '');
      if (start.test(words)) starters.add(`${block.ref}:${sentence.start}`);
    }
  }
  const radioGroups = new Set(
    context.model.controls
      .filter((c) => c.type === 'radio' || c.tag === 'radio')
      .map((c) => c.name ?? c.groupLabel ?? String(c.ref)),
  );
  const isSurvey =
    starters.size >= MIN_ITEMS ||
    (scaleSeen && starters.size >= 1) ||
    (context.model.isForm && radioGroups.size >= MIN_RADIO_GROUPS);
  const result: SurveyItems = {
    isSurvey,
    isItem: (ref, sentence) =>
      isSurvey && (starters.has(`${ref}:${sentence.start}`) || firstPerson.test(sentence.text)),
  };
  cache.set(context.model, result);
  return result;
}
