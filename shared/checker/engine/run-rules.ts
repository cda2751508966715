import type { Hit } from '../checks/types';
import type { Finding } from '../finding';
import type { Rule } from '../rule-schema';
import { contextFor, type DocumentAnalysis } from './analysis';
import { DEFAULT_FRAMEWORK_ID, type LoadedRule } from './load-rules';

export interface RuleFailure {
  ruleId: string;
  error: unknown;
}

export interface RuleRun {
  findings: Finding[];
  failures: RuleFailure[];
}

/**
 * Runs each rule's check and turns its hits into findings. A check that throws is a bug: with
 * `strict` it propagates (tests), otherwise the other rules still run and the failure is returned,
 * so one broken rule never costs a communicator the whole report.
 */
export function runRules(
  analysis: DocumentAnalysis,
  rules: readonly LoadedRule[],
  options: { strict?: boolean } = {},
): RuleRun {
  return runRulesOnEach([analysis], rules, options)[0] as RuleRun;
}

/**
 * `runRules` for several documents at once, rule by rule: each rule reads every document before the
 * next rule starts, so its compiled regexes and data stay in the processor's caches instead of being
 * fetched again for each document (a batch of short newsletters is checked about a fifth faster).
 * The findings of each document are exactly those `runRules` gives it alone.
 */
export function runRulesOnEach(
  analyses: readonly DocumentAnalysis[],
  rules: readonly LoadedRule[],
  { strict = false }: { strict?: boolean } = {},
): RuleRun[] {
  const runs = analyses.map(() => ({ findings: [] as Finding[], failures: [] as RuleFailure[] }));
  const seen = analyses.map(() => new Set<string>());
  for (const { rule, check } of rules) {
    analyses.forEach((analysis, i) => {
      const run = runs[i] as RuleRun;
      let produced: Finding[];
      try {
        produced = check(contextFor(analysis, rule)).flatMap((hit) => findingsFromHit(rule, hit));
      } catch (error) {
        if (strict) {
          throw new Error(`Rule "${rule.id}" (check "${rule.check}") failed: ${describe(error)}`, {
            cause: error,
          });
        }
        run.failures.push({ ruleId: rule.id, error });
        return;
      }
      const keys = seen[i] as Set<string>;
      for (const finding of produced) {
        const key = `${finding.ruleId}|${finding.indicatorId ?? ''}|${finding.position?.ref ?? ''}|${finding.position?.start ?? ''}|${finding.position?.end ?? ''}|${finding.quote}`;
        if (keys.has(key)) continue;
        keys.add(key);
        run.findings.push(finding);
      }
    });
  }
  return runs;
}

/**
 * A hit becomes one finding; a tag hit becomes one tag per indicator it evidences (the hit's own
 * `indicatorId`, or all of the rule's).
 */
export function findingsFromHit(rule: Rule, hit: Hit): Finding[] {
  const base: Finding = {
    ruleId: rule.id,
    kind: rule.kind,
    category: rule.category,
    severity: hit.severity ?? rule.severity,
    quote: hit.quote,
    message: hit.message ?? rule.message,
    note: rule.note,
    source: hit.source ?? rule.source,
  };
  if (hit.position) base.position = checkedPosition(rule, hit);
  if (rule.wcag) base.wcag = rule.wcag;
  const indicators =
    hit.indicatorId !== undefined
      ? [hit.indicatorId]
      : rule.kind === 'tag'
        ? rule.indicators
        : rule.indicators.slice(0, 1);
  if (indicators.length === 0) return [base];
  const frameworkId = rule.frameworkId ?? DEFAULT_FRAMEWORK_ID;
  return indicators.map((indicatorId) => ({ ...base, indicatorId, frameworkId }));
}

function checkedPosition(rule: Rule, hit: Hit) {
  const position = hit.position as NonNullable<Hit['position']>;
  const { ref, start, end } = position;
  const ok = [ref, start, end].every((n) => Number.isInteger(n) && n >= 0) && end >= start;
  if (!ok) {
    throw new Error(
      `Rule "${rule.id}" returned an invalid position ${JSON.stringify(position)}: ref, start and end must be whole numbers with end >= start.`,
    );
  }
  return { ref, start, end };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
