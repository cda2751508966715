import type { CheckFunction } from '../types';
import { formTexts } from './form-text';
import { documentHit, matcher, patternSources } from './positions';

/**
 * A form that never asks something the rule's patterns describe (the family's preferred language;
 * how they want to be contacted). One hit for the whole form; nothing when the page is not a form.
 */
export const formQuestionMissing: CheckFunction = ({ model, rule }) => {
  if (!model.isForm) return [];
  const asked = matcher(patternSources(rule.patterns));
  if (!asked) return [];
  return formTexts(model).some(asked) ? [] : [documentHit()];
};
