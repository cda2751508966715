import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { agreementOf, labellerAgreement, SECOND_LABELS } from '../../../eval/agreement';
import { type Labels, readLabels } from '../../../eval/evaluate';
import { repoRoot } from '../../../support/paths';

const labels = (samples: Record<string, string[]>, hasContact = true): Labels => ({
  indicatorsLabelled: ['2.1.4', '2.1.5', '5.2.3'],
  samples: Object.fromEntries(
    Object.entries(samples).map(([file, ids]) => [
      file,
      { hasContact, indicators: Object.fromEntries(ids.map((id) => [id, 'quote'])) },
    ]),
  ),
});

describe('agreement between two labellers', () => {
  test.each([
    ['the same labels', { a: ['2.1.4'] }, { a: ['2.1.4'] }, { tp: 1, fp: 0, fn: 0 }],
    [
      'one more from the second',
      { a: ['2.1.4'] },
      { a: ['2.1.4', '2.1.5'] },
      { tp: 1, fp: 1, fn: 0 },
    ],
    [
      'one fewer from the second',
      { a: ['2.1.4', '5.2.3'] },
      { a: ['5.2.3'] },
      { tp: 1, fp: 0, fn: 1 },
    ],
    [
      'an indicator not labelled in the set is left out',
      { a: ['2.1.4'] },
      { a: ['2.1.4', '6.2.2'] },
      { tp: 1, fp: 0, fn: 0 },
    ],
    [
      'texts with no labels agree',
      { a: [], b: ['2.1.5'] },
      { a: [], b: ['2.1.5'] },
      { tp: 1, fp: 0, fn: 0 },
    ],
  ])('%s', (_, first, second, counts) => {
    const result = agreementOf(labels(first), labels(second));
    expect(result.overall).toMatchObject(counts);
    expect(result.texts).toBe(Object.keys(first).length);
  });

  test('precision, recall and F1 of the second against the first', () => {
    const result = agreementOf(
      labels({ a: ['2.1.4', '2.1.5'], b: ['5.2.3'] }),
      labels({ a: ['2.1.4'], b: ['5.2.3', '2.1.5'] }, false),
    );
    expect(result.overall.precision).toBeCloseTo(2 / 3);
    expect(result.overall.recall).toBeCloseTo(2 / 3);
    expect(result.overall.f1).toBeCloseTo(2 / 3);
    expect(result.byIndicator.get('2.1.5')).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(result.facts.find((f) => f.name === 'hasContact')?.same).toBe(0);
  });

  test('a text the second labeller left out is an error naming it', () => {
    expect(() => agreementOf(labels({ a: [], b: [] }), labels({ a: [] }))).toThrow(
      `${SECOND_LABELS}: no entry for b`,
    );
  });
});

describe.each([
  ['held-out-real-7', 40],
  ['held-out-real-8', 29],
])('the second labels of %s', (folder, texts) => {
  const dir = join(repoRoot, 'test/fixtures/rules', folder);

  test('cover every text, with quotes copied from it', () => {
    const second = readLabels(dir, SECOND_LABELS);
    expect(Object.keys(second.samples).sort()).toEqual(Object.keys(readLabels(dir).samples).sort());
    let quotes = 0;
    for (const [file, sample] of Object.entries(second.samples)) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const quote of Object.values(sample.indicators)) {
        expect(text, `${file}: ${quote}`).toContain(quote);
        quotes++;
      }
    }
    expect(quotes).toBeGreaterThan(texts);
  });

  test('agree with the first labels on most indicators', () => {
    const result = labellerAgreement(dir);
    expect(result.texts).toBe(texts);
    expect(result.overall.tp).toBeGreaterThan(50);
    expect(result.overall.f1).toBeGreaterThan(0.8);
  });
});
