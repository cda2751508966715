import { anyOf } from '../text/compile';
import type { CheckFunction } from '../types';
import { nodeHit, patternSources } from './positions';

/**
 * Links whose whole accessible name matches one of the rule's patterns: "click here", "read
 * more", "haga clic aquí", or a bare URL. Patterns of every language apply: a Spanish page may
 * still say "click here". Surrounding punctuation and arrows are ignored.
 */
export const linkTextMatches: CheckFunction = ({ model, rule }) => {
  const sources = patternSources(rule.patterns);
  if (sources.length === 0) return [];
  const whole = anyOf(sources.map((s) => `^(?:${s})$`));
  return model.links
    .filter((link) => {
      const name = (link.accessibleName ?? link.text).replace(
        /^[\s»›→>.:,!-]+|[\s»›→>.:,!-]+$/gu,
        '',
      );
      return name.length > 0 && whole.test(name);
    })
    .map((link) => nodeHit(link.ref, link.text));
};
