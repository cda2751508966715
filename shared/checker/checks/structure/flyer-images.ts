import type { CheckFunction } from '../types';
import { contentImages, mainContentWords } from './content-images';
import { matcher, nodeHit, patternSources } from './positions';

/**
 * Images whose file name or alt text says they are a flyer, poster or newsletter: their words are
 * text in a picture. Skipped when the page is nearly all images (message-only-in-images covers it).
 */
export const flyerImages: CheckFunction = ({ model, rule }) => {
  const flyer = matcher(patternSources(rule.patterns));
  if (!flyer) return [];
  const maxWords =
    typeof rule.options?.skipBelowWords === 'number' ? rule.options.skipBelowWords : 60;
  if (mainContentWords(model) < maxWords) return [];
  return contentImages(model)
    .filter((image) => flyer(decodeSafely(image.src)) || flyer(image.alt ?? ''))
    .map((image) => nodeHit(image.ref, image.alt ?? ''));
};

function decodeSafely(src: string): string {
  const path = src.split(/[?#]/)[0] ?? '';
  try {
    return decodeURIComponent(path).replace(/[-_+.]/g, ' ');
  } catch {
    return path.replace(/[-_+.]/g, ' ');
  }
}
