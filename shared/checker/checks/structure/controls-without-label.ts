import type { CheckFunction } from '../types';
import { capitalise, describeControl, kindName } from './control-names';
import { nodeHit } from './positions';

/** Form fields with no accessible label at all: no `<label>`, aria-label(ledby) or title. */
export const controlsWithoutLabel: CheckFunction = ({ model }) =>
  model.controls
    .filter((c) => c.labelSource === 'none' && !c.placeholder)
    .map((c) =>
      nodeHit(
        c.ref,
        '',
        c.textAfter
          ? // The choice's words are on the page, just not tied to it: a screen reader reads "radio button".
            `${capitalise(describeControl(c, model.controls))} has no label tied to it. Put the ${kindName(c)} and its words in one <label>, so that screen readers read them together.`
          : `${capitalise(describeControl(c, model.controls))} has no label. Add a visible label tied to it that says what to enter.`,
      ),
    );
