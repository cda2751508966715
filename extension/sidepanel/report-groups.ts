import type { Report } from '../../shared/checker';
import {
  CATEGORIES,
  type Category,
  compareFindings,
  type Finding,
  SEVERITIES,
  type Severity,
} from '../../shared/checker/finding';
import {
  compareIndicatorIds,
  type EvidenceGroup,
  groupEvidence,
} from '../../shared/checker/report/indicator-evidence';

export type EvidencedIndicator = EvidenceGroup;

export interface MissingIndicator {
  indicatorId: string;
  indicatorText?: string;
  suggestion?: string;
  source?: string;
}

export interface FindingGroup {
  category: Category;
  findings: Finding[];
}

/**
 * Indicators the message evidences, in framework order, each with its tags in document order,
 * one per quote.
 */
export function evidencedIndicators(report: Report): EvidencedIndicator[] {
  const groups = groupEvidence(report.tags);
  for (const group of groups) {
    group.tags.sort(
      (a, b) =>
        (a.position?.ref ?? Number.MAX_SAFE_INTEGER) -
          (b.position?.ref ?? Number.MAX_SAFE_INTEGER) ||
        (a.position?.start ?? 0) - (b.position?.start ?? 0),
    );
  }
  return groups;
}

/** Standard 2 indicators with no evidence, each with the report's suggestion. */
export function missingIndicators(report: Report): MissingIndicator[] {
  return report.summary.standard2.missing
    .slice()
    .sort(compareIndicatorIds)
    .map((indicatorId) => {
      const suggestion = report.suggestions.find((s) => s.indicatorId === indicatorId);
      return suggestion
        ? {
            indicatorId,
            indicatorText: suggestion.indicatorText,
            suggestion: suggestion.suggestion,
            source: suggestion.source,
          }
        : { indicatorId };
    });
}

const SEVERITY_RANK: Record<Severity, number> = Object.fromEntries(
  SEVERITIES.map((s, i) => [s, i]),
) as Record<Severity, number>;

/**
 * Findings grouped by category; groups with the most severe findings first (ties in the
 * checker's category order), and inside each group the most severe first, then document order.
 */
export function findingGroups(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<Category, Finding[]>();
  for (const finding of findings) {
    const list = groups.get(finding.category);
    if (list) list.push(finding);
    else groups.set(finding.category, [finding]);
  }
  const out: FindingGroup[] = [...groups].map(([category, list]) => ({
    category,
    findings: list.slice().sort(compareFindings),
  }));
  const worst = (g: FindingGroup) => Math.min(...g.findings.map((f) => SEVERITY_RANK[f.severity]));
  return out.sort(
    (a, b) =>
      worst(a) - worst(b) || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category),
  );
}

/** Counts by severity over every category (tags excluded: they are not problems). */
export function severityTotals(report: Report): Record<Severity, number> {
  const totals = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const finding of report.findings) totals[finding.severity]++;
  return totals;
}
