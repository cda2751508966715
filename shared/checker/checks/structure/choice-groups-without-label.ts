import type { FormControlInfo } from '../../document-model';
import type { CheckFunction, Hit } from '../types';
import { questionOf } from './control-names';
import { nodeHit } from './positions';

const CHOICES = new Set(['radio', 'checkbox']);

/**
 * Radio buttons (and same-named check boxes) whose group has no name: no `<fieldset>` with a
 * `<legend>`, and no labelled `role=radiogroup`. A screen reader then reads "Yes, radio button"
 * without the question. One hit per group, on its first choice.
 */
export const choiceGroupsWithoutLabel: CheckFunction = ({ model }) => {
  const groups = new Map<string, FormControlInfo[]>();
  let ariaRun: FormControlInfo[] = [];
  const runs: FormControlInfo[][] = [];
  for (const control of model.controls) {
    if (!CHOICES.has(control.type)) {
      if (ariaRun.length > 0) runs.push(ariaRun);
      ariaRun = [];
      continue;
    }
    if (control.tag === 'input' && control.name) {
      const key = `${control.formRef ?? ''}|${control.type}|${control.name}`;
      const list = groups.get(key) ?? [];
      list.push(control);
      groups.set(key, list);
    } else if (control.tag !== 'input') {
      // ARIA choices have no name to group by: unlabelled neighbours form one group.
      if (control.groupLabel) {
        if (ariaRun.length > 0) runs.push(ariaRun);
        ariaRun = [];
      } else ariaRun.push(control);
    }
  }
  if (ariaRun.length > 0) runs.push(ariaRun);

  const hits: Hit[] = [];
  for (const group of [...groups.values(), ...runs]) {
    const first = group[0] as FormControlInfo;
    const isGroup = group.length >= 2 || (first.type === 'radio' && first.tag !== 'input');
    if (!isGroup || group.some((c) => c.groupLabel)) continue;
    const names = group
      .map((c) => c.label ?? c.textAfter)
      .filter(Boolean)
      .slice(0, 4)
      .join(', ');
    // The question written above the choices, when there is one, is what the legend should say.
    const question = questionOf(group);
    hits.push(
      nodeHit(
        first.ref,
        first.label ?? '',
        `The choices ${names ? `"${names}"` : 'in this group'}${question ? ` after "${question}"` : ''} are not grouped under their question. Put them in a <fieldset> with ${question ? 'that question' : 'the question'} as its <legend>.`,
      ),
    );
  }
  return hits.sort((a, b) => (a.position?.ref ?? 0) - (b.position?.ref ?? 0));
};
