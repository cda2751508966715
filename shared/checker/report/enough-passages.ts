import type { LoadedRule } from '../engine/load-rules';
import type { Finding } from '../finding';

/**
 * Drops the tags of rules that found fewer distinct passages in this document than their
 * `minimumPassages`. Passages are told apart by position (a tag with no position counts once).
 */
export function tagsWithEnoughPassages<T extends Finding>(
  tags: readonly T[],
  rules: readonly LoadedRule[],
): T[] {
  const needed = new Map<string, number>();
  for (const { rule } of rules)
    if (rule.minimumPassages !== undefined) needed.set(rule.id, rule.minimumPassages);
  if (needed.size === 0) return [...tags];
  const passages = new Map<string, Set<string>>();
  for (const tag of tags) {
    if (!needed.has(tag.ruleId)) continue;
    const seen = passages.get(tag.ruleId) ?? new Set<string>();
    const { ref, start, end } = tag.position ?? {};
    seen.add(`${ref}:${start}:${end}`);
    passages.set(tag.ruleId, seen);
  }
  return tags.filter((tag) => {
    const minimum = needed.get(tag.ruleId);
    return minimum === undefined || (passages.get(tag.ruleId)?.size ?? 0) >= minimum;
  });
}
