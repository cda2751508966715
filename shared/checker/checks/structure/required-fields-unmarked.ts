import type { CheckFunction, Hit } from '../types';
import { capitalise, describeQuestion } from './control-names';
import { nodeHit } from './positions';

/**
 * Required fields that nothing on screen marks as required (no asterisk or "required" in the
 * label or question): families find out only when the form refuses to send. One hit per question.
 */
export const requiredFieldsUnmarked: CheckFunction = ({ model }) => {
  const hits: Hit[] = [];
  const seenGroups = new Set<string>();
  for (const control of model.controls) {
    if (!control.required || control.requiredMarked) continue;
    if (control.groupLabel || control.type === 'radio') {
      const key = `${control.formRef ?? ''}|${control.groupLabel ?? control.name ?? control.ref}`;
      if (seenGroups.has(key)) continue;
      seenGroups.add(key);
    }
    const question = describeQuestion(control, model.controls);
    hits.push(
      nodeHit(
        control.ref,
        control.label ?? '',
        `${capitalise(question)} is required, but the form does not show it. Add "(required)" to its label.`,
      ),
    );
  }
  return hits;
};
