import { quoteBlockStart } from '../text/quote';
import type { CheckFunction } from '../types';

/** Longer blocks are quoted by their first sentence, or their first words and "…". */
const QUOTE_LENGTH = 120;

/** Justified blocks: one hit on the first, counting the rest, since the cause is usually one style. */
export const justifiedText: CheckFunction = ({ model, sentences }) => {
  const justified = model.blocks.filter((b) => b.justified);
  const first = justified[0];
  if (!first) return [];
  return [
    {
      ...quoteBlockStart(first, QUOTE_LENGTH, sentences(first)),
      message:
        justified.length > 1
          ? `${justified.length} blocks of text are justified. Align text to the left (or right, for right-to-left languages).`
          : 'This text is justified. Align it to the left (or right, for right-to-left languages).',
    },
  ];
};
