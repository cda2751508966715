import { describe, expect, it } from 'vitest';
import { type BuiltInFrameworkId, builtInFramework, ratedNodes } from '../../../shared/frameworks';
import { installAddOn } from './fake/load-code';
import { gridOf, sheetByName } from './fake/spreadsheet-model';
import { MARIA, setupRequest, typeInto } from './fake/team';

/** The extension's "Copy rows for Sheets" row for PTA 2022 indicator 2.1.2, pasted at A5. */
const PASTED = [
  'pta-2022:2.1.2',
  '2026-11-24',
  'Picture Day',
  'http://school.example/picture',
  'Interpreters are available; call the office at (555) 201-4433.',
];

function workbookWithPastedEvidence(framework: string) {
  const addOn = installAddOn();
  addOn.call(
    'saveSetup',
    setupRequest([{ name: 'Maria Lopez', role: 'family' }], { framework: { source: framework } }),
  );
  PASTED.forEach((value, c) => {
    typeInto(addOn.workbook, 'Evidence log', 5, c + 1, value);
  });
  // Every item rated, so every one is listed on Priorities with its evidence count.
  const items = ratedNodes(builtInFramework(framework as BuiltInFrameworkId)).length;
  for (let i = 0; i < items; i++) typeInto(addOn.workbook, MARIA, 5 + i, 5, 'Emerging');
  addOn.call('refreshDashboard');
  return addOn;
}

/** The Evidence column of Priorities, by indicator id. */
function evidenceCounts(
  addOn: ReturnType<typeof installAddOn>,
  framework: BuiltInFrameworkId,
): Map<unknown, unknown> {
  const grid = gridOf(sheetByName(addOn.workbook, 'Priorities')!);
  const header = grid.find((r) => r.includes('Evidence items')) ?? [];
  const column = header.indexOf('Evidence items');
  expect(column).toBeGreaterThan(1);
  const start = grid.indexOf(header) + 1;
  const counts = new Map<unknown, unknown>();
  for (const row of grid.slice(start)) {
    if (row[1] === '' || row[1] === undefined) break;
    counts.set(row[1], row[column]);
  }
  // The first table lists every rated item once.
  expect(counts.size).toBe(ratedNodes(builtInFramework(framework)).length);
  return counts;
}

describe('evidence pasted from the extension, in the built add-on', () => {
  it('counts a PTA 2022 indicator against the PTA 2008 standard it maps to', () => {
    const addOn = workbookWithPastedEvidence('pta-2008');
    const counts = evidenceCounts(addOn, 'pta-2008');
    expect(counts.get('2')).toBe(1);
    expect([...counts.values()].filter((n) => n !== 0)).toEqual([1]);
    expect(addOn.ui.dialogs.map((d) => d.html).join('')).not.toContain('pta-2022:2.1.2');
  });

  it('refuses it in a KB-R workbook, saying which row and why, and counts nothing for KB-R 2.1.2', () => {
    const addOn = workbookWithPastedEvidence('kb-r');
    const counts = evidenceCounts(addOn, 'kb-r');
    expect(counts.get('2.1.2')).toBe(0);
    const dialog = addOn.ui.dialogs.at(-1)?.html ?? '';
    expect(dialog).toContain(
      'Sheet &#34;Evidence log&#34;, row 5, column A: &#34;pta-2022:2.1.2&#34; is indicator 2.1.2 of National Standards for Family-School Partnerships (2022), and KB-R',
    );
    expect(dialog).toContain('maps none of its items to it, so this row is not counted.');
  });
});
