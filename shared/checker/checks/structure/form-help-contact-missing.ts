import type { CheckFunction } from '../types';
import { documentHit, matcher, patternSources } from './positions';

/**
 * A form that gives families no one to ask for help: no e-mail address, phone number, `mailto:`
 * or `tel:` link, or "questions? contact..." wording (the rule's patterns) anywhere on the page.
 */
export const formHelpContactMissing: CheckFunction = ({ model, rule }) => {
  if (!model.isForm) return [];
  if (model.links.some((l) => /^(?:mailto|tel|sms):/i.test(l.href.trim()))) return [];
  const contact = matcher(patternSources(rule.patterns));
  if (contact && model.blocks.some((b) => contact(b.text))) return [];
  return [documentHit()];
};
