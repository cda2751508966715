import type { Finding, Report } from '../../shared/checker';
import { CATEGORIES, SEVERITIES } from '../../shared/checker/finding';

/** The report with more findings (the full accessibility check's), counts and total kept in step. */
export function addFindings(report: Report, extra: readonly Finding[]): Report {
  const findings = [...report.findings, ...extra];
  const counts = Object.fromEntries(
    CATEGORIES.map((c) => [c, Object.fromEntries(SEVERITIES.map((s) => [s, 0]))]),
  ) as Report['summary']['counts'];
  for (const finding of [...report.tags, ...findings]) {
    const row = counts[finding.category];
    if (row) row[finding.severity] = (row[finding.severity] ?? 0) + 1;
  }
  return {
    ...report,
    findings,
    summary: { ...report.summary, counts, total: report.tags.length + findings.length },
  };
}
