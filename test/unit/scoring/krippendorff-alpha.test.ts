import { describe, expect, test } from 'vitest';
import { alphaFromReliabilityData, alphaFromUnitCounts } from '../../../shared/scoring';

/*
 * The published worked example: 4 observers x 12 units with missing values, from
 * Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for
 * Communication, University of Pennsylvania (https://repository.upenn.edu/asc_papers/43),
 * section C ("Nominal data, any number of observers, missing data") and the later sections
 * that reuse the same data for other metrics. The same example appears in Krippendorff (2004),
 * Content Analysis, 2nd ed., p. 230.
 *
 * Expected figures, as published and as checked by two well-known implementations:
 *  - nominal alpha = 0.743, Do = 0.200, De = 0.779: dkpro/dkpro-statistics,
 *    dkpro-statistics-agreement/src/test/java/org/dkpro/statistics/agreement/coding/
 *    Krippendorff2004Test.java, testMultipleRatersMissingValues (createExample3);
 *  - interval alpha = 0.849, Do = 0.433, De = 2.872: the same file, testIntervallAgreement
 *    (createExample3b, values 1-5);
 *  - ordinal alpha = 0.815: the Python `krippendorff` package (pln-fing-udelar/fast-krippendorff),
 *    tests/test_krippendorff.py, test_ordinal_metric, and test_string_labels_ordinal_with_domain.
 */
const _ = null;
const PUBLISHED_DATA = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

describe("Krippendorff's alpha: the published worked example", () => {
  test('nominal: 0.743 (Do 0.200, De 0.779)', () => {
    const result = alphaFromReliabilityData(PUBLISHED_DATA, 'nominal');
    expect(result.alpha!).toBeCloseTo(0.743, 3);
    expect(result.observedDisagreement!).toBeCloseTo(0.2, 3);
    expect(result.expectedDisagreement!).toBeCloseTo(0.779, 3);
    // Unit 12 has a single value and so cannot be paired: 11 units and 40 pairable values remain.
    expect(result.pairableUnits).toBe(11);
    expect(result.pairableValues).toBe(40);
  });

  test('ordinal: 0.815', () => {
    expect(alphaFromReliabilityData(PUBLISHED_DATA, 'ordinal').alpha!).toBeCloseTo(0.815, 3);
  });

  test('interval: 0.849 (Do 0.433, De 2.872)', () => {
    const result = alphaFromReliabilityData(PUBLISHED_DATA, 'interval');
    expect(result.alpha!).toBeCloseTo(0.849, 3);
    expect(result.observedDisagreement!).toBeCloseTo(0.433, 3);
    expect(result.expectedDisagreement!).toBeCloseTo(2.872, 3);
  });

  test('nominal and ordinal depend only on the order of values, not their spacing', () => {
    const stretched = PUBLISHED_DATA.map((row) => row.map((v) => (v === null ? null : v * v)));
    expect(alphaFromReliabilityData(stretched, 'ordinal').alpha!).toBeCloseTo(0.815, 3);
    expect(alphaFromReliabilityData(stretched, 'nominal').alpha!).toBeCloseTo(0.743, 3);
  });
});

describe("Krippendorff's alpha: edge cases", () => {
  test('raters agree on every unit and units differ: alpha is 1', () => {
    const data = [
      [0, 1, 2, 3],
      [0, 1, 2, 3],
      [0, 1, 2, 3],
    ];
    for (const metric of ['nominal', 'ordinal', 'interval'] as const) {
      expect(alphaFromReliabilityData(data, metric).alpha).toBe(1);
    }
  });

  test('every rating is the same level: alpha is undefined (null), not 1, because nothing varies', () => {
    const result = alphaFromReliabilityData(
      [
        [2, 2, 2],
        [2, 2, 2],
      ],
      'ordinal',
    );
    expect(result).toMatchObject({ alpha: null, reason: 'no-variation', pairableValues: 6 });
  });

  test('a single rater: no unit has two values to pair, so alpha is undefined', () => {
    expect(alphaFromReliabilityData([[0, 1, 2, 3]], 'ordinal')).toMatchObject({
      alpha: null,
      reason: 'no-pairable-units',
      pairableUnits: 0,
    });
  });

  test('all values missing: undefined', () => {
    expect(
      alphaFromReliabilityData(
        [
          [_, _],
          [_, _],
        ],
        'interval',
      ),
    ).toMatchObject({
      alpha: null,
      reason: 'no-pairable-units',
    });
    expect(alphaFromUnitCounts([], [0, 1, 2, 3], 'ordinal').alpha).toBeNull();
  });

  test('systematic disagreement gives a negative alpha', () => {
    // Two raters who always disagree on a 0/1 item: Do = 1, De = (4*... ) > Do.
    const result = alphaFromReliabilityData(
      [
        [0, 1, 0, 1],
        [1, 0, 1, 0],
      ],
      'nominal',
    );
    // o01 = o10 = 4, n0 = n1 = 4, n = 8: Do = 8/8 = 1, De = 2*4*4/(8*7) = 32/56, alpha = 1 - 56/32.
    expect(result.alpha!).toBeCloseTo(1 - 56 / 32, 12);
  });

  test('a value outside the listed values is refused loudly', () => {
    expect(() => alphaFromReliabilityData([[1], [9]], 'nominal', [1, 2])).toThrow(
      /not one of the listed values/,
    );
  });
});
