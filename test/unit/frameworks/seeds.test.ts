import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import corrections from '../../../shared/frameworks/data/seed-corrections.json' with {
  type: 'json',
};
import { firstSteps } from '../../../shared/frameworks/first-steps';
import { builtInFramework, frameworkNodes, ratedNodes } from '../../../shared/frameworks/index';
import { requireSharedFolder, seedsDir } from '../../support/paths';

/** The seed as one line of text, with only the documented OCR fixes applied. */
function normalisedSeed(file: string): string {
  let text = readFileSync(resolve(requireSharedFolder(seedsDir), file), 'utf8');
  for (const c of corrections.corrections.filter((c) => c.seed === file)) {
    text = text.split(c.found).join(c.corrected);
  }
  // Hyphens at a line break are real hyphens in these seeds ("two-\nway", "co-\ndeveloping").
  return text.replace(/-\n\s*/g, '-').replace(/\s+/g, ' ');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('PTA 2022 framework against seed 000', () => {
  const fw = builtInFramework('pta-2022');
  const seed = normalisedSeed('000_a7a9f0c370cb09fd.txt');
  const nodes = frameworkNodes(fw);

  it('has 6 standards, 12 goals and 49 indicators', () => {
    expect(nodes.filter((n) => n.level === 1)).toHaveLength(6);
    expect(nodes.filter((n) => n.level === 2)).toHaveLength(12);
    expect(ratedNodes(fw)).toHaveLength(49);
  });

  it.each(nodes.filter((n) => n.level === 3).map((n) => [n.id, n.text ?? '']))(
    'indicator %s occurs word for word in the seed',
    (_id, text) => {
      expect(seed).toContain(squash(text));
    },
  );

  it.each(nodes.filter((n) => n.level < 3).map((n) => [n.id, n]))(
    '%s: title, description and question occur in the seed',
    (_id, node) => {
      for (const part of [node.title, node.text, node.question]) {
        if (part) expect(seed).toContain(squash(part));
      }
    },
  );

  it('keeps every summary-of-changes note word for word', () => {
    const notes = nodes.flatMap((n) => n.notes ?? []);
    expect(notes.length).toBeGreaterThanOrEqual(20);
    for (const note of notes) expect(seed).toContain(squash(note));
  });

  it('pairs each goal title with its guiding question as the seed does', () => {
    for (const goal of nodes.filter((n) => n.level === 2)) {
      expect(seed).toMatch(
        new RegExp(`${escapeRegExp(goal.title ?? '')}[:.] ${escapeRegExp(goal.question ?? '')}`),
      );
    }
  });

  it('attaches the administrators’ action steps from seed 002 to the right standard', () => {
    const actionSeed = normalisedSeed('002_3c216c8331d78dcc.txt');
    const standards = nodes.filter((n) => n.level === 1);
    const counts = standards.map((s) => s.actionSteps?.length ?? 0);
    expect(counts).toEqual([6, 6, 6, 6, 5, 5]);
    for (const s of standards) {
      for (const step of s.actionSteps ?? []) expect(actionSeed).toContain(squash(step));
    }
    // Each standard's steps sit between its heading and the next one in seed 002.
    const headings = [
      'Welcome All Families',
      'Communicate Effectively',
      'Support Student Success',
      'Speak Up for Every Child',
      'Share Power',
      'Collaborate with Community',
    ];
    headings.forEach((heading, i) => {
      const start = actionSeed.indexOf(` ${heading} `);
      const next = headings[i + 1];
      const end = next ? actionSeed.indexOf(` ${next} `) : actionSeed.length;
      expect(start).toBeGreaterThan(0);
      for (const step of standards[i]?.actionSteps ?? []) {
        const at = actionSeed.indexOf(squash(step));
        expect(at).toBeGreaterThan(start);
        expect(at).toBeLessThan(end);
      }
    });
  });
});

describe('PTA 2008 framework against seed 001', () => {
  const fw = builtInFramework('pta-2008');
  const seed = normalisedSeed('001_9781e2ccc273f146.txt');

  it('has the six 2008 standards, rated at the standard level, each mapped to its 2022 standard', () => {
    const rated = ratedNodes(fw);
    expect(fw.ratedLevel).toBe(1);
    expect(rated.map((n) => n.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    for (const item of fw.items) {
      expect(item.mapsTo).toEqual([{ framework: 'pta-2022', id: item.id }]);
      expect(item.children ?? []).toEqual([]);
    }
    expect(fw.notes?.join(' ')).toMatch(/rated at the standard level/);
  });

  it.each(builtInFramework('pta-2008').items.map((i) => [i.id, i]))(
    'standard %s name and description occur in the seed',
    (id, item) => {
      expect(seed).toContain(`Standard ${id} – ${item.title}`);
      expect(seed).toContain(squash(item.text ?? ''));
    },
  );
});

describe('KB-R framework against seed 004', () => {
  const fw = builtInFramework('kb-r');
  const seed = normalisedSeed('004_385c5a7dea784047.txt');
  const nodes = frameworkNodes(fw);

  it('has 4 areas, 9 standards and 30 indicators, with its adoption and revision dates', () => {
    expect(nodes.filter((n) => n.level === 1)).toHaveLength(4);
    expect(nodes.filter((n) => n.level === 2)).toHaveLength(9);
    expect(ratedNodes(fw)).toHaveLength(30);
    expect(fw.adopted).toBe('2013-09-18');
    expect(fw.revised).toBe('2022-03-23');
    expect(seed).toContain('Adopted September 18, 2013');
    expect(seed).toContain('Revised March 23, 2022');
    expect(fw.levels).toEqual(['Area', 'Standard', 'Indicator']);
  });

  it.each(nodes.map((n) => [n.id, n]))('%s occurs word for word in the seed', (_id, node) => {
    for (const part of [node.title, node.text]) if (part) expect(seed).toContain(squash(part));
  });

  it('keeps source order: every item appears after the one before it', () => {
    let last = -1;
    for (const node of nodes) {
      const at = seed.indexOf(squash(node.text ?? node.title ?? ''), last + 1);
      expect(at, node.id).toBeGreaterThan(last);
      last = at;
    }
  });
});

describe('First Steps cycle against seed 003', () => {
  const seed = normalisedSeed('003_88f850987acce906.txt');
  it('has the six steps, numbered, word for word', () => {
    expect(firstSteps.steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const step of firstSteps.steps) {
      expect(seed).toContain(`Step ${step.number} ${squash(step.text)}`);
    }
    for (const paragraph of firstSteps.introduction) expect(seed).toContain(squash(paragraph));
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
