import {
  type BuiltInFrameworkId,
  builtInFramework,
  findNode,
  isBuiltInFrameworkId,
} from '../../frameworks';
import { problemsFromZod } from '../../validation';
import { structureChecks } from '../checks/structure';
import { textChecks } from '../checks/text';
import type { CheckFunction } from '../checks/types';
import { type Rule, ruleSchema } from '../rule-schema';
import { structureRuleData } from '../rules/structure-rules';
import { textRuleData } from '../rules/text-rules';

export const DEFAULT_FRAMEWORK_ID = 'pta-2022';

/** A validated rule and the check function that runs it. */
export interface LoadedRule {
  rule: Rule;
  check: CheckFunction;
}

/** One set of rule data: `structure` or `text` for the built-in ones. */
export interface RuleSet {
  name: string;
  rules: readonly unknown[];
}

/** Every problem in the rule data, each naming the rule (id, or index when it has none) and the JSON path. */
export class RuleDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid checker rules:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'RuleDataError';
  }
}

const WCAG_CRITERION = /^\d\.\d\.\d{1,2}$/;

/**
 * The registry rule data names checks from. Structural and text checks share one namespace, so a
 * name may be defined once only.
 */
export function checkRegistry(
  registries: Record<string, Record<string, CheckFunction>> = {
    structure: structureChecks,
    text: textChecks,
  },
): Map<string, CheckFunction> {
  const merged = new Map<string, CheckFunction>();
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const [registryName, registry] of Object.entries(registries)) {
    for (const [name, check] of Object.entries(registry)) {
      const first = owner.get(name);
      if (first)
        clashes.push(`check "${name}" is defined in both the ${first} and ${registryName} checks`);
      owner.set(name, registryName);
      merged.set(name, check);
    }
  }
  if (clashes.length > 0) throw new RuleDataError(clashes);
  return merged;
}

/**
 * Validates rule data and binds each rule to its check. Checks, in order: the rule schema
 * (`ruleSchema`); unique ids; the check name exists; every indicator exists in the rule's
 * framework; tags are `indicator`/`info` rules with at least one indicator; accessibility findings
 * name their WCAG 2.1 success criterion. All problems are reported together.
 */
export function loadRules(
  sets: readonly RuleSet[],
  registry: Map<string, CheckFunction> = checkRegistry(),
): LoadedRule[] {
  const problems: string[] = [];
  const loaded: LoadedRule[] = [];
  const seen = new Map<string, string>();
  for (const set of sets) {
    set.rules.forEach((value, index) => {
      const id = ruleIdOf(value);
      const where = `${set.name} rule ${index}${id ? ` ("${id}")` : ''}`;
      const parsed = ruleSchema.safeParse(value, { reportInput: true });
      if (!parsed.success) {
        for (const p of problemsFromZod(parsed.error.issues))
          problems.push(`${where}: ${p.path}: ${p.message}`);
        return;
      }
      const rule = parsed.data;
      const own = ruleProblems(rule, registry);
      const earlier = seen.get(rule.id);
      if (earlier) own.push(`$.id: the id "${rule.id}" is already used by ${earlier}`);
      seen.set(rule.id, where);
      if (own.length > 0) {
        for (const p of own) problems.push(`${where}: ${p}`);
        return;
      }
      loaded.push({ rule, check: registry.get(rule.check) as CheckFunction });
    });
  }
  if (problems.length > 0) throw new RuleDataError(problems);
  return loaded;
}

function ruleIdOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' && id) return id;
  }
  return undefined;
}

function ruleProblems(rule: Rule, registry: Map<string, CheckFunction>): string[] {
  const problems: string[] = [];
  if (!registry.has(rule.check)) {
    problems.push(
      `$.check: no check named "${rule.check}"; known checks: ${[...registry.keys()].sort().join(', ')}`,
    );
  }
  const frameworkId = rule.frameworkId ?? DEFAULT_FRAMEWORK_ID;
  if (!isBuiltInFrameworkId(frameworkId)) {
    problems.push(`$.frameworkId: no built-in framework "${frameworkId}"`);
  } else {
    const framework = builtInFramework(frameworkId as BuiltInFrameworkId);
    rule.indicators.forEach((indicatorId, i) => {
      const node = findNode(framework, indicatorId);
      if (!node || node.level !== framework.ratedLevel) {
        problems.push(`$.indicators[${i}]: no indicator "${indicatorId}" in ${frameworkId}`);
      }
    });
  }
  if (rule.kind === 'tag') {
    if (rule.category !== 'indicator')
      problems.push('$.category: a tag must have the category "indicator"');
    if (rule.severity !== 'info') problems.push('$.severity: a tag must have the severity "info"');
    if (rule.indicators.length === 0)
      problems.push('$.indicators: a tag must name at least one indicator');
  } else if (rule.category === 'indicator') {
    problems.push('$.category: "indicator" is for tags; give a finding its kind of problem');
  }
  if (rule.minimumPassages !== undefined && rule.kind !== 'tag') {
    problems.push('$.minimumPassages: only a tag can ask for more than one passage');
  }
  if (rule.category === 'accessibility' && !rule.wcag) {
    problems.push(
      '$.wcag: an accessibility rule must name its WCAG 2.1 success criterion, e.g. "1.1.1"',
    );
  }
  if (rule.wcag && !WCAG_CRITERION.test(rule.wcag)) {
    problems.push(`$.wcag: expected a success criterion such as "1.1.1", got "${rule.wcag}"`);
  }
  return problems;
}

let builtIns: LoadedRule[] | undefined;

/** The built-in structural and text rules, validated once on first use. */
export function builtInRules(): LoadedRule[] {
  builtIns ??= loadRules([
    { name: 'structure', rules: structureRuleData },
    { name: 'text', rules: textRuleData },
  ]);
  return builtIns;
}
