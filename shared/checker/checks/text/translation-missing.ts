import type { CheckFunction } from '../types';
import { findTranslationOffers } from './translation-offer';
import { blockWords } from './words';

/**
 * One finding when a message offers families no translation, no interpreter and carries no
 * version in another language. Very short texts (under `minWords`, default 40) are left alone:
 * a caption or a button label is not a message.
 */
export const translationMissing: CheckFunction = (context) => {
  const minWords =
    typeof context.rule.options?.minWords === 'number' ? context.rule.options.minWords : 40;
  const words = context.model.blocks.reduce((n, b) => n + blockWords(b), 0);
  if (words < minWords) return [];
  if (findTranslationOffers(context).hits.length > 0) return [];
  return [{ quote: '' }];
};
