import type { CheckFunction } from '../types';
import { nodeHit } from './positions';

/**
 * Fields named only by their placeholder: the hint disappears as soon as a family starts typing,
 * has low contrast, and is often not read out or translated.
 */
export const controlsWithPlaceholderOnly: CheckFunction = ({ model }) =>
  model.controls
    .filter((c) => c.labelSource === 'none' && c.placeholder)
    .map((c) =>
      nodeHit(
        c.ref,
        c.placeholder as string,
        `The field "${c.placeholder}" is labelled only by its placeholder text. Add a visible label above it.`,
      ),
    );
