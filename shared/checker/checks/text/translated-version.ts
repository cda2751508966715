import type { DocumentModel, TextBlock } from '../../document-model';
import { BILINGUAL_MIN_SHARE, BILINGUAL_MIN_WORDS } from '../../language/detect';
import type { CheckContext, CheckFunction, Hit, Sentence } from '../types';
import { otherLanguageSentences } from './mixed-language-sentences';
import { quoteAround } from './quote';
import { blockWords } from './words';

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
  const byLanguage = new Map<string, { words: number; first: Hit; texts: string[] }>();
  let detectedWords = 0;
  const primaryTexts: string[] = [];
  const add = (language: string, words: number, block: TextBlock, sentence?: Sentence) => {
    const entry = byLanguage.get(language);
    const text = sentence?.text ?? block.text;
    if (entry) {
      entry.words += words;
      entry.texts.push(text);
      return;
    }
    const first = quoteAround(block, sentence, sentence?.start ?? 0, sentence?.end ?? 0);
    byLanguage.set(language, { words, first, texts: [text] });
  };
  if (primary) {
    for (const block of context.model.blocks) {
      const language = context.blockLanguage(block);
      if (!language) continue;
      const words = blockWords(block);
      detectedWords += words;
      if (language === primary) {
        primaryTexts.push(block.text);
        for (const other of otherLanguageSentences(context, block, language)) {
          add(other.language, other.words, block, other.sentence);
        }
        continue;
      }
      add(language, words, block, context.sentences(block)[0]);
    }
  }
  const found = [...byLanguage].filter(
    ([language, v]) =>
      v.words >= BILINGUAL_MIN_WORDS &&
      v.words / detectedWords >= BILINGUAL_MIN_SHARE &&
      plausible(language, v.texts, primary, primaryTexts),
  );
  const result = {
    hits: found.map(([, v]) => v.first),
    languages: found.map(([language]) => language).sort(),
  };
  cache.set(context.model, result);
  return result;
}

/**
 * franc, restricted to the district's languages, splits a Galician notice between Portuguese and
 * Spanish. Portuguese text of any length writes "ã" or "õ" (não, são, informação); Galician and
 * Spanish never do. A "Portuguese" part beside Spanish without them is not a translation.
 */
function plausible(
  language: string,
  texts: string[],
  primary: string | null,
  primaryTexts: string[],
): boolean {
  const portuguese = language === 'pt' ? texts : primary === 'pt' ? primaryTexts : null;
  const spanish = language === 'es' || primary === 'es';
  if (!portuguese || !spanish) return true;
  return portuguese.some((t) => /[ãõ]/iu.test(t));
}

export const translatedVersion: CheckFunction = (context) => findTranslatedVersion(context).hits;
