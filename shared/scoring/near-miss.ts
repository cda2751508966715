/** Longer entries are not typos of a label; comparing them would only cost time. */
const MAX_COMPARED_LENGTH = 40;

/**
 * The label the text was probably meant to be, for a "did you mean" hint. Never used to accept a
 * value: a near miss is still an error.
 */
export function nearestLabel(
  text: string,
  candidates: ReadonlyArray<{ key: string; label: string }>,
): string | undefined {
  if (text.length === 0 || text.length > MAX_COMPARED_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const { key, label } of candidates) {
    const allowed = key.length <= 4 ? 1 : 2;
    const distance = editDistance(text, key, allowed);
    if (distance <= allowed && distance < bestDistance && distance > 0) {
      best = label;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance (Levenshtein plus swapped neighbours), stopping past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}
