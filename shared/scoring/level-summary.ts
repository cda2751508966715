import { modesOfCounts, statsFromCounts } from './count-stats';
import { NOT_SURE_INDEX, SCORED_LEVELS } from './scales';
import type { ScoredLevel, TeamLevel } from './types';

/** Everything the team sees about one group of ratings (an item, a goal, a standard, a role...). */
export interface LevelSummary {
  /** Responses, Not sure included. */
  n: number;
  notSure: number;
  /** Responses that carry a score (n - notSure): the denominator of every figure below. */
  scored: number;
  /** How many said each of the five levels. Sums to n. */
  distribution: Record<TeamLevel, number>;
  mean: number | null;
  median: number | null;
  /** The level whose score is nearest the mean; see `levelNamedByMean`. */
  levelOfMean: ScoredLevel | null;
  /** Share of scored responses at Progressing or Excelling, 0 to 1. */
  shareProgressingOrAbove: number | null;
  /** Population standard deviation of the scores. */
  sd: number | null;
  min: number | null;
  max: number | null;
  /** The most common scored level(s); several when tied, lowest first. */
  modalLevels: ScoredLevel[];
  /** Share of scored responses at the most common level, 0 to 1. */
  modalShare: number | null;
}

/**
 * Where the mean's level changes: the midpoints between scores, so the mean names the level it
 * is nearest to. A mean of exactly 2.5 is Excelling, 1.5 Progressing, 0.5 Emerging.
 */
export const LEVEL_OF_MEAN_THRESHOLDS: ReadonlyArray<{ level: ScoredLevel; atLeast: number }> = [
  { level: 'excelling', atLeast: 2.5 },
  { level: 'progressing', atLeast: 1.5 },
  { level: 'emerging', atLeast: 0.5 },
  { level: 'below', atLeast: Number.NEGATIVE_INFINITY },
];

export function levelNamedByMean(mean: number): ScoredLevel {
  for (const { level, atLeast } of LEVEL_OF_MEAN_THRESHOLDS) {
    if (mean >= atLeast) return level;
  }
  return 'below';
}

/** Summarises five counts laid out as TEAM_LEVEL_INDEX says, starting at `start`. */
export function summarizeLevelCounts(counts: ArrayLike<number>, start = 0): LevelSummary {
  const at = (i: number) => counts[start + i] ?? 0;
  const stats = statsFromCounts(counts, start, SCORED_LEVELS.length, 0);
  const notSure = at(NOT_SURE_INDEX);
  const scored = stats.n;
  const modes = modesOfCounts(counts, start, SCORED_LEVELS.length);
  return {
    n: scored + notSure,
    notSure,
    scored,
    distribution: {
      excelling: at(3),
      progressing: at(2),
      emerging: at(1),
      below: at(0),
      'not-sure': notSure,
    },
    mean: stats.mean,
    median: stats.median,
    levelOfMean: stats.mean === null ? null : levelNamedByMean(stats.mean),
    shareProgressingOrAbove: scored === 0 ? null : (at(2) + at(3)) / scored,
    sd: stats.sd,
    min: stats.min,
    max: stats.max,
    modalLevels: modes.positions.map((i) => SCORED_LEVELS[i] as ScoredLevel),
    modalShare: scored === 0 ? null : modes.count / scored,
  };
}
