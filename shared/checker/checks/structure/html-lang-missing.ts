import type { CheckFunction } from '../types';
import { documentHit } from './positions';

/** An HTML page whose `<html>` element has no `lang` (plain text and selections have no `<html>`). */
export const htmlLangMissing: CheckFunction = ({ model, primaryLanguage }) => {
  if (model.htmlLang !== null) return [];
  return [
    documentHit(
      primaryLanguage
        ? `The page does not declare its language. Add lang="${primaryLanguage}" to the <html> element.`
        : undefined,
    ),
  ];
};
