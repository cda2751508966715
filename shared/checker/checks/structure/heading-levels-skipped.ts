import type { CheckFunction, Hit } from '../types';

/** Headings that jump down more than one level (an h2 followed by an h4): the outline has a hole. */
export const headingLevelsSkipped: CheckFunction = ({ model }) => {
  const hits: Hit[] = [];
  let previous: number | undefined;
  for (const block of model.blocks) {
    if (block.kind !== 'heading' || !block.headingLevel) continue;
    const level = block.headingLevel;
    if (previous !== undefined && level > previous + 1) {
      hits.push({
        quote: block.text,
        position: { ref: block.ref, start: 0, end: block.text.length },
        message: `This heading jumps from level ${previous} to level ${level}. Use level ${previous + 1}, or add the missing level above it.`,
      });
    }
    previous = level;
  }
  return hits;
};
