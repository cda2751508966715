import type { CheckFunction } from '../types';
import { nodeHit } from './positions';

const DECORATIVE_ROLES = new Set(['presentation', 'none']);

/** Images with no `alt` attribute at all (an empty `alt=""` marks a decorative image and is fine). */
export const imagesWithoutAlt: CheckFunction = ({ model }) =>
  model.images
    .filter((image) => image.alt === null && !DECORATIVE_ROLES.has(image.role ?? ''))
    .map((image) =>
      nodeHit(
        image.ref,
        '',
        `An image (${fileName(image.src)}) has no alt text. Describe what it shows (or the words in it), or give it alt="" if it is only decoration.`,
      ),
    );

export function fileName(src: string): string {
  const path = src.split(/[?#]/)[0] ?? '';
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name) return name.length > 60 ? `${name.slice(0, 57)}...` : name;
  return src.startsWith('data:') ? 'an embedded image' : 'no file name';
}
