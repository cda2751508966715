import type { Finding } from '../finding';

/**
 * How many passages evidence each tagged indicator. On the 58 real messages never tuned on (sets
 * AD and AE), an indicator found in one passage was right 52% of the time, in two or more 75%; on
 * X to AD's 211 before round 18 was tuned on them, 65% against 88% (shared/checker/README.md, "How
 * sure a tag is"), so readers are asked to check the one-passage tags.
 */
export interface IndicatorEvidence {
  indicatorId: string;
  frameworkId: string;
  /** Distinct passages (quotes) that evidence it. */
  passages: number;
}

/** From this many passages on, an indicator's tag is reported without asking for a check. */
export const PASSAGES_FOR_CONFIDENCE = 2;

/**
 * The tags with one per indicator and quote: two rules that find the same sentence evidence the
 * indicator once, so it is listed once, counted once and counts as one passage. The first is kept.
 */
export function distinctEvidence<T extends Finding>(tags: readonly T[]): T[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = JSON.stringify([tag.frameworkId ?? '', tag.indicatorId ?? '', tag.quote.trim()]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Orders indicator ids by their numbers: 2.1.10 after 2.1.9. */
export function compareIndicatorIds(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** An indicator the tags evidence, with its passages: one tag per distinct quote, in tag order. */
export interface EvidenceGroup<T extends Finding = Finding> {
  indicatorId: string;
  frameworkId: string;
  tags: T[];
}

/**
 * The tags grouped by indicator, in framework order, one per quote (`distinctEvidence`): what the
 * report's passage counts, the CLI and the side panel all list.
 */
export function groupEvidence<T extends Finding>(tags: readonly T[]): EvidenceGroup<T>[] {
  const byIndicator = new Map<string, EvidenceGroup<T>>();
  for (const tag of distinctEvidence(tags)) {
    if (!tag.indicatorId) continue;
    const frameworkId = tag.frameworkId ?? 'pta-2022';
    const key = `${frameworkId}|${tag.indicatorId}`;
    const group = byIndicator.get(key);
    if (group) group.tags.push(tag);
    else byIndicator.set(key, { indicatorId: tag.indicatorId, frameworkId, tags: [tag] });
  }
  return [...byIndicator.values()].sort(
    (a, b) =>
      a.frameworkId.localeCompare(b.frameworkId) ||
      compareIndicatorIds(a.indicatorId, b.indicatorId),
  );
}

/** Each indicator the tags evidence, in framework order, with its number of passages. */
export function indicatorEvidence(tags: readonly Finding[]): IndicatorEvidence[] {
  return groupEvidence(tags).map(({ indicatorId, frameworkId, tags: passages }) => ({
    indicatorId,
    frameworkId,
    passages: passages.length,
  }));
}

/** Whether an indicator rests on too few passages to be taken without a look. */
export function needsCheck(passages: number): boolean {
  return passages < PASSAGES_FOR_CONFIDENCE;
}
