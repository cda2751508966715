import type { Finding, Severity } from '../../shared/checker';

/** One violation as the page-side runner returns it: axe's result, trimmed to what we show. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  description: string;
  helpUrl: string;
  tags: string[];
  nodes: {
    target: string[];
    text: string;
    failureSummary: string;
    /** The element's refs in the frame's last check (a link has two: its block's and its own). */
    refs?: number[];
  }[];
}

export interface AxeTarget {
  frameId: number;
  selector: string[];
}

/** At most this many elements per rule become findings (colour contrast can flag hundreds). */
export const MAX_NODES_PER_RULE = 25;

const SEVERITY: Record<string, Severity> = {
  critical: 'serious',
  serious: 'serious',
  moderate: 'moderate',
  minor: 'minor',
};

/** axe's tag for a success criterion, `wcag143` or `wcag1412`, as `1.4.3` or `1.4.12`. */
export function wcagFromTags(tags: readonly string[]): string | undefined {
  for (const tag of tags) {
    const match = /^wcag(\d)(\d)(\d+)$/.exec(tag);
    if (match) return `${match[1]}.${match[2]}.${match[3]}`;
  }
  return undefined;
}

/** One axe result: the finding, where it is in its frame, and the report's refs for its element. */
export interface AxeResult {
  finding: Finding;
  target: AxeTarget;
  /** Empty when the check did not read the element; used to match the checker's own findings. */
  elementRefs: number[];
}

/**
 * axe-core violations as report findings, each pointing at its element by selector, with the
 * report's refs for the element that `reportRef` finds from the frame's own.
 */
export function axeViolationsToFindings(
  violations: readonly AxeViolation[],
  frameId: number,
  axeVersion: string,
  reportRef: (frameId: number, frameRef: number) => number | undefined = () => undefined,
): AxeResult[] {
  const out: AxeResult[] = [];
  for (const violation of violations) {
    const wcag = wcagFromTags(violation.tags);
    const nodes = violation.nodes.slice(0, MAX_NODES_PER_RULE);
    const more = violation.nodes.length - nodes.length;
    for (const node of nodes) {
      const summary = node.failureSummary
        .replace(/^Fix (any|all) of the following:\s*/i, '')
        .split('\n')[0]
        ?.trim();
      const finding: Finding = {
        ruleId: `axe-${violation.id}`,
        kind: 'finding',
        category: 'accessibility',
        severity: SEVERITY[violation.impact ?? ''] ?? 'moderate',
        quote: node.text,
        message: summary ? `${violation.help}: ${summary}` : violation.help,
        note:
          more > 0
            ? `${violation.description} (${more} more elements not listed.)`
            : violation.description,
        source: `axe-core ${axeVersion}, rule ${violation.id} (${violation.helpUrl.replace(/\?.*$/, '')})`,
      };
      if (wcag) finding.wcag = wcag;
      const elementRefs = (node.refs ?? []).flatMap((ref) => {
        const reportLevel = reportRef(frameId, ref);
        return reportLevel === undefined ? [] : [reportLevel];
      });
      out.push({ finding, target: { frameId, selector: node.target }, elementRefs });
    }
  }
  return out;
}
