import type { CheckFunction } from '../types';
import { matcher, nodeHit, patternSources } from './positions';

/**
 * Links whose whole accessible name matches one of the rule's patterns: "click here", "read
 * more", "haga clic aquí", or a bare URL. Patterns of every language apply: a Spanish page may
 * still say "click here". Surrounding punctuation and arrows are ignored.
 */
export const linkTextMatches: CheckFunction = ({ model, rule }) => {
  const matches = matcher(patternSources(rule.patterns), true);
  if (!matches) return [];
  return model.links
    .filter((link) => {
      const name = (link.accessibleName ?? link.text).replace(
        /^[\s»›→>.:,!-]+|[\s»›→>.:,!-]+$/gu,
        '',
      );
      return name.length > 0 && matches(name);
    })
    .map((link) => nodeHit(link.ref, link.text));
};
