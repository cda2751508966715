/**
 * Krippendorff's alpha from a coincidence matrix, after Krippendorff (2011), "Computing
 * Krippendorff's Alpha-Reliability", University of Pennsylvania, https://repository.upenn.edu/asc_papers/43.
 *
 * alpha = 1 - Do / De, where Do is the disagreement observed within units and De the disagreement
 * expected by chance from all pairable values. Values are coded by their position in an ordered
 * list of values (for the team scale: the scores 0 to 3; Not sure is missing data).
 */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

export interface AlphaResult {
  metric: AlphaMetric;
  /**
   * null when alpha is undefined: no unit has two values to pair ("no-pairable-units"), or every
   * pairable value is the same so there is no variation to measure agreement against
   * ("no-variation"). When raters agree within every unit and values differ between units,
   * alpha is 1.
   */
  alpha: number | null;
  reason?: 'no-pairable-units' | 'no-variation';
  observedDisagreement: number | null;
  expectedDisagreement: number | null;
  /** Values in units with at least two values (n in the paper). */
  pairableValues: number;
  /** Units with at least two values. */
  pairableUnits: number;
}

/**
 * `unitCounts` is a flat array: unit u's count of value v is at `u * values.length + v`.
 * Units with fewer than two values do not enter alpha. Cost: units x values^2.
 */
export function alphaFromUnitCounts(
  unitCounts: ArrayLike<number>,
  values: readonly number[],
  metric: AlphaMetric,
): AlphaResult {
  const v = values.length;
  const units = v === 0 ? 0 : Math.floor(unitCounts.length / v);
  const coincidences = new Float64Array(v * v);
  let pairableUnits = 0;
  for (let u = 0; u < units; u++) {
    let m = 0;
    for (let c = 0; c < v; c++) m += unitCounts[u * v + c] ?? 0;
    if (m < 2) continue;
    pairableUnits++;
    for (let c = 0; c < v; c++) {
      const nc = unitCounts[u * v + c] ?? 0;
      if (nc === 0) continue;
      for (let k = 0; k < v; k++) {
        const nk = unitCounts[u * v + k] ?? 0;
        const pairs = c === k ? nc * (nk - 1) : nc * nk;
        if (pairs !== 0) coincidences[c * v + k] = (coincidences[c * v + k] ?? 0) + pairs / (m - 1);
      }
    }
  }
  const marginals = new Float64Array(v);
  let n = 0;
  for (let c = 0; c < v; c++) {
    for (let k = 0; k < v; k++) marginals[c] = (marginals[c] ?? 0) + (coincidences[c * v + k] ?? 0);
    n += marginals[c] ?? 0;
  }
  const pairableValues = Math.round(n);
  const undefinedResult = (reason: AlphaResult['reason']): AlphaResult => ({
    metric,
    alpha: null,
    reason,
    observedDisagreement: null,
    expectedDisagreement: null,
    pairableValues,
    pairableUnits,
  });
  if (pairableUnits === 0 || n <= 1) return undefinedResult('no-pairable-units');

  const delta = differenceFunction(metric, values, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < v; c++) {
    for (let k = 0; k < v; k++) {
      const d = delta(c, k);
      if (d === 0) continue;
      observed += (coincidences[c * v + k] ?? 0) * d;
      expected += (marginals[c] ?? 0) * (marginals[k] ?? 0) * d;
    }
  }
  const observedDisagreement = observed / n;
  const expectedDisagreement = expected / (n * (n - 1));
  if (expectedDisagreement === 0) return undefinedResult('no-variation');
  return {
    metric,
    alpha: 1 - observedDisagreement / expectedDisagreement,
    observedDisagreement,
    expectedDisagreement,
    pairableValues,
    pairableUnits,
  };
}

/** The squared difference between value positions c and k for each metric (Krippendorff 2011, section E). */
function differenceFunction(
  metric: AlphaMetric,
  values: readonly number[],
  marginals: Float64Array,
): (c: number, k: number) => number {
  if (metric === 'nominal') return (c, k) => (c === k ? 0 : 1);
  if (metric === 'interval') {
    return (c, k) => {
      const d = (values[c] ?? 0) - (values[k] ?? 0);
      return d * d;
    };
  }
  // Ordinal: the marginal frequencies between the two ranks, counting each end half.
  const cumulative = new Float64Array(marginals.length + 1);
  for (let g = 0; g < marginals.length; g++) {
    cumulative[g + 1] = (cumulative[g] ?? 0) + (marginals[g] ?? 0);
  }
  return (c, k) => {
    if (c === k) return 0;
    const low = Math.min(c, k);
    const high = Math.max(c, k);
    const between = (cumulative[high + 1] ?? 0) - (cumulative[low] ?? 0);
    const d = between - ((marginals[c] ?? 0) + (marginals[k] ?? 0)) / 2;
    return d * d;
  };
}

/**
 * Alpha from a table of observers x units, as the paper prints reliability data: null or
 * undefined is a missing value. `values` orders the possible values (default: those present,
 * ascending).
 */
export function alphaFromReliabilityData(
  data: ReadonlyArray<ReadonlyArray<number | null | undefined>>,
  metric: AlphaMetric,
  values?: readonly number[],
): AlphaResult {
  const present = new Set<number>();
  for (const observer of data) for (const value of observer) if (value != null) present.add(value);
  const domain = values ?? [...present].sort((a, b) => a - b);
  const position = new Map(domain.map((value, i) => [value, i]));
  const units = Math.max(0, ...data.map((observer) => observer.length));
  const counts = new Float64Array(units * domain.length);
  for (const observer of data) {
    observer.forEach((value, u) => {
      if (value == null) return;
      const p = position.get(value);
      if (p === undefined) throw new Error(`The value ${value} is not one of the listed values`);
      counts[u * domain.length + p] = (counts[u * domain.length + p] ?? 0) + 1;
    });
  }
  return alphaFromUnitCounts(counts, domain, metric);
}
