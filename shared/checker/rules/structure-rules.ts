/**
 * Rule data for accessibility and forms: one JSON file per rule in ./structure/, listed here so that
 * node, vite and Apps Script bundles all load them the same way. The engine validates every rule
 * with `ruleSchema` when it loads.
 */
export const structureRuleData: unknown[] = [];
