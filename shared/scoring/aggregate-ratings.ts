import type { Framework } from '../frameworks';
import { type FrameworkIndex, indexFramework, resolveItem } from './framework-index';
import { type AlphaResult, alphaFromUnitCounts } from './krippendorff-alpha';
import { type LevelSummary, summarizeLevelCounts } from './level-summary';
import { placeWords } from './location';
import { valueError } from './row-fields';
import {
  ROLE_LABELS,
  SCORED_LEVELS,
  TEAM_LEVEL_COUNT,
  TEAM_LEVEL_INDEX,
  teamLevelLabel,
} from './scales';
import { type Location, type Rating, ROLES, type Role, type ValueError } from './types';

/** The scores of one framework item (or of the whole framework), for everyone and per role. */
export interface NodeScores {
  id: string;
  level: 1 | 2 | 3;
  levelName: string;
  title?: string;
  text?: string;
  /** A level-2 item's guiding question. */
  question?: string;
  parentIds: string[];
  all: LevelSummary;
  byRole: Record<Role, LevelSummary>;
}

export interface AssessmentAgreement {
  /** Krippendorff's alpha over all rated items, ordinal metric: the headline figure. */
  ordinal: AlphaResult;
  nominal: AlphaResult;
  interval: AlphaResult;
}

/** One assessment (one team, one framework) scored. Plain data: safe to pass through google.script.run. */
export interface AssessmentScores {
  frameworkId: string;
  frameworkEdition: string;
  /** The framework's level names, outermost first. */
  levels: [string, string, string];
  ratedLevel: 1 | 2 | 3;
  overall: Omit<NodeScores, 'parentIds' | 'level' | 'levelName'> & { id: 'all' };
  /** The rated items in source order (indicators; standards for PTA 2008). */
  items: NodeScores[];
  /** Level-2 items (goals) at or above the rated level; empty when the framework rates level 1. */
  level2: NodeScores[];
  /** Level-1 items (standards). */
  level1: NodeScores[];
  byId: Record<string, NodeScores>;
  agreement: AssessmentAgreement;
  /** Ratings that entered the counts. */
  counted: number;
  /** Ratings left out, each explained in `errors`: counted + excluded = ratings given. */
  excluded: number;
  /** Distinct raters with at least one counted rating, in all and per role. */
  raters: { all: number; byRole: Record<Role, number> };
  errors: ValueError[];
}

const ROLE_INDEX = new Map<unknown, number>(ROLES.map((role, i) => [role, i]));
const LEVEL_INDEX = new Map<unknown, number>(Object.entries(TEAM_LEVEL_INDEX));
const GROUPS = ROLES.length + 1;
const SLOT = GROUPS * TEAM_LEVEL_COUNT;

/**
 * Counts ratings by item, level-2 item, level-1 item and whole framework, for all raters and per
 * role, then summarises each group from its counts. Linear in the number of ratings.
 *
 * Goals and standards pool the ratings of their items: each rating counts once, so a standard's
 * mean is the mean of all its ratings, not the mean of its indicators' means.
 *
 * A rating is left out, with an error that says where it is, when its item is not rated in this
 * framework, its level or role is not on the scale, or its rater rated the same item more than
 * once; in that last case none of that rater's ratings of the item count until one is removed,
 * since neither can be preferred without guessing.
 */
