import type { CheckFunction } from '../types';
import { documentHit } from './positions';

/** Short notes need no headings; longer messages need them to be skimmed and navigated. */
const MIN_WORDS = 150;

/** A long HTML message with no headings at all (bold text is not a heading to a screen reader). */
export const headingsMissing: CheckFunction = ({ model, rule }) => {
  if (model.htmlLang === undefined) return [];
  if (model.blocks.some((b) => b.kind === 'heading')) return [];
  const minWords = typeof rule.options?.minWords === 'number' ? rule.options.minWords : MIN_WORDS;
  let words = 0;
  for (const block of model.blocks) {
    if (block.inMainContent) words += block.text.split(/\s+/).filter(Boolean).length;
  }
  return words >= minWords ? [documentHit()] : [];
};
