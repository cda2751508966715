import { builtInFramework, ratedNodes } from '../../frameworks';
import { CATEGORIES, type Category, type Finding, SEVERITIES, type Severity } from '../finding';
import type { Report } from '../report';

/** Counts of tags and findings by category and severity, every cell present (zeros included). */
export function countFindings(all: readonly Finding[]): Report['summary']['counts'] {
  const counts = {} as Record<Category, Record<Severity, number>>;
  for (const category of CATEGORIES) {
    counts[category] = {} as Record<Severity, number>;
    for (const severity of SEVERITIES) counts[category][severity] = 0;
  }
  for (const finding of all) counts[finding.category][finding.severity]++;
  return counts;
}

/** The nine indicators of Standard 2 (Communicate Effectively), in framework order. */
export function standard2Indicators(): string[] {
  return ratedNodes(builtInFramework('pta-2022'))
    .filter((node) => node.parentIds[0] === '2')
    .map((node) => node.id);
}

export function standard2Coverage(tags: readonly Finding[]): Report['summary']['standard2'] {
  const evidenced = new Set(
    tags.filter((t) => t.frameworkId === 'pta-2022' && t.indicatorId).map((t) => t.indicatorId),
  );
  const all = standard2Indicators();
  return {
    evidenced: all.filter((id) => evidenced.has(id)),
    missing: all.filter((id) => !evidenced.has(id)),
  };
}
