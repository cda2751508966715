import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  checkDocument,
  extractFromHtml,
  extractFromText,
  type Finding,
  indicatorEvidence,
  needsCheck,
} from '../../../../shared/checker/node';
import { repoRoot } from '../../../support/paths';

const sample = checkDocument(
  extractFromHtml(
    readFileSync(join(repoRoot, 'shared/cli/examples/sample-newsletter.html'), 'utf8'),
  ).model,
);

function passagesOf(text: string, indicatorId: string): number | undefined {
  return checkDocument(extractFromText(text)).summary.indicators.find(
    (i) => i.indicatorId === indicatorId,
  )?.passages;
}

describe("the report's passages per indicator", () => {
  test('lists every tagged indicator once, in framework order', () => {
    const ids = sample.summary.indicators.map((i) => i.indicatorId);
    expect(ids).toEqual([...new Set(sample.tags.map((t) => t.indicatorId))].sort(byNumbers));
    expect(ids.length).toBeGreaterThan(5);
    expect(sample.summary.indicators.every((i) => i.frameworkId === 'pta-2022')).toBe(true);
  });

  test('counts distinct quotes: one sentence two rules tag is one passage', () => {
    const surveyThanks = sample.tags.filter(
      (t) =>
        t.indicatorId === '2.1.4' &&
        t.quote === 'Thank you to the 212 families who answered our fall survey.',
    );
    expect(surveyThanks).toHaveLength(2);
    const quotes = new Set(
      sample.tags.filter((t) => t.indicatorId === '2.1.4').map((t) => t.quote.trim()),
    );
    expect(sample.summary.indicators.find((i) => i.indicatorId === '2.1.4')?.passages).toBe(
      quotes.size,
    );
  });

  test.each([
    [1, 'one conference mention', 'Parent-teacher conferences are on March 3.'],
    [
      3,
      'conferences mentioned in three sentences',
      [
        'Parent-teacher conferences are on March 3.',
        'Sign up for a parent-teacher conference time online.',
        'Sign up online for a time for your parent-teacher conference.',
      ].join('\n\n'),
    ],
  ])('%i passage(s) of 2.2.2 from %s', (passages, _, text) => {
    expect(passagesOf(text, '2.2.2')).toBe(passages);
  });

  test('an indicator no passage evidences is not listed', () => {
    expect(passagesOf('The library is open on Monday.', '2.2.2')).toBeUndefined();
  });

  test('one passage asks for a check; two or more do not', () => {
    expect(needsCheck(1)).toBe(true);
    expect(needsCheck(2)).toBe(false);
    expect(needsCheck(7)).toBe(false);
  });

  test('tags of two frameworks with the same id are counted apart, ids by number (2.1.10 after 2.1.9)', () => {
    const tag = (frameworkId: string, indicatorId: string, quote: string): Finding => ({
      ...(sample.tags[0] as Finding),
      frameworkId,
      indicatorId,
      quote,
    });
    expect(
      indicatorEvidence([
        tag('pta-2022', '2.1.10', 'a'),
        tag('pta-2022', '2.1.9', 'b'),
        tag('kb-r', '2.1.9', 'b'),
        tag('pta-2022', '2.1.9', 'c'),
      ]),
    ).toEqual([
      { indicatorId: '2.1.9', frameworkId: 'kb-r', passages: 1 },
      { indicatorId: '2.1.9', frameworkId: 'pta-2022', passages: 2 },
      { indicatorId: '2.1.10', frameworkId: 'pta-2022', passages: 1 },
    ]);
  });
});

function byNumbers(a: string | undefined, b: string | undefined): number {
  const pa = (a ?? '').split('.').map(Number);
  const pb = (b ?? '').split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
