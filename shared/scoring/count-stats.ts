/**
 * Statistics of scores held as counts per score, so that a summary costs the same for five
 * ratings or five million: `counts[start + i]` raters gave the score `firstScore + i`.
 */
export interface CountStats {
  /** How many scores were counted. */
  n: number;
  mean: number | null;
  /** The middle score; the average of the two middle ones when n is even. */
  median: number | null;
  /** Population standard deviation (Sheets' STDEVP): the spread of these raters, 0 for one rating. */
  sd: number | null;
  min: number | null;
  max: number | null;
}

export function statsFromCounts(
  counts: ArrayLike<number>,
  start: number,
  length: number,
  firstScore: number,
): CountStats {
  let n = 0;
  let sum = 0;
  let min: number | null = null;
  let max: number | null = null;
  for (let i = 0; i < length; i++) {
    const c = counts[start + i] ?? 0;
    if (c === 0) continue;
    const score = firstScore + i;
    n += c;
    sum += c * score;
    if (min === null) min = score;
    max = score;
  }
  if (n === 0) return { n, mean: null, median: null, sd: null, min: null, max: null };
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < length; i++) {
    const c = counts[start + i] ?? 0;
    const d = firstScore + i - mean;
    squares += c * d * d;
  }
  const median =
    (scoreAtRank(counts, start, length, firstScore, (n - 1) >> 1) +
      scoreAtRank(counts, start, length, firstScore, n >> 1)) /
    2;
  return { n, mean, median, sd: Math.sqrt(squares / n), min, max };
}

/** The score at 0-based position `rank` if all scores were sorted. */
function scoreAtRank(
  counts: ArrayLike<number>,
  start: number,
  length: number,
  firstScore: number,
  rank: number,
): number {
  let seen = 0;
  for (let i = 0; i < length; i++) {
    seen += counts[start + i] ?? 0;
    if (seen > rank) return firstScore + i;
  }
  return firstScore + length - 1;
}

/** The positions (0-based, within the slice) holding the largest count, and that count. */
export function modesOfCounts(
  counts: ArrayLike<number>,
  start: number,
  length: number,
): { positions: number[]; count: number } {
  let best = 0;
  let positions: number[] = [];
  for (let i = 0; i < length; i++) {
    const c = counts[start + i] ?? 0;
    if (c === 0) continue;
    if (c > best) {
      best = c;
      positions = [i];
    } else if (c === best) {
      positions.push(i);
    }
  }
  return { positions, count: best };
}
