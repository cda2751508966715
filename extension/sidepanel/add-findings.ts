import type { Finding, Report } from '../../shared/checker';
import { countFindings } from '../../shared/checker/report/summary';

/**
 * axe-core rules outside WCAG (best practices) that test what one of the checker's rules tests.
 * Rules under a WCAG criterion are matched by the criterion instead.
 */
const SAME_TEST_AS_CHECKER: Record<string, string> = {
  'axe-heading-order': 'heading-level-skipped',
};

/** A finding to add, with the report's refs for the element it is about (empty when unknown). */
export interface AddedFinding {
  finding: Finding;
  elementRefs: readonly number[];
}

/**
 * Whether `existing` already reports what `added` reports: the same element (one of the report's
 * refs for it) and the same WCAG criterion, or a best-practice rule that tests the same.
 */
function reportsTheSame(existing: Finding, { finding: added, elementRefs }: AddedFinding): boolean {
  if (existing.position === undefined || !elementRefs.includes(existing.position.ref)) return false;
  if (existing.category !== added.category) return false;
  if (added.wcag !== undefined && existing.wcag === added.wcag) return true;
  return SAME_TEST_AS_CHECKER[added.ruleId] === existing.ruleId;
}

/**
 * The report with more findings (the full accessibility check's), counts and total kept in step.
 * A finding the report already has for the same element and criterion is not added again;
 * `added` says how many were new.
 */
export function addFindings(
  report: Report,
  extra: readonly AddedFinding[],
): { report: Report; added: number } {
  const fresh = extra
    .filter((item) => !report.findings.some((existing) => reportsTheSame(existing, item)))
    .map((item) => item.finding);
  const findings = [...report.findings, ...fresh];
  const counts = countFindings([...report.tags, ...findings]);
  return {
    report: {
      ...report,
      findings,
      summary: { ...report.summary, counts, total: report.tags.length + findings.length },
    },
    added: fresh.length,
  };
}