export function aggregateRatings(
  framework: Framework,
  ratings: Iterable<Rating>,
): AssessmentScores {
  const index = indexFramework(framework);
  const nodeCount = index.nodes.length;
  const overallNode = nodeCount;
  const counts = new Int32Array((nodeCount + 1) * SLOT);
  const ratedPosition = new Int32Array(nodeCount).fill(-1);
  index.rated.forEach((node, i) => {
    ratedPosition[node] = i;
  });

  const raterIds = new Map<string, number>();
  const seen: Array<Int32Array | undefined> = [];
  const conflicted: Array<Uint8Array | undefined> = [];
  const kept: Rating[] = [];
  const keptRater: number[] = [];
  const keptItem: number[] = [];
  const errors: ValueError[] = [];
  let excluded = 0;
  let given = 0;

  const add = (nodePosition: number, role: number, level: number, delta: number) => {
    for (const target of index.rollUp[nodePosition] ?? []) {
      counts[target * SLOT + level] = (counts[target * SLOT + level] ?? 0) + delta;
      const byRole = target * SLOT + (role + 1) * TEAM_LEVEL_COUNT + level;
      counts[byRole] = (counts[byRole] ?? 0) + delta;
    }
    counts[overallNode * SLOT + level] = (counts[overallNode * SLOT + level] ?? 0) + delta;
    const overallRole = overallNode * SLOT + (role + 1) * TEAM_LEVEL_COUNT + level;
    counts[overallRole] = (counts[overallRole] ?? 0) + delta;
  };

  for (const rating of ratings) {
    const where = rating.location ?? { field: `ratings[${given}]` };
    given++;
    const level = LEVEL_INDEX.get(rating.level);
    const role = ROLE_INDEX.get(rating.role);
    const nodePosition = nodePositionOf(index, rating.itemId);
    const problem =
      level === undefined
        ? `"${String(rating.level)}" is not a level of the team scale.`
        : role === undefined
          ? `"${String(rating.role)}" is not a rater role.`
          : nodePosition === undefined || (ratedPosition[nodePosition] ?? -1) < 0
            ? unknownItemReason(index, rating.itemId)
            : undefined;
    if (
      problem !== undefined ||
      level === undefined ||
      role === undefined ||
      nodePosition === undefined
    ) {
      excluded++;
      errors.push(valueError(where, rating.itemId, problem ?? 'this rating could not be read.'));
      continue;
    }
    const item = ratedPosition[nodePosition] ?? 0;
    let rater = raterIds.get(rating.raterId);
    if (rater === undefined) {
      rater = raterIds.size;
      raterIds.set(rating.raterId, rater);
    }
    let raterSeen = seen[rater];
    if (!raterSeen) {
      raterSeen = new Int32Array(index.rated.length);
      seen[rater] = raterSeen;
    }
    const first = raterSeen[item] ?? 0;
    if (first === 0) {
      raterSeen[item] = kept.length + 1;
      kept.push(rating);
      keptRater.push(rater);
      keptItem.push(item);
      add(nodePosition, role, level, 1);
      continue;
    }
    // A second (or later) rating of the same item by the same rater.
    excluded++;
    const firstRating = kept[first - 1] as Rating;
    let raterConflicts = conflicted[rater];
    if (!raterConflicts) {
      raterConflicts = new Uint8Array(index.rated.length);
      conflicted[rater] = raterConflicts;
    }
    if (raterConflicts[item] === 0) {
      raterConflicts[item] = 1;
      excluded++;
      const firstRole = ROLE_INDEX.get(firstRating.role) ?? 0;
      add(nodePosition, firstRole, TEAM_LEVEL_INDEX[firstRating.level], -1);
    }
    errors.push(duplicateError(rating, where, firstRating, index));
  }

  const raterRoleSeen = new Map<string, Set<number>>();
  let counted = 0;
  for (let r = 0; r < kept.length; r++) {
    const rating = kept[r] as Rating;
    if (conflicted[keptRater[r] ?? 0]?.[keptItem[r] ?? 0]) continue;
    counted++;
    let roles = raterRoleSeen.get(rating.raterId);
    if (!roles) {
      roles = new Set();
      raterRoleSeen.set(rating.raterId, roles);
    }
    roles.add(ROLE_INDEX.get(rating.role) ?? 0);
  }

  const scoresAt = (position: number): Pick<NodeScores, 'all' | 'byRole'> => ({
    all: summarizeLevelCounts(counts, position * SLOT),
    byRole: Object.fromEntries(
      ROLES.map((role, i) => [
        role,
        summarizeLevelCounts(counts, position * SLOT + (i + 1) * TEAM_LEVEL_COUNT),
      ]),
    ) as Record<Role, LevelSummary>,
  });

  const byId: Record<string, NodeScores> = {};
  const items: NodeScores[] = [];
  const level2: NodeScores[] = [];
  const level1: NodeScores[] = [];
  index.nodes.forEach((node, position) => {
    if (node.level > framework.ratedLevel) return;
    const scores: NodeScores = {
      id: node.id,
      level: node.level,
      levelName: node.levelName,
      parentIds: node.parentIds,
      ...optionalText(node),
      ...scoresAt(position),
    };
    byId[node.id] = scores;
    if (node.level === framework.ratedLevel) items.push(scores);
    if (node.level === 2) level2.push(scores);
    if (node.level === 1) level1.push(scores);
  });

  const byRoleRaters = Object.fromEntries(ROLES.map((role) => [role, 0])) as Record<Role, number>;
  for (const roles of raterRoleSeen.values()) {
    for (const role of roles) {
      const name = ROLES[role] as Role;
      byRoleRaters[name]++;
    }
  }

  return {
    frameworkId: framework.id,
    frameworkEdition: framework.edition,
    levels: framework.levels,
    ratedLevel: framework.ratedLevel,
    overall: { id: 'all', ...scoresAt(overallNode) },
    items,
    level2,
    level1,
    byId,
    agreement: agreementOfItems(counts, index.rated),
    counted,
    excluded,
    raters: { all: raterRoleSeen.size, byRole: byRoleRaters },
    errors,
  };
}

