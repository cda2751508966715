import { describe, expect, test } from 'vitest';
import { builtInFramework } from '../../../shared/frameworks';
import { aggregateRatings } from '../../../shared/scoring';
import { rating, tinyFramework, tinyRatings } from './tiny-framework';

describe('aggregateRatings on three raters, worked by hand', () => {
  const scores = aggregateRatings(tinyFramework(), tinyRatings());

  test('an indicator rated 3, 2, 3', () => {
    const item = scores.byId['1.1.1']!.all;
    expect(item).toMatchObject({
      n: 3,
      notSure: 0,
      scored: 3,
      distribution: { excelling: 2, progressing: 1, emerging: 0, below: 0, 'not-sure': 0 },
      median: 3,
      levelOfMean: 'excelling',
      shareProgressingOrAbove: 1,
      min: 2,
      max: 3,
      modalLevels: ['excelling'],
    });
    expect(item.mean).toBeCloseTo(8 / 3, 12);
    // deviations 1/3, -2/3, 1/3: squares sum to 6/9, over 3 raters = 2/9
    expect(item.sd).toBeCloseTo(Math.sqrt(2 / 9), 12);
    expect(item.modalShare).toBeCloseTo(2 / 3, 12);
  });

  test('Not sure counts as a response but not in the mean; a mean of 0.5 is Emerging', () => {
    const item = scores.byId['1.1.2']!.all;
    expect(item).toMatchObject({
      n: 3,
      notSure: 1,
      scored: 2,
      mean: 0.5,
      median: 0.5,
      levelOfMean: 'emerging',
      shareProgressingOrAbove: 0,
      sd: 0.5,
      modalLevels: ['below', 'emerging'],
      modalShare: 0.5,
    });
  });

  test('a goal and its standard pool the ratings of their indicators', () => {
    // 3, 2, 3, 1, 0 and one Not sure: mean 9/5, sorted 0 1 2 3 3 so median 2
    const goal = scores.byId['1.1']!.all;
    expect(goal).toMatchObject({ n: 6, notSure: 1, scored: 5, mean: 1.8, median: 2 });
    expect(goal.levelOfMean).toBe('progressing');
    expect(goal.shareProgressingOrAbove).toBeCloseTo(0.6, 12);
    // deviations 1.2 0.2 1.2 -0.8 -1.8: squares 6.8, over 5 = 1.36
    expect(goal.sd).toBeCloseTo(Math.sqrt(1.36), 12);
    expect(goal.modalShare).toBeCloseTo(0.4, 12);
    expect(scores.byId['1']!.all).toEqual(goal);
    expect(scores.byId['1']!.question).toBeUndefined();
    expect(scores.byId['1.1']!.question).toBe('Do families feel they belong?');
  });

  test('the whole framework', () => {
    // 3 2 3 1 0 2 0 and two Not sure; sorted 0 0 1 2 2 3 3
    const all = scores.overall.all;
    expect(all).toMatchObject({
      n: 9,
      notSure: 2,
      scored: 7,
      median: 2,
      levelOfMean: 'progressing',
    });
    expect(all.mean).toBeCloseTo(11 / 7, 12);
    expect(all.shareProgressingOrAbove).toBeCloseTo(4 / 7, 12);
    expect(all.modalLevels).toEqual(['below', 'progressing', 'excelling']);
    expect(all.modalShare).toBeCloseTo(2 / 7, 12);
  });

  test('by role: each role at each level', () => {
    expect(scores.byId['1.1.1']!.byRole.family).toMatchObject({ n: 2, mean: 3 });
    expect(scores.byId['1.1.1']!.byRole.teacher).toMatchObject({ n: 1, mean: 2, sd: 0 });
    expect(scores.byId['1.1.1']!.byRole.student).toMatchObject({ n: 0, mean: null, sd: null });
    expect(scores.byId['2']!.byRole.family).toMatchObject({ n: 2, notSure: 1, scored: 1, mean: 0 });
    expect(scores.overall.byRole.family).toMatchObject({ n: 6, scored: 4, mean: 7 / 4 });
    expect(scores.overall.byRole.teacher.mean).toBeCloseTo(4 / 3, 12);
    expect(scores.raters).toEqual({
      all: 3,
      byRole: {
        family: 2,
        teacher: 1,
        staff: 0,
        administrator: 0,
        student: 0,
        'community-partner': 0,
      },
    });
  });

  test("Krippendorff's alpha over the items, worked by hand from the coincidence matrix", () => {
    // Coincidences: o33 = 1, o23 = o32 = 1, o01 = o10 = 1, o02 = o20 = 1; n0=2 n1=1 n2=2 n3=2, n=7.
    // Nominal: Do = 6/7, De = (49 - 13)/42 = 6/7, so alpha = 0.
    expect(scores.agreement.nominal.alpha).toBeCloseTo(0, 12);
    // Interval: Do = (2*1 + 2*1 + 2*4)/7 = 12/7; De = 2*(2 + 16 + 36 + 2 + 8 + 4)/42 = 136/42.
    expect(scores.agreement.interval.observedDisagreement).toBeCloseTo(12 / 7, 12);
    expect(scores.agreement.interval.expectedDisagreement).toBeCloseTo(136 / 42, 12);
    expect(scores.agreement.interval.alpha).toBeCloseTo(1 - 72 / 136, 12);
    expect(scores.agreement.ordinal.pairableValues).toBe(7);
    expect(scores.agreement.ordinal.pairableUnits).toBe(3);
  });

  test('lists follow the framework: items, goals, standards in source order', () => {
    expect(scores.items.map((n) => n.id)).toEqual(['1.1.1', '1.1.2', '2.1.1']);
    expect(scores.level2.map((n) => n.id)).toEqual(['1.1', '2.1']);
    expect(scores.level1.map((n) => n.id)).toEqual(['1', '2']);
    expect(scores.counted).toBe(9);
    expect(scores.excluded).toBe(0);
    expect(scores.errors).toEqual([]);
  });

  test('the result survives JSON (google.script.run passes plain data only)', () => {
    expect(JSON.parse(JSON.stringify(scores))).toEqual(scores);
  });
});

