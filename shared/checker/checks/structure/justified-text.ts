import type { CheckFunction } from '../types';

/** Justified blocks: one hit on the first, counting the rest, since the cause is usually one style. */
export const justifiedText: CheckFunction = ({ model }) => {
  const justified = model.blocks.filter((b) => b.justified);
  const first = justified[0];
  if (!first) return [];
  const quote = first.text.length > 80 ? first.text.slice(0, 80) : first.text;
  return [
    {
      quote,
      position: { ref: first.ref, start: 0, end: quote.length },
      message:
        justified.length > 1
          ? `${justified.length} blocks of text are justified. Align text to the left (or right, for right-to-left languages).`
          : 'This text is justified. Align it to the left (or right, for right-to-left languages).',
    },
  ];
};
