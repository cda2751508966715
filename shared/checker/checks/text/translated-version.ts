import type { DocumentModel } from '../../document-model';
import { BILINGUAL_MIN_SHARE, BILINGUAL_MIN_WORDS } from '../../language/detect';
import type { CheckContext, CheckFunction, Hit } from '../types';
import { quoteAround } from './quote';
import { countWords } from './words';

/**
 * A message that carries its own translation ("Dear Families ... / Estimados padres ...") addresses
 * access through translation (2.1.2). A language other than the primary one counts on the engine's
 * terms for a bilingual message: at least BILINGUAL_MIN_WORDS words and BILINGUAL_MIN_SHARE of the
 * words whose language could be told. Short lines that language detection gets wrong (a survey item
 * taken for French, an address taken for Vietnamese) stay far below that share.
 */

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
  let detectedWords = 0;
  if (primary) {
    for (const block of context.model.blocks) {
      const language = context.blockLanguage(block);
      if (!language) continue;
      const words = countWords(block.text);
      detectedWords += words;
      if (language === primary) continue;
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
  const found = [...byLanguage].filter(
    ([, v]) => v.words >= BILINGUAL_MIN_WORDS && v.words / detectedWords >= BILINGUAL_MIN_SHARE,
  );
  const result = {
    hits: found.map(([, v]) => v.first),
    languages: found.map(([language]) => language).sort(),
  };
  cache.set(context.model, result);
  return result;
}

export const translatedVersion: CheckFunction = (context) => findTranslatedVersion(context).hits;
