import { anyOf } from '../text/compile';
import type { CheckFunction } from '../types';
import { nodeHit, patternSources } from './positions';

/**
 * Images whose alt text is a file name or a placeholder ("IMG_2041.jpg", "image", "photo"):
 * the rule's `patterns` (language `any` and the page's languages) describe such alt texts.
 */
export const imagesWithPlaceholderAlt: CheckFunction = ({ model, rule }) => {
  const sources = patternSources(rule.patterns);
  if (sources.length === 0) return [];
  const whole = anyOf(sources.map((s) => `^(?:${s})$`));
  return model.images
    .filter((image) => image.alt?.trim() && whole.test(image.alt.trim()))
    .map((image) => nodeHit(image.ref, image.alt as string));
};
