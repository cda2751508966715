import type { AssessmentScores, NodeScores } from './aggregate-ratings';
import type { ScoredLevel } from './types';

/** One line of the team's discussion agenda. */
export interface PriorityRow {
  /** 1 for the first item to discuss. */
  rank: number;
  id: string;
  levelName: string;
  title?: string;
  text?: string;
  /** The enclosing items, outermost first (standard, then goal). */
  parents: Array<{ id: string; levelName: string; title?: string; text?: string }>;
  /** The guiding question of the enclosing level-2 item (the goal), where the framework has one. */
  question?: string;
  n: number;
  scored: number;
  mean: number | null;
  levelOfMean: ScoredLevel | null;
  shareProgressingOrAbove: number | null;
  sd: number | null;
  modalShare: number | null;
  /** Fewer scored ratings than `minScored`: read its figures with care. */
  fewRatings: boolean;
}

export interface Priorities {
  /** Lowest mean first; ties go to the lower share at Progressing or above, then source order. */
  byLowMean: PriorityRow[];
  /** Most disagreement first: larger spread, then a smaller share at the most common level. */
  byDisagreement: PriorityRow[];
  /** Items nobody has scored yet: no mean to rank. */
  unscored: PriorityRow[];
  minScored: number;
}

export const DEFAULT_MIN_SCORED = 3;

/**
 * The discussion agenda: the rated items ranked by low mean and, separately, by disagreement.
 * Items with fewer than `minScored` scored ratings are ranked but flagged `fewRatings`.
 * Only items with at least two scored ratings can disagree, so only they are ranked by disagreement.
 */
export function rankPriorities(
  scores: AssessmentScores,
  options: { minScored?: number } = {},
): Priorities {
  const minScored = options.minScored ?? DEFAULT_MIN_SCORED;
  const rows = scores.items.map((item, order) => ({
    item,
    order,
    row: toRow(scores, item, minScored),
  }));
  const scored = rows.filter(({ item }) => item.all.mean !== null);

  const byLowMean = [...scored]
    .sort(
      (a, b) =>
        (a.item.all.mean ?? 0) - (b.item.all.mean ?? 0) ||
        (a.item.all.shareProgressingOrAbove ?? 0) - (b.item.all.shareProgressingOrAbove ?? 0) ||
        a.order - b.order,
    )
    .map(({ row }, i) => ({ ...row, rank: i + 1 }));

  const byDisagreement = scored
    .filter(({ item }) => item.all.scored >= 2)
    .sort(
      (a, b) =>
        (b.item.all.sd ?? 0) - (a.item.all.sd ?? 0) ||
        (a.item.all.modalShare ?? 1) - (b.item.all.modalShare ?? 1) ||
        a.order - b.order,
    )
    .map(({ row }, i) => ({ ...row, rank: i + 1 }));

  const unscored = rows
    .filter(({ item }) => item.all.mean === null)
    .map(({ row }, i) => ({ ...row, rank: i + 1 }));

  return { byLowMean, byDisagreement, unscored, minScored };
}

function toRow(scores: AssessmentScores, item: NodeScores, minScored: number): PriorityRow {
  const parents = item.parentIds.map((id) => {
    const parent = scores.byId[id];
    const out: PriorityRow['parents'][number] = { id, levelName: parent?.levelName ?? '' };
    if (parent?.title !== undefined) out.title = parent.title;
    if (parent?.text !== undefined) out.text = parent.text;
    return out;
  });
  const goal = item.parentIds.map((id) => scores.byId[id]).find((p) => p?.level === 2);
  const question = item.level === 2 ? item.question : goal?.question;
  const row: PriorityRow = {
    rank: 0,
    id: item.id,
    levelName: item.levelName,
    parents,
    n: item.all.n,
    scored: item.all.scored,
    mean: item.all.mean,
    levelOfMean: item.all.levelOfMean,
    shareProgressingOrAbove: item.all.shareProgressingOrAbove,
    sd: item.all.sd,
    modalShare: item.all.modalShare,
    fewRatings: item.all.scored < minScored,
  };
  if (item.title !== undefined) row.title = item.title;
  if (item.text !== undefined) row.text = item.text;
  if (question !== undefined) row.question = question;
  return row;
}
