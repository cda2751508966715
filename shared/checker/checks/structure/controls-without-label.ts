import type { FormControlInfo } from '../../document-model';
import type { CheckFunction } from '../types';
import { nodeHit } from './positions';

/** What a family sees to identify a field, for messages: its type and name. */
export function describeControl(control: FormControlInfo): string {
  const kind =
    control.tag === 'input'
      ? `${control.type} field`
      : control.tag === 'select'
        ? 'drop-down'
        : control.tag;
  return control.name ? `${kind} "${control.name}"` : kind;
}

/** Form fields with no accessible label at all: no `<label>`, aria-label(ledby) or title. */
export const controlsWithoutLabel: CheckFunction = ({ model }) =>
  model.controls
    .filter((c) => c.labelSource === 'none' && !c.placeholder)
    .map((c) =>
      nodeHit(
        c.ref,
        '',
        `A ${describeControl(c)} has no label. Add a visible label tied to it that says what to enter.`,
      ),
    );
