import { describe, expect, it } from 'vitest';
import { actionPlanSheet, readActionPlan } from '../../../apps-script/workbook/action-plan';
import { readEvidenceLog } from '../../../apps-script/workbook/evidence-log';
import {
  guessMapping,
  readSurveySheet,
  responseKey,
  surveyRowsFromForm,
} from '../../../apps-script/workbook/family-survey';
import { readTickedIds } from '../../../apps-script/workbook/priorities-sheet';
import { builtInFramework } from '../../../shared/frameworks';

const pta = builtInFramework('pta-2022');

describe('the Evidence log, as the extension exports it', () => {
  // The extension's TSV: indicator id, date, page title, URL, evidence; pasted at A5.
  const grid = [
    [],
    ['Evidence log'],
    ['Paste rows…'],
    ['Indicator id', 'Date', 'Page title', 'URL', 'Evidence'],
    ['indicator id', 'date', 'page title', 'url', 'evidence'],
    [
      '2.1.1',
      '2025-10-02',
      'October newsletter',
      'https://school.example/news',
      '“Interpreters are available at every conference.”',
    ],
    [
      '2.1.1',
      new Date(2025, 9, 3),
      'Family handbook',
      'https://school.example/handbook',
      '“Call us in your language.”',
    ],
    ['9.9.9', '2025-10-02', 'Page', 'https://x.example', 'Something'],
    ['1.1.1', '10/02/2025', 'Page', 'https://x.example', 'Something else'],
    ['', '', '', '', ''],
  ];
  const log = readEvidenceLog('Evidence log', grid, pta);

  it('counts evidence per indicator, skipping a pasted header row', () => {
    expect(Object.fromEntries(log.counts)).toEqual({ '2.1.1': 2, '1.1.1': 1 });
    expect(log.rows).toBe(4);
  });

  it('names each row it cannot use by sheet, row and column', () => {
    expect(log.problems.map((p) => p.message)).toEqual([
      'Sheet "Evidence log", row 8, column A: "9.9.9" is not an indicator of National Standards for Family-School Partnerships (2022).',
      'Sheet "Evidence log", row 9, column B: "10/02/2025" is not a date written YYYY-MM-DD.',
    ]);
  });
});

describe('ticks and plans the team keeps', () => {
  it('reads the ids ticked on Priorities', () => {
    const grid = [
      ['Rank', 'Id'],
      [1, '1.1.1', ...Array(10).fill(''), true],
      [2, '2.1.1', ...Array(10).fill(''), false],
      [3, '3.1.1', ...Array(10).fill(''), 'TRUE'],
    ];
    expect([...readTickedIds(grid)]).toEqual(['1.1.1']);
  });

  it('adds only indicators not yet on the Action plan, after the last row anyone typed in', () => {
    const grid = [
      [],
      [],
      [],
      ['Goal', 'Indicator'],
      ['1.1 …', '1.1.1 Learn about families', 'our own steps'],
      [],
      ['', '', 'a note typed lower down'],
    ];
    const state = readActionPlan(grid);
    expect([...state.ids]).toEqual(['1.1.1']);
    expect(state.lastRow).toBe(7);
    const { plan, added } = actionPlanSheet({
      name: 'Action plan',
      framework: pta,
      state,
      chosen: ['1.1.1', '2.1.1', 'nope'],
      schoolYear: '2025-26',
    });
    expect(added).toEqual(['2.1.1']);
    const rows = plan?.blocks.find((b) => b.row === 8);
    expect(rows?.values).toHaveLength(1);
    expect(rows?.values[0]?.[1]).toMatch(/^2\.1\.1 /);
    expect(plan?.mode).toBe('update');
    expect(plan?.blocks.every((b) => b.row <= 4 || b.row >= 8)).toBe(true);
  });
});

describe('a Google Form’s responses', () => {
  const headers = [
    'Timestamp',
    'Email address',
    'How welcome do you feel? (Welcome All Families)',
    'Standard 2 — communication',
    'Standard 3',
    'Other comments',
  ];

  it('are mapped to standards by number or by title', () => {
    expect(guessMapping(headers, pta, 'Form Responses 1')).toEqual({
      sourceSheet: 'Form Responses 1',
      respondentColumn: 2,
      timestampColumn: 1,
      standards: [
        { column: 3, standardId: '1' },
        { column: 4, standardId: '2' },
        { column: 5, standardId: '3' },
      ],
    });
  });

  it('are copied once each, in the survey’s column order, unanswered rows skipped', () => {
    const mapping = guessMapping(headers, pta, 'Form Responses 1');
    const grid = [
      headers,
      ['t1', 'a@x', 'Agree', 'Disagree', '', 'hi'],
      ['t2', 'b@x', '', '', '', 'only a comment'],
      ['t3', 'c@x', 'Strongly agree', '', 'Agree', ''],
    ];
    const first = surveyRowsFromForm(grid, mapping, pta, new Map());
    expect(first.rows).toEqual([
      ['a@x', 't1', 'Agree', 'Disagree', '', '', '', '', 'Form Responses 1, row 2'],
      ['c@x', 't3', 'Strongly agree', '', 'Agree', '', '', '', 'Form Responses 1, row 4'],
    ]);
    // The first response is on the survey already (recognised by its content, not its row).
    const copied = new Map([
      [
        responseKey('a@x', 't1', [
          ['1', 'Agree'],
          ['2', 'Disagree'],
        ]),
        1,
      ],
    ]);
    const again = surveyRowsFromForm(grid, mapping, pta, copied);
    expect(again).toMatchObject({
      skipped: 1,
      rows: [expect.arrayContaining(['Form Responses 1, row 4'])],
    });
  });

  it('are read back from the Family survey by their column keys, wherever the columns moved', () => {
    const keys = ['standard:pta-2022:2', 'respondent', 'standard:pta-2022:1', 'date', 'source'];
    const grid = [
      keys,
      ['Family survey'],
      ['…'],
      ['…'],
      ['Agree', 'Fam A', 'Disagree', '', ''],
      ['', '', '', '', ''],
    ];
    const state = readSurveySheet('Family survey', grid);
    expect(state?.rows).toEqual([
      {
        respondentId: 'Fam A',
        standardId: '2',
        level: 'Agree',
        location: { sheet: 'Family survey', row: 5 },
        cells: { level: 'A', respondentId: 'B' },
      },
      {
        respondentId: 'Fam A',
        standardId: '1',
        level: 'Disagree',
        location: { sheet: 'Family survey', row: 5 },
        cells: { level: 'C', respondentId: 'B' },
      },
    ]);
  });
});
