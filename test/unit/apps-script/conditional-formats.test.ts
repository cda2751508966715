import { describe, expect, it } from 'vitest';
import {
  type ExistingConditionalFormat,
  mergeConditionalFormats,
} from '../../../apps-script/workbook/conditional-formats';
import type { ConditionalFormat } from '../../../apps-script/workbook/plan';

const column = (c: number, rows = 100) => ({ row: 5, column: c, rows, columns: 1 });

/** The Action plan's status colours on column J, as the planner builds them. */
const planned: ConditionalFormat[] = [
  { ranges: [column(10)], when: { textEqualTo: 'Done' }, background: '#d9ead3' },
  { ranges: [column(10)], when: { textEqualTo: 'In progress' }, background: '#fff2cc' },
];

const existingOurs = (text: string, background: string, rows: number) => ({
  criteria: 'TEXT_EQUAL_TO',
  values: [text],
  background: background.toUpperCase(),
  ranges: [column(10, rows)],
});

describe('merging the add-on’s conditional formats with the team’s', () => {
  it('replaces only the add-on’s rules (whatever rows they covered), keeping the team’s in order', () => {
    const existing: ExistingConditionalFormat[] = [
      {
        criteria: 'CUSTOM_FORMULA',
        values: ['=$G5<TODAY()'],
        background: '#f4cccc',
        ranges: [column(7)],
      },
      existingOurs('Done', '#d9ead3', 20),
      existingOurs('In progress', '#fff2cc', 20),
      // Same condition and colour as ours, on a column the add-on does not format: the team's.
      { criteria: 'TEXT_EQUAL_TO', values: ['Done'], background: '#d9ead3', ranges: [column(3)] },
      // A colour scale: no boolean condition, never ours.
      { values: [], ranges: [column(10)] },
    ];
    expect(mergeConditionalFormats(existing, planned)).toEqual([
      { keep: 0 },
      { build: planned[0] },
      { build: planned[1] },
      { keep: 3 },
      { keep: 4 },
    ]);
  });

  it('a rule that differs from ours in colour or text is the team’s', () => {
    const existing: ExistingConditionalFormat[] = [
      existingOurs('Done', '#00ff00', 20),
      existingOurs('Done!', '#d9ead3', 20),
    ];
    expect(mergeConditionalFormats(existing, planned)).toEqual([
      { keep: 0 },
      { keep: 1 },
      { build: planned[0] },
      { build: planned[1] },
    ]);
  });

  it('on a sheet without rules, writes just the add-on’s', () => {
    expect(mergeConditionalFormats([], planned)).toEqual(planned.map((p) => ({ build: p })));
  });

  it('drops a team’s rule only when none of its cells is on the sheet, saying which and why', () => {
    const size = { name: 'Dashboard', rows: 60, columns: 12 };
    const team = (ranges: ExistingConditionalFormat['ranges']): ExistingConditionalFormat => ({
      criteria: 'CUSTOM_FORMULA',
      values: ['=$F5<1'],
      background: '#f4cccc',
      ranges,
    });
    const merged = mergeConditionalFormats(
      [
        team([column(6)]), // rows 5–104 on a 60-row sheet: partly there, kept
        team([]),
        team([{ row: 70, column: 2, rows: 5, columns: 1 }]),
        team([column(14), column(3)]),
      ],
      [],
      size,
    );
    const notice =
      'Sheet "Dashboard": your conditional formatting rule "Custom formula is =$F5<1", fill #f4cccc was removed because the cells it applied to are no longer on the sheet.';
    expect(merged).toEqual([{ keep: 0 }, { drop: 1, notice }, { drop: 2, notice }, { keep: 3 }]);
  });
});
