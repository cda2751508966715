import { languageName } from '../../language/codes';
import type { CheckFunction } from '../types';
import { documentHit, primarySubtag } from './positions';

/** Below this many letters of detected text, the detected language is too uncertain to contradict markup. */
const MIN_LETTERS = 200;

/**
 * An `<html lang>` that disagrees with the language the text is written in: translation tools and
 * screen readers trust the attribute. Only languages the district configured can be compared.
 */
export const htmlLangMismatch: CheckFunction = ({
  model,
  primaryLanguage,
  options,
  blockLanguage,
}) => {
  const declared = primarySubtag(model.htmlLang);
  if (!declared || !primaryLanguage || declared === primaryLanguage) return [];
  if (!options.languages.includes(declared)) return [];
  let letters = 0;
  for (const block of model.blocks) {
    if (blockLanguage(block) === primaryLanguage) letters += block.text.length;
  }
  if (letters < MIN_LETTERS) return [];
  return [
    documentHit(
      `The page says its language is "${model.htmlLang}", but its text is in ${languageName(primaryLanguage)}. Set lang="${primaryLanguage}" on the <html> element.`,
    ),
  ];
};
