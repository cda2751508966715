import { describe, expect, test } from 'vitest';
import { buildLookupIndex } from '../../../extension/popup/search-index';
import { builtInFramework, frameworkNodes } from '../../../shared/frameworks';

const pta2022 = buildLookupIndex(builtInFramework('pta-2022'));

function topIds(query: string, n = 3) {
  return pta2022
    .search(query)
    .slice(0, n)
    .map((e) => (e.kind === 'item' ? e.id : `${e.id}#${e.stepNumber}`));
}

describe('look-up index', () => {
  test('indexes every item and every action step of PTA 2022', () => {
    const nodes = frameworkNodes(builtInFramework('pta-2022'));
    const steps = nodes.reduce((n, node) => n + (node.actionSteps?.length ?? 0), 0);
    expect(pta2022.entries.filter((e) => e.kind === 'item')).toHaveLength(6 + 12 + 49);
    expect(steps).toBeGreaterThan(0);
    expect(pta2022.entries.filter((e) => e.kind === 'action-step')).toHaveLength(steps);
  });

  test('an empty query lists the standards', () => {
    expect(pta2022.search('').map((e) => e.id)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  test.each([
    ['2.1.2', ['2.1.2']],
    ['2.1', ['2.1', '2.1.1', '2.1.2']],
    ['6.', ['6', '6.1', '6.1.1']],
  ])('an id query %s lists the item, then what is inside it', (query, expected) => {
    expect(topIds(query)).toEqual(expected);
  });

  test.each([
    ['Indicator 2.1.2', ['2.1.2']],
    ['indicator 2.1.2', ['2.1.2']],
    ['Goal 2.1', ['2.1', '2.1.1', '2.1.2']],
    ['Standard 2', ['2', '2.1', '2.1.1']],
    // As a Spanish speaker writes them.
    ['indicador 2.1.2', ['2.1.2']],
    ['Estándar 2', ['2', '2.1', '2.1.1']],
    ['meta 2.1', ['2.1', '2.1.1', '2.1.2']],
  ])('an id written as the citation writes it, %s, lists the item first', (query, expected) => {
    expect(topIds(query)).toEqual(expected);
  });

  test('a level name before an id works in the framework\u2019s own level names (KB-R: Area)', () => {
    const kbr = buildLookupIndex(builtInFramework('kb-r'));
    expect(kbr.search('Area 2')[0]?.id).toBe('2');
    expect(kbr.search('indicator 2.1.2').map((e) => e.id)).toEqual(['2.1.2']);
  });

  test('a word with accents finds what the same word without them finds', () => {
    const plain = topIds('comunicacion');
    expect(plain[0]).toBe('2');
    expect(topIds('comunicación')).toEqual(plain);
    expect(topIds('intérprete')[0]).toBe('2.1.2');
  });

  test('each result carries its parents, outermost first, with labels', () => {
    const [hit] = pta2022.search('2.1.2');
    expect(hit?.parents.map((p) => p.id)).toEqual(['2', '2.1']);
    expect(hit?.parents[0]?.label).toBe('Communicate Effectively');
    expect(hit?.parents[0]?.levelName).toBe('Standard');
  });

  test.each([
    // query, an id expected among the first three results
    ['interpreters', '2.1.2'],
    ['interpreter', '2.1.2'],
    ['translaton', '2.1.2'], // typo
    ['communicat', '2'], // prefix
    ['volunteering', '1'], // in the standard's notes
    ['crisis', '2.1.6'],
  ])('text query %s finds %s near the top', (query, id) => {
    const ids = pta2022
      .search(query)
      .slice(0, 3)
      .map((e) => e.id);
    expect(ids).toContain(id);
  });

  test('finds the administrators\u2019 action steps, tied to their standard', () => {
    const steps = pta2022.search('focus groups').filter((e) => e.kind === 'action-step');
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      expect(step.parents.at(-1)?.id).toBe(step.id);
      expect(step.stepNumber).toBeGreaterThan(0);
    }
  });

  test('a query that matches nothing returns nothing', () => {
    expect(pta2022.search('zzqxjv')).toEqual([]);
  });

  test('works over the other built-in frameworks', () => {
    const kbr = buildLookupIndex(builtInFramework('kb-r'));
    const pta2008 = buildLookupIndex(builtInFramework('pta-2008'));
    expect(kbr.search('').length).toBeGreaterThan(0);
    expect(pta2008.search('').length).toBe(6);
    expect(pta2008.search('advocates').length).toBeGreaterThan(0);
  });
});
