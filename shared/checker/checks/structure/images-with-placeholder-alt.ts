import type { CheckFunction } from '../types';
import { matcher, nodeHit, patternSources } from './positions';

/**
 * Images whose alt text is a file name or a placeholder ("IMG_2041.jpg", "image", "photo"):
 * the rule's `patterns` (language `any` and the page's languages) describe such alt texts.
 */
export const imagesWithPlaceholderAlt: CheckFunction = ({ model, rule }) => {
  const placeholder = matcher(patternSources(rule.patterns), true);
  if (!placeholder) return [];
  return model.images
    .filter((image) => image.alt?.trim() && placeholder(image.alt.trim()))
    .map((image) => nodeHit(image.ref, image.alt as string));
};
