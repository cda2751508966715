import type { AssessmentScores, NodeScores } from './aggregate-ratings';

/** How one item moved between two assessments. */
export interface ItemChange {
  id: string;
  levelName: string;
  title?: string;
  text?: string;
  before: { mean: number; shareProgressingOrAbove: number; scored: number };
  after: { mean: number; shareProgressingOrAbove: number; scored: number };
  /** after - before, on the 0-3 scale. */
  meanChange: number;
  /** after - before, as a share (0.25 = 25 percentage points). */
  shareChange: number;
}

export interface AssessmentComparison {
  /** False when the two assessments use different frameworks: items are matched by id only. */
  sameFramework: boolean;
  /** Rated items scored in both, in the later assessment's order. */
  items: ItemChange[];
  /** Level-1 items (standards) scored in both. */
  standards: ItemChange[];
  /** Ids of rated items with scored ratings in only one of the two assessments. */
  onlyBefore: string[];
  onlyAfter: string[];
}

/**
 * Last year against this year: the change per rated item and per standard in mean and in share
 * at Progressing or above. An item counts as present when it has at least one scored rating.
 */
export function compareAssessments(
  before: AssessmentScores,
  after: AssessmentScores,
): AssessmentComparison {
  const scoredIds = (list: NodeScores[]) =>
    new Set(list.filter((node) => node.all.mean !== null).map((node) => node.id));
  const beforeIds = scoredIds(before.items);
  const afterIds = scoredIds(after.items);
  return {
    sameFramework:
      before.frameworkId === after.frameworkId &&
      before.frameworkEdition === after.frameworkEdition,
    items: changes(before.items, after.items),
    standards: changes(before.level1, after.level1),
    onlyBefore: before.items
      .filter((n) => beforeIds.has(n.id) && !afterIds.has(n.id))
      .map((n) => n.id),
    onlyAfter: after.items
      .filter((n) => afterIds.has(n.id) && !beforeIds.has(n.id))
      .map((n) => n.id),
  };
}

function changes(before: NodeScores[], after: NodeScores[]): ItemChange[] {
  const earlier = new Map(before.map((node) => [node.id, node]));
  const out: ItemChange[] = [];
  for (const now of after) {
    const then = earlier.get(now.id);
    const a = snapshot(then);
    const b = snapshot(now);
    if (!a || !b) continue;
    const change: ItemChange = {
      id: now.id,
      levelName: now.levelName,
      before: a,
      after: b,
      meanChange: b.mean - a.mean,
      shareChange: b.shareProgressingOrAbove - a.shareProgressingOrAbove,
    };
    if (now.title !== undefined) change.title = now.title;
    if (now.text !== undefined) change.text = now.text;
    out.push(change);
  }
  return out;
}

function snapshot(node: NodeScores | undefined) {
  const { mean, shareProgressingOrAbove, scored } = node?.all ?? {};
  if (mean == null || shareProgressingOrAbove == null || scored === undefined) return undefined;
  return { mean, shareProgressingOrAbove, scored };
}
