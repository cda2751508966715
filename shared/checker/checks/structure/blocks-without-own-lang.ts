import { languageName } from '../../language/codes';
import { quoteBlockStart } from '../text/quote';
import type { CheckFunction, Hit } from '../types';
import { primarySubtag } from './positions';

/** Shorter blocks are not detected reliably enough to ask for markup. */
const MIN_CHARACTERS = 60;
/** Longer passages are quoted by their first sentence, or their first words and "…". */
const QUOTE_LENGTH = 120;

/**
 * Passages in another language than the one the markup declares for them (their own `lang`, or
 * the page's): a Spanish paragraph in an English page needs `lang="es"` so that screen readers
 * pronounce it and translation tools leave it alone. HTML only.
 */
export const blocksWithoutOwnLang: CheckFunction = ({
  model,
  primaryLanguage,
  blockLanguage,
  sentences,
}) => {
  if (model.htmlLang === undefined) return [];
  const hits: Hit[] = [];
  for (const block of model.blocks) {
    if (block.text.length < MIN_CHARACTERS) continue;
    const detected = blockLanguage(block);
    const marked = primarySubtag(block.lang) ?? primarySubtag(model.htmlLang);
    const declared = marked ?? primaryLanguage;
    if (!detected || !declared || detected === declared) continue;
    hits.push({
      ...quoteBlockStart(block, QUOTE_LENGTH, sentences(block)),
      message: marked
        ? `This passage is in ${languageName(detected)}, but the page marks it as ${languageName(marked)}. Add lang="${detected}" to its element.`
        : `This passage is in ${languageName(detected)}, unlike the rest of the page (${languageName(declared)}). Add lang="${detected}" to its element.`,
    });
  }
  return hits;
};
