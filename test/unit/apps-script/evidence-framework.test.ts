import { describe, expect, it } from 'vitest';
import { readEvidenceLog } from '../../../apps-script/workbook/evidence-log';
import { builtInFramework } from '../../../shared/frameworks';

/** The Evidence log's title rows, then the given rows from A5. */
function logWith(...rows: unknown[][]): unknown[][] {
  return [
    [],
    ['Evidence log'],
    ['Paste rows…'],
    ['Indicator id', 'Date', 'Page title', 'URL', 'Evidence'],
    ...rows,
  ];
}

const row = (id: string) => [
  id,
  '2026-11-24',
  'Picture Day',
  'https://school.example/picture',
  'Interpreters are available; call the office.',
];

describe('evidence the extension exported with its framework (pta-2022:2.1.2)', () => {
  it('counts against the same indicator in a PTA 2022 workbook, as old pastes without the framework do', () => {
    const log = readEvidenceLog(
      'Evidence log',
      logWith(row('pta-2022:2.1.2'), row('2.1.2')),
      builtInFramework('pta-2022'),
    );
    expect(log.problems).toEqual([]);
    expect(Object.fromEntries(log.counts)).toEqual({ '2.1.2': 2 });
  });

  it('counts against the PTA 2008 standard that maps to its PTA 2022 standard', () => {
    const log = readEvidenceLog(
      'Evidence log',
      logWith(row('pta-2022:2.1.2'), row('pta-2022:4.2.1')),
      builtInFramework('pta-2008'),
    );
    expect(log.problems).toEqual([]);
    expect(Object.fromEntries(log.counts)).toEqual({ '2': 1, '4': 1 });
  });

  it('is refused in a KB-R workbook, which maps nothing to PTA 2022, naming sheet, row and why', () => {
    const kbr = builtInFramework('kb-r');
    const log = readEvidenceLog(
      'Evidence log',
      logWith(row('pta-2022:2.1.2'), row('kb-r:2.1.2')),
      kbr,
    );
    // KB-R 2.1.2 is a different indicator: only a row naming KB-R itself counts there.
    expect(Object.fromEntries(log.counts)).toEqual({ '2.1.2': 1 });
    expect(log.problems.map((p) => p.message)).toEqual([
      `Sheet "Evidence log", row 5, column A: "pta-2022:2.1.2" is indicator 2.1.2 of National Standards for Family-School Partnerships (2022), and ${kbr.name} (${kbr.edition}) maps none of its items to it, so this row is not counted.`,
    ]);
  });

  it('refuses an unknown framework or an id that framework does not have, by row', () => {
    const log = readEvidenceLog(
      'Evidence log',
      logWith(row('pta-2022:9.9.9'), row('district-x:1.1')),
      builtInFramework('pta-2008'),
    );
    expect(log.counts.size).toBe(0);
    expect(log.problems.map((p) => p.message)).toEqual([
      'Sheet "Evidence log", row 5, column A: "pta-2022:9.9.9" is not an indicator of National Standards for Family-School Partnerships (2022), so this row is not counted.',
      'Sheet "Evidence log", row 6, column A: "district-x:1.1" names framework "district-x", and National Standards for Family-School Partnerships (2008) maps none of its items to it, so this row is not counted.',
    ]);
  });
});
