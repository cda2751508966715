import { describe, expect, it } from 'vitest';
import pta2022 from '../../../shared/frameworks/data/pta-2022.json' with { type: 'json' };
import {
  BUILT_IN_FRAMEWORK_IDS,
  builtInFramework,
  citation,
  findNode,
  frameworkNodes,
  parseFramework,
  parseFrameworkJson,
  ratedNodes,
} from '../../../shared/frameworks/index';

const clone = <T>(v: T): T => structuredClone(v);

describe('built-in frameworks', () => {
  it.each(BUILT_IN_FRAMEWORK_IDS)('%s has unique ids in S.G.I form', (id) => {
    const nodes = frameworkNodes(builtInFramework(id));
    const ids = nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const n of nodes)
      expect(n.id).toMatch(
        n.level === 1 ? /^\d+$/ : n.level === 2 ? /^\d+\.\d+$/ : /^\d+\.\d+\.\d+$/,
      );
  });

  it('keeps ids stable: a snapshot of PTA 2022 ids and the first words of each indicator', () => {
    const rows = ratedNodes(builtInFramework('pta-2022')).map(
      (n) => `${n.id} ${n.text?.split(' ').slice(0, 3).join(' ')}`,
    );
    expect(rows.slice(0, 3)).toEqual([
      '1.1.1 Learn about families',
      '1.1.2 Provide time, training,',
      '1.1.3 Facilitate opportunities for',
    ]);
    expect(rows).toContain('2.1.4 Gather family input');
    expect(rows).toContain('5.2.3 Support the development');
    expect(rows.at(-1)).toBe('6.2.4 Act as a');
  });

  it('gives every rated item its parents', () => {
    const node = findNode(builtInFramework('pta-2022'), '2.1.4');
    expect(node?.parentIds).toEqual(['2', '2.1']);
    expect(node?.levelName).toBe('Indicator');
  });

  it('writes a citation a team can paste', () => {
    expect(citation(builtInFramework('pta-2022'), '2.1.2')).toBe(
      'National PTA, National Standards for Family-School Partnerships (2022), Indicator 2.1.2: Address access by providing interpretation, translation, and/or accommodations',
    );
    expect(() => citation(builtInFramework('pta-2022'), '9.9.9')).toThrow(/No item "9.9.9"/);
  });
});

describe('custom frameworks: every error names its JSON path and what was expected', () => {
  it('accepts a valid custom framework', () => {
    const custom = clone(pta2022);
    custom.id = 'our-district-2025';
    const result = parseFramework(custom);
    expect(result.ok).toBe(true);
  });

  it('rejects an out-of-order indicator id, naming its path and the id expected', () => {
    const bad = clone(pta2022);
    (bad.items[1]?.children[0]?.children[3] as { id: string }).id = '2.1.9';
    const result = parseFramework(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        path: '$.items[1].children[0].children[3].id',
        message: 'expected id "2.1.4" (Indicator 4 of Goal 2.1), got "2.1.9"',
      },
    ]);
  });

  it('names the path of a wrong type and of a missing field', () => {
    const bad = clone(pta2022) as Record<string, unknown>;
    bad.levels = ['Standard', 'Goal'];
    delete bad.name;
    (bad.items as { text: unknown }[])[0]!.text = 42;
    const result = parseFramework(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain('$.name');
    expect(paths).toContain('$.items[0].text');
    expect(paths.some((p) => p.startsWith('$.levels'))).toBe(true);
    const textProblem = result.problems.find((p) => p.path === '$.items[0].text');
    expect(textProblem?.message).toMatch(/expected string/);
  });

  it('rejects unknown fields so a typo is not silently ignored', () => {
    const bad = clone(pta2022) as Record<string, unknown>;
    bad.edtion = '2022';
    const result = parseFramework(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/edtion/);
  });

  it('rejects a goal with no indicators when indicators are rated', () => {
    const bad = clone(pta2022);
    bad.items[0]!.children[1]!.children = [];
    const result = parseFramework(bad);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        {
          path: '$.items[0].children[1].children',
          message: 'expected at least one Indicator under Goal 1.2',
        },
      ]);
  });

  it('reports broken JSON with its line and column', () => {
    const result = parseFrameworkJson('{\n  "id": "x",\n  oops\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/line 3, column 3/);
  });

  it('accepts JSON text with a byte-order mark', () => {
    const custom = clone(pta2022);
    custom.id = 'with-bom';
    expect(parseFrameworkJson(`\uFEFF${JSON.stringify(custom)}`).ok).toBe(true);
  });
});

describe('JSON Schema for district authors', () => {
  it('is up to date with the zod schema (regenerate with npx tsx shared/frameworks/scripts/write-json-schema.ts)', async () => {
    const { readFileSync } = await import('node:fs');
    const { frameworkJsonSchema } = await import('../../../shared/frameworks/json-schema');
    const committed = JSON.parse(
      readFileSync(
        new URL('../../../shared/frameworks/framework.schema.json', import.meta.url),
        'utf8',
      ),
    );
    expect(committed).toEqual(frameworkJsonSchema());
    expect(committed.required).toEqual(
      expect.arrayContaining([
        'formatVersion',
        'id',
        'name',
        'edition',
        'source',
        'levels',
        'ratedLevel',
        'items',
      ]),
    );
  });
});

describe('JSON syntax errors are located even when the engine gives no position', () => {
  it.each([
    ['{\n  "id": "x",\n  oops\n}', 'line 3, column 3'],
    ['{\n  "a": [1, 2,}', 'line 2, column 14'],
    ['{\n  "a": 1', 'line 2, column 9'],
    ['', 'line 1, column 1'],
    ['[1 2]', 'line 1, column 4'],
  ])('%j -> %s', (text, where) => {
    const result = parseFrameworkJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toContain(where);
  });
});
