import { describe, expect, test } from 'vitest';
import type { Hit } from '../../../../shared/checker/checks/types';
import type { DocumentModel } from '../../../../shared/checker/document-model';
import { textRuleData } from '../../../../shared/checker/rules/text-rules';
import { loadFixtures, type Passage } from './fixtures';
import { runTextRule } from './run-rule';

const passages = loadFixtures();
const ruleIds = textRuleData.map((r) => (r as { id: string }).id);

interface Span {
  ref: number;
  start: number;
  end: number;
}

/** Where a marked passage landed in the extracted model (white space collapsed, lines joined). */
function locate(model: DocumentModel, markText: string): Span {
  const wanted = markText
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  for (const block of model.blocks) {
    const start = block.text.indexOf(wanted);
    if (start >= 0) return { ref: block.ref, start, end: start + wanted.length };
  }
  throw new Error(`Marked text not found in any block: "${wanted}"`);
}

/** A hit on a link points into the link's text; place it in the block that holds the link. */
function inBlock(model: DocumentModel, hit: Hit): Hit {
  const link = model.links.find((l) => l.ref === hit.position?.ref);
  if (!link || link.blockRef === undefined) return hit;
  const block = model.blocks.find((b) => b.ref === link.blockRef);
  const start = block?.text.indexOf(link.text) ?? -1;
  if (start < 0) return hit;
  return { ...hit, position: { ref: link.blockRef, start, end: start + link.text.length } };
}

function overlaps(hit: Hit, span: Span): boolean {
  const p = hit.position;
  if (!p || p.ref !== span.ref) return false;
  // A zero-width hit (a widget) overlaps when it sits inside the span.
  return p.start < span.end && (p.end > span.start || (p.start === p.end && p.start >= span.start));
}

function describePassage(p: Passage): string {
  return `${p.file}:${p.line} #${p.index + 1}`;
}

test('every text rule has a fixture file with hits and non-hits', () => {
  for (const id of ruleIds) {
    const mine = passages.filter((p) => p.ruleId === id);
    expect(mine.length, `fixtures for ${id}`).toBeGreaterThanOrEqual(3);
    const expectsHits = mine.some((p) => p.marks.length > 0 || p.unplaced > 0);
    const expectsNone = mine.some((p) => p.marks.length === 0 && p.unplaced === 0);
    expect(
      expectsHits && expectsNone,
      `${id} needs passages that hit and passages that don't`,
    ).toBe(true);
  }
  for (const p of passages) expect(ruleIds, `${p.file} names no rule`).toContain(p.ruleId);
});

describe.each(ruleIds)('%s', (ruleId) => {
  const mine = passages.filter((p) => p.ruleId === ruleId);
  test.each(mine.map((p) => [describePassage(p), p] as const))('%s', (_, passage) => {
    const { hits, model } = runTextRule(ruleId, passage.text, {
      language: passage.language,
      options: passage.options,
    });
    const spans = passage.marks.map((m) => locate(model, m.text));
    const placed = hits
      .map((h) => inBlock(model, h))
      .filter((h) => h.position && h.position.end > h.position.start);
    const unplaced = hits.length - placed.length;
    const missed = passage.marks.filter(
      (_, i) => !placed.some((h) => overlaps(h, spans[i] as Span)),
    );
    const unexpected = placed.filter((h) => !spans.some((s) => overlaps(h, s)));
    expect({
      missed: missed.map((m) => m.text),
      unexpected: unexpected.map((h) => h.quote),
      unplaced,
    }).toEqual({ missed: [], unexpected: [], unplaced: passage.unplaced });
  });
});
