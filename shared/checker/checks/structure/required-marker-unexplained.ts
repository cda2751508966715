import { anyOf } from '../text/compile';
import type { CheckFunction } from '../types';
import { formTexts } from './form-text';
import { documentHit, patternSources } from './positions';

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
  const sources = patternSources(rule.patterns);
  const explained = sources.length > 0 ? anyOf(sources) : null;
  if (explained && formTexts(model).some((t) => explained.test(t))) return [];
  return [documentHit()];
};
