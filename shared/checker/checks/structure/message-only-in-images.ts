import type { CheckFunction } from '../types';
import { contentImages, mainContentWords } from './content-images';
import { fileName } from './images-without-alt';
import { nodeHit } from './positions';

/** With fewer words than this around them, content images are likely to carry the message... */
const MAX_WORDS = 60;
/** ...but between this and MAX_WORDS only a large image (known to be 300 px or more) does. */
const FEW_WORDS = 25;
const LARGE = 300;

/**
 * A message that is mostly pictures: content images and almost no text (a flyer posted as a
 * JPEG). Translation tools, screen readers and search cannot read the words in the image.
 */
export const messageOnlyInImages: CheckFunction = ({ model, rule }) => {
  const maxWords = typeof rule.options?.maxWords === 'number' ? rule.options.maxWords : MAX_WORDS;
  const words = mainContentWords(model);
  if (words >= maxWords) return [];
  const images = contentImages(model).filter(
    (image) => words < FEW_WORDS || (image.width ?? 0) >= LARGE || (image.height ?? 0) >= LARGE,
  );
  return images.map((image) =>
    nodeHit(
      image.ref,
      image.alt ?? '',
      `The page has almost no text beside this image (${fileName(image.src)}): if the message is in the picture, put its words in the page as text too.`,
    ),
  );
};
