import type { CheckFunction } from '../types';
import { formTexts } from './form-text';
import { documentHit, matcher, patternSources } from './positions';

/**
 * Questions marked with an asterisk where the form never says what the asterisk means
 * ("* Required", "* indica una pregunta obligatoria": the rule's patterns).
 */
export const requiredMarkerUnexplained: CheckFunction = ({ model, rule }) => {
  if (!model.isForm) return [];
  const starred =
    model.controls.some((c) => /\*/.test(`${c.label ?? ''} ${c.groupLabel ?? ''}`)) ||
    model.blocks.some((b) => /\s\*\s*$/.test(b.text));
  if (!starred) return [];
  const explained = matcher(patternSources(rule.patterns));
  if (explained && formTexts(model).some(explained)) return [];
  return [documentHit()];
};