function nodePositionOf(index: FrameworkIndex, itemId: unknown): number | undefined {
  return typeof itemId === 'string' ? index.nodeIndex.get(itemId) : undefined;
}

function unknownItemReason(index: FrameworkIndex, itemId: unknown): string {
  if (typeof itemId !== 'string') return 'the rating has no item id.';
  const resolved = resolveItem(index, itemId);
  return resolved.ok ? `"${itemId}" should be written "${resolved.id}".` : resolved.reason;
}

function duplicateError(
  rating: Rating,
  where: Location,
  first: Rating,
  index: FrameworkIndex,
): ValueError {
  const ratedName = index.framework.levels[index.framework.ratedLevel - 1];
  const firstWhere = first.location ?? {};
  const reason =
    `${rating.raterId} (${ROLE_LABELS[rating.role].en.toLowerCase()}) rated ${ratedName} ${rating.itemId} ` +
    `again (${teamLevelLabel(rating.level)}); it was already rated ${teamLevelLabel(first.level)} at ` +
    `${placeWords(firstWhere)}. Neither rating counts until one is removed.`;
  return valueError(where, rating.level, reason, [firstWhere]);
}

function optionalText(node: { title?: string; text?: string; question?: string }) {
  const out: { title?: string; text?: string; question?: string } = {};
  if (node.title !== undefined) out.title = node.title;
  if (node.text !== undefined) out.text = node.text;
  if (node.question !== undefined) out.question = node.question;
  return out;
}

/** Alpha over the rated items as units and the scored levels as values; Not sure is missing data. */
function agreementOfItems(counts: Int32Array, rated: readonly number[]): AssessmentAgreement {
  const values = SCORED_LEVELS.map((_, score) => score);
  const unitCounts = new Int32Array(rated.length * values.length);
  rated.forEach((node, u) => {
    for (let v = 0; v < values.length; v++)
      unitCounts[u * values.length + v] = counts[node * SLOT + v] ?? 0;
  });
  return {
    ordinal: alphaFromUnitCounts(unitCounts, values, 'ordinal'),
    nominal: alphaFromUnitCounts(unitCounts, values, 'nominal'),
    interval: alphaFromUnitCounts(unitCounts, values, 'interval'),
  };
}
