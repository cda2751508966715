import type { DocumentModel } from '../../document-model';
import type { CheckContext, CheckFunction, Hit } from '../types';
import { quoteAround } from './quote';
import { countWords } from './words';

/**
 * A message that carries its own translation ("Dear Families ... / Estimados padres ...") addresses
 * access through translation (2.1.2). A language counts when blocks detected in it, other than the
 * primary language, hold at least 20 words, each block at least 8: a stray foreign word, a name or
 * one short greeting is not a translation.
 */
export const MIN_TRANSLATED_WORDS = 20;
const MIN_BLOCK_WORDS = 8;

export interface TranslatedVersion {
  hits: Hit[];
  languages: string[];
}

const cache = new WeakMap<DocumentModel, TranslatedVersion>();

export function findTranslatedVersion(context: CheckContext): TranslatedVersion {
  const cached = cache.get(context.model);
  if (cached) return cached;
  const primary = context.primaryLanguage;
  const byLanguage = new Map<string, { words: number; first: Hit }>();
  if (primary) {
    for (const block of context.model.blocks) {
      const language = context.blockLanguage(block);
      if (!language || language === primary) continue;
      const words = countWords(block.text);
      if (words < MIN_BLOCK_WORDS) continue;
      const entry = byLanguage.get(language);
      if (entry) {
        entry.words += words;
        continue;
      }
      const first = context.sentences(block)[0];
      const quoted = quoteAround(block, first, first?.start ?? 0, first?.end ?? 0);
      byLanguage.set(language, { words, first: quoted });
    }
  }
  const found = [...byLanguage].filter(([, v]) => v.words >= MIN_TRANSLATED_WORDS);
  const result = {
    hits: found.map(([, v]) => v.first),
    languages: found.map(([language]) => language).sort(),
  };
  cache.set(context.model, result);
  return result;
}

export const translatedVersion: CheckFunction = (context) => findTranslatedVersion(context).hits;
