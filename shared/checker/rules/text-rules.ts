/**
 * Rule data for tags, translation-readiness and plain language: one JSON file per rule in
 * ./text/, listed here so that node, vite and Apps Script bundles all load them the same way.
 * The engine validates every rule with `ruleSchema` when it loads.
 */
export const textRuleData: unknown[] = [];
