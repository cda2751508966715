import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtInRules,
  checkDocument,
  extractFromDocument,
  type Finding,
  parseHtmlDocument,
  structureRuleData,
} from '../../../../shared/checker/node';
import { repoRoot } from '../../../support/paths';

/**
 * Fixture pages for the structural rules, in the manner of axe-core's test/integration/rules:
 * - `<meta name="fsp-rules" content="rule-a rule-b">`: the rules this page tests;
 * - `data-expect="rule-a"` on each element a hit must point at (the hit's node or a descendant);
 * - `<meta name="fsp-expect-document" content="rule-a">` for hits about the whole page.
 * Every expectation must be met, and any other hit of the listed rules fails the test.
 */
const fixtureDir = join(repoRoot, 'test/fixtures/checker/rules');
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.html'))
  .sort();

function metaList(document: Document, name: string): string[] {
  return (document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '')
    .split(/\s+/)
    .filter(Boolean);
}

function expectedOwner(element: Element | undefined, ruleId: string): Element | undefined {
  for (let at = element; at; at = at.parentElement ?? undefined) {
    const marks = at.getAttribute('data-expect')?.split(/\s+/) ?? [];
    if (marks.includes(ruleId)) return at;
  }
  return undefined;
}

describe.each(fixtures)('%s', (file) => {
  const html = readFileSync(join(fixtureDir, file), 'utf8');
  const meta = parseHtmlDocument(html);
  const ruleIds = metaList(meta, 'fsp-rules');
  const documentExpected = metaList(meta, 'fsp-expect-document');

  it('names rules that exist', () => {
    const known = new Set(builtInRules().map((r) => r.rule.id));
    expect(ruleIds.length).toBeGreaterThan(0);
    for (const id of [...ruleIds, ...documentExpected]) expect(known, id).toContain(id);
  });

  it('gets exactly the expected hits', () => {
    const document = parseHtmlDocument(html);
    const { model, refs } = extractFromDocument(document);
    const rules = builtInRules().filter((r) => ruleIds.includes(r.rule.id));
    const report = checkDocument(model, { rules, strict: true });
    const hits: Finding[] = [...report.findings, ...report.tags];

    const unexpected: string[] = [];
    const metElements = new Set<string>();
    const key = (ruleId: string, element: Element) =>
      `${ruleId}@${[...document.querySelectorAll('*')].indexOf(element)}`;
    const metDocument = new Set<string>();
    for (const hit of hits) {
      if (!hit.position) {
        if (documentExpected.includes(hit.ruleId)) metDocument.add(hit.ruleId);
        else unexpected.push(`${hit.ruleId} on the whole page: ${hit.message}`);
        continue;
      }
      const owner = expectedOwner(refs.get(hit.position.ref), hit.ruleId);
      if (owner) metElements.add(key(hit.ruleId, owner));
      else
        unexpected.push(
          `${hit.ruleId} at ${refs.get(hit.position.ref)?.outerHTML.slice(0, 100)} ("${hit.quote}")`,
        );
    }

    const missed: string[] = [];
    for (const element of document.querySelectorAll('[data-expect]')) {
      for (const ruleId of element.getAttribute('data-expect')?.split(/\s+/) ?? []) {
        if (!metElements.has(key(ruleId, element))) {
          missed.push(`${ruleId} at ${element.outerHTML.slice(0, 100)}`);
        }
      }
    }
    for (const ruleId of documentExpected)
      if (!metDocument.has(ruleId)) missed.push(`${ruleId} on the whole page`);

    expect({ unexpected, missed }).toEqual({ unexpected: [], missed: [] });
  });
});

describe('fixture coverage', () => {
  it('gives every structural rule at least one fixture with an expected hit', () => {
    const expectedSomewhere = new Set<string>();
    for (const file of fixtures) {
      const html = readFileSync(join(fixtureDir, file), 'utf8');
      const document = parseHtmlDocument(html);
      for (const id of metaList(document, 'fsp-expect-document')) expectedSomewhere.add(id);
      for (const el of document.querySelectorAll('[data-expect]')) {
        for (const id of el.getAttribute('data-expect')?.split(/\s+/) ?? [])
          expectedSomewhere.add(id);
      }
    }
    const ids = structureRuleData.map((r) => (r as { id: string }).id);
    expect(ids.filter((id) => !expectedSomewhere.has(id))).toEqual([]);
  });
});

describe('structural rule patterns', () => {
  it('are written in lower case, since the checks lower-case the text instead of using the i flag', () => {
    const upper: string[] = [];
    for (const rule of structureRuleData as { id: string; patterns?: Record<string, string[]> }[]) {
      for (const pattern of Object.values(rule.patterns ?? {}).flat()) {
        const literal = pattern.replace(/\\[pP]\{[^}]*\}|\\./g, '');
        if (/\p{Lu}/u.test(literal)) upper.push(`${rule.id}: ${pattern}`);
      }
    }
    expect(upper).toEqual([]);
  });
});
