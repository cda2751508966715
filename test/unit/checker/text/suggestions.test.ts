import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { STANDARD_2_INDICATORS, suggestionsFor } from '../../../../shared/checker/suggestions';
import { builtInFramework, frameworkNodes } from '../../../../shared/frameworks';
import { requireSharedFolder, seedsDir } from '../../../support/paths';

const standard2 = frameworkNodes(builtInFramework('pta-2022'))
  .filter((n) => n.level === 3 && n.parentIds[0] === '2')
  .map((n) => n.id);

const guide = readFileSync(
  join(
    requireSharedFolder(seedsDir),
    readdirSync(seedsDir).find((f) => f.startsWith('002_')) as string,
  ),
  'utf8',
).replace(/\s+/g, ' ');

describe('suggestionsFor', () => {
  test('covers exactly the nine Standard 2 indicators of PTA 2022', () => {
    expect(STANDARD_2_INDICATORS).toEqual(standard2);
    expect(standard2).toHaveLength(9);
  });

  test('gives one suggestion per missing indicator, in framework order, with the indicator text', () => {
    const out = suggestionsFor(['2.2.3', '2.1.2', '9.9.9', '1.1.5']);
    expect(out.map((s) => s.indicatorId)).toEqual(['2.1.2', '2.2.3']);
    expect(out[0]?.indicatorText).toBe(
      'Address access by providing interpretation, translation, and/or accommodations',
    );
  });

  test('nothing missing, nothing suggested', () => {
    expect(suggestionsFor([])).toEqual([]);
  });

  test.each(standard2)(
    '%s quotes an action step from the administrators’ guide (seed 002) word for word',
    (id) => {
      const [s] = suggestionsFor([id]);
      expect(s?.suggestion.length).toBeGreaterThan(40);
      const quoted = /“([^”]+)”/.exec(s?.source ?? '')?.[1];
      expect(quoted, s?.source).toBeDefined();
      expect(guide).toContain((quoted as string).replace(/\s+/g, ' '));
      expect(s?.source).toMatch(/suggestion worded by the toolkit/);
    },
  );
});