describe('ratings that cannot be counted', () => {
  test('a rater rating the same item twice: neither counts, both places are named', () => {
    const scores = aggregateRatings(tinyFramework(), [
      rating('A', 'family', '1.1.1', 'excelling', 2),
      rating('A', 'family', '1.1.1', 'below', 9),
      rating('B', 'teacher', '1.1.1', 'progressing', 3),
    ]);
    expect(scores.byId['1.1.1']!.all).toMatchObject({ n: 1, mean: 2 });
    expect(scores.overall.all.n).toBe(1);
    expect(scores.counted).toBe(1);
    expect(scores.excluded).toBe(2);
    expect(scores.errors).toHaveLength(1);
    expect(scores.errors[0]).toMatchObject({
      location: { sheet: 'Ratings', row: 9, column: 'D' },
      otherLocations: [{ sheet: 'Ratings', row: 2, column: 'D' }],
    });
    expect(scores.errors[0]!.message).toBe(
      'Sheet "Ratings", row 9, column D: A (family member) rated Indicator 1.1.1 again (Below); ' +
        'it was already rated Excelling at sheet "Ratings", row 2, column D. Neither rating counts until one is removed.',
    );
    expect(scores.raters.all).toBe(1);
  });

  test('a third rating of the same item is one more error, still counted zero times', () => {
    const scores = aggregateRatings(tinyFramework(), [
      rating('A', 'family', '1.1.1', 'excelling', 2),
      rating('A', 'family', '1.1.1', 'excelling', 3),
      rating('A', 'family', '1.1.1', 'excelling', 4),
    ]);
    expect(scores.overall.all.n).toBe(0);
    expect(scores.excluded).toBe(3);
    expect(scores.errors.map((e) => e.location.row)).toEqual([3, 4]);
  });

  test('an unknown item id, a goal id and a bad level or role are errors with their place', () => {
    const scores = aggregateRatings(tinyFramework(), [
      rating('A', 'family', '9.9.9', 'excelling', 2),
      rating('A', 'family', '1.1', 'excelling', 3),
      { ...rating('A', 'family', '1.1.1', 'excelling', 4), level: 'great' as never },
      { ...rating('A', 'family', '1.1.2', 'excelling', 5), role: 'mayor' as never },
      rating('A', 'family', '2.1.1', 'emerging'),
    ]);
    expect(scores.counted).toBe(1);
    expect(scores.excluded).toBe(4);
    expect(scores.errors.map((e) => e.message)).toEqual([
      'Sheet "Ratings", row 2, column D: "9.9.9" is not an Indicator of Tiny Test Standards (2025). Use an id such as 1.1.1.',
      'Sheet "Ratings", row 3, column D: "1.1" is a Goal of Tiny Test Standards (2025); an Indicator is expected here.',
      'Sheet "Ratings", row 4, column D: "great" is not a level of the team scale.',
      'Sheet "Ratings", row 5, column D: "mayor" is not a rater role.',
    ]);
  });

  test('a rating without a location is named by its position', () => {
    const scores = aggregateRatings(tinyFramework(), [
      rating('A', 'family', '1.1.1', 'excelling'),
      rating('A', 'family', '7', 'excelling'),
    ]);
    expect(scores.errors[0]!.location).toEqual({ field: 'ratings[1]' });
  });
});

describe('any framework', () => {
  test('PTA 2008 is rated at the standard level', () => {
    const framework = builtInFramework('pta-2008');
    const scores = aggregateRatings(framework, [
      rating('A', 'administrator', '1', 'progressing'),
      rating('B', 'student', '1', 'emerging'),
      rating('A', 'administrator', '6', 'below'),
    ]);
    expect(scores.items.map((n) => n.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(scores.level1).toEqual(scores.items);
    expect(scores.level2).toEqual([]);
    expect(scores.byId['1']!.all).toMatchObject({ n: 2, mean: 1.5, levelOfMean: 'progressing' });
    expect(scores.overall.all.mean).toBe(1);
  });

  test('PTA 2022: 49 indicators, 12 goals, 6 standards; a rating reaches its goal and standard', () => {
    const scores = aggregateRatings(builtInFramework('pta-2022'), [
      rating('A', 'community-partner', '2.1.4', 'excelling'),
    ]);
    expect([scores.items.length, scores.level2.length, scores.level1.length]).toEqual([49, 12, 6]);
    expect(scores.byId['2.1']!.all.n).toBe(1);
    expect(scores.byId['2']!.byRole['community-partner'].mean).toBe(3);
    expect(scores.byId['1']!.all.n).toBe(0);
  });

  test('KB-R: areas, standards and indicators', () => {
    const scores = aggregateRatings(builtInFramework('kb-r'), [
      rating('A', 'staff', '1.1.1', 'emerging'),
    ]);
    expect([scores.items.length, scores.level2.length, scores.level1.length]).toEqual([30, 9, 4]);
    expect(scores.levels).toEqual(['Area', 'Standard', 'Indicator']);
  });

  test('no ratings at all: every figure is empty, not zero', () => {
    const scores = aggregateRatings(tinyFramework(), []);
    expect(scores.overall.all).toMatchObject({ n: 0, mean: null, median: null, levelOfMean: null });
    expect(scores.agreement.ordinal).toMatchObject({ alpha: null, reason: 'no-pairable-units' });
  });
});
