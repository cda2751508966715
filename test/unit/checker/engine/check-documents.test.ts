import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtInRules,
  checkDocument,
  checkDocuments,
  extractFromHtml,
  extractFromText,
  type LoadedRule,
} from '../../../../shared/checker/node';
import { evalDir, repoRoot } from '../../../support/paths';
import { corpusModels } from '../text/corpus';

const now = new Date('2025-09-01T12:00:00Z');

/** HTML pages (the structure rules' fixtures and the dev set's form): links, forms, images, `lang`. */
function htmlModels() {
  const fixtures = join(repoRoot, 'test/fixtures/checker/rules');
  return [
    ...readdirSync(fixtures).map((name) => join(fixtures, name)),
    ...readdirSync(evalDir).map((name) => join(evalDir, name)),
  ]
    .filter((path) => path.endsWith('.html'))
    .sort()
    .map((path) => extractFromHtml(readFileSync(path, 'utf8')).model);
}

/**
 * checkDocuments runs the rules rule by rule over a batch; each document's report must be exactly
 * what checkDocument gives it alone. The models are made twice, so that neither way reuses what
 * the other cached on a model.
 */
describe('checkDocuments', () => {
  it('gives every labelled and fixture text the report checkDocument gives it alone', () => {
    const alone = corpusModels().map((model) => checkDocument(model, { now }));
    const models = corpusModels();
    expect(models.length).toBeGreaterThan(500);
    const batched = [];
    for (let from = 0; from < models.length; from += 50) {
      const chunk = models.slice(from, from + 50).map((model) => ({ model }));
      batched.push(...checkDocuments(chunk, { now }));
    }
    expect(batched.length).toBe(alone.length);
    expect(alone.filter((r) => r.tags.length > 0).length).toBeGreaterThan(300);
    for (let i = 0; i < alone.length; i++) expect(batched[i], `text ${i}`).toEqual(alone[i]);
  }, 120_000);

  it('gives HTML pages the same reports in any order, each with its own input', () => {
    const alone = htmlModels().map((model, i) =>
      checkDocument(model, { now, input: { file: `page-${i}.html` } }),
    );
    expect(alone.length).toBeGreaterThan(20);
    const reversed = htmlModels()
      .map((model, i) => ({ model, input: { file: `page-${i}.html` } }))
      .reverse();
    expect(checkDocuments(reversed, { now }).reverse()).toEqual(alone);
  });

  it('notes a rule that fails on one document in that report only; strict mode throws', () => {
    const fragile: LoadedRule = {
      rule: { ...(builtInRules()[0] as LoadedRule).rule, id: 'fragile-rule' },
      check: (context) => {
        if (context.model.blocks.some((b) => b.text.includes('boom'))) throw new Error('boom');
        return [];
      },
    };
    const documents = ['Hello families.', 'This one goes boom.', 'Goodbye families.'].map(
      (text) => ({ model: extractFromText(text) }),
    );
    const reports = checkDocuments(documents, { rules: [fragile, ...builtInRules()] });
    expect(reports.map((r) => r.input.notes)).toEqual([
      undefined,
      ['The rule "fragile-rule" could not run (boom); its findings are missing.'],
      undefined,
    ]);
    expect(() => checkDocuments(documents, { rules: [fragile], strict: true })).toThrow(
      'Rule "fragile-rule"',
    );
  });

  it('returns no reports for no documents', () => {
    expect(checkDocuments([])).toEqual([]);
  });
});
