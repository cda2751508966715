import type { AssessmentComparison, ItemChange } from '../../shared/scoring';
import type { Cell } from './cells';
import { formatStamp } from './dashboard';
import type { Block, SheetPlan } from './plan';

/** Last school year against this one, per standard and per indicator, from the scoring core. */
export function yearOverYearSheet(input: {
  name: string;
  before: string;
  after: string;
  comparison: AssessmentComparison | undefined;
  note?: string;
  at: Date;
}): SheetPlan {
  const { comparison, before, after } = input;
  const blocks: Block[] = [
    { row: 1, column: 1, values: [[`Change since ${before}`]], bold: true, fontSize: 14 },
    {
      row: 2,
      column: 1,
      values: [
        [
          input.note ??
            `${before} (from "Ratings archive") against ${after} (the rating sheets now). Compiled ${formatStamp(input.at)}; "Refresh dashboard" updates it. Means run from 0 to 3; changes in the share at Progressing or above are in percentage points.`,
        ],
      ],
      italic: true,
    },
  ];
  let row = 4;
  const headers = (first: string[]) => [
    ...first,
    `Mean ${before}`,
    `Mean ${after}`,
    'Change',
    `At Progressing or above ${before}`,
    `At Progressing or above ${after}`,
    'Change (points)',
  ];
  const cells = (c: ItemChange): Cell[] => [
    c.before.mean,
    c.after.mean,
    c.meanChange,
    c.before.shareProgressingOrAbove,
    c.after.shareProgressingOrAbove,
    c.shareChange * 100,
  ];
  const formats = ['0.00', '0.00', '+0.00;-0.00;0.00', '0%', '0%', '+0;-0;0'];
  const table = (title: string, first: string[], rows: Cell[][]) => {
    blocks.push({ row, column: 1, values: [[title]], bold: true, fontSize: 12 });
    row++;
    blocks.push({
      row,
      column: 1,
      values: [headers(first)],
      bold: true,
      background: '#eeeeee',
      wrap: true,
    });
    row++;
    if (rows.length === 0) {
      blocks.push({
        row,
        column: 1,
        values: [['Nothing scored in both years yet.']],
        italic: true,
      });
      row += 2;
      return;
    }
    blocks.push({
      row,
      column: 1,
      values: rows,
      columnFormats: [...first.map(() => null), ...formats],
      wrap: true,
    });
    row += rows.length + 1;
  };
  if (comparison) {
    table(
      'By standard',
      ['Standard'],
      comparison.standards.map((c) => [`${c.id} ${c.title ?? c.text ?? ''}`.trim(), ...cells(c)]),
    );
    table(
      'By indicator',
      ['Id', 'Indicator'],
      comparison.items.map((c) => [c.id, c.text ?? c.title ?? '', ...cells(c)]),
    );
    if (comparison.onlyBefore.length + comparison.onlyAfter.length > 0) {
      blocks.push({
        row,
        column: 1,
        values: [
          [`Scored only in ${before}: ${comparison.onlyBefore.join(', ') || 'none'}`],
          [`Scored only in ${after}: ${comparison.onlyAfter.join(', ') || 'none'}`],
        ],
      });
    }
  }
  return {
    kind: 'year-over-year',
    key: 'main',
    name: input.name,
    mode: 'replace',
    blocks,
    columnWidths: [
      { column: 1, count: 1, width: 220 },
      { column: 2, count: 1, width: 260 },
      { column: 3, count: 7, width: 95 },
    ],
    protection: { description: 'Year over year: rebuilt by the add-on.', unprotected: [] },
  };
}
