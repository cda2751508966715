import type { CheckFunction, Hit } from '../types';
import { nodeHit } from './positions';

/**
 * The same alt text on images with different sources: each picture needs its own description
 * (a gallery where every photo says "Field day" tells a screen-reader user nothing).
 */
export const imagesWithRepeatedAlt: CheckFunction = ({ model }) => {
  const byAlt = new Map<string, { ref: number; src: string; alt: string }[]>();
  for (const image of model.images) {
    const alt = image.alt?.trim();
    if (!alt || image.inLink) continue;
    const key = alt.toLowerCase();
    const list = byAlt.get(key) ?? [];
    list.push({ ref: image.ref, src: image.src, alt });
    byAlt.set(key, list);
  }
  const hits: Hit[] = [];
  for (const list of byAlt.values()) {
    if (new Set(list.map((i) => i.src)).size < 2) continue;
    for (const image of list.slice(1)) {
      hits.push(
        nodeHit(
          image.ref,
          image.alt,
          `${list.length} different images share the alt text "${image.alt}". Give each image a description of its own.`,
        ),
      );
    }
  }
  return hits;
};
