import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../apps-script/workbook/cells';
import {
  guessMapping,
  readSurveySheet,
  type SurveyMapping,
  surveyRowsFromForm,
} from '../../../apps-script/workbook/family-survey';
import { builtInFramework } from '../../../shared/frameworks';

const pta = builtInFramework('pta-2022');
const HEADERS = ['Timestamp', 'Email address', 'Standard 1', 'Standard 2'];
const KEYS = [
  'respondent',
  'date',
  ...['1', '2', '3', '4', '5', '6'].map((id) => `standard:pta-2022:${id}`),
  'source',
  'year',
];

/** A Form response sheet: the header, then one row per response. */
function formSheet(...responses: unknown[][]): unknown[][] {
  return [HEADERS, ...responses];
}

/** The Family survey holding the rows copied so far, read back as the add-on reads it. */
function surveyAfter(copied: Cell[][]) {
  const grid = [KEYS, ['Family survey'], ['…'], ['…'], ...copied];
  const state = readSurveySheet('Family survey', grid);
  if (!state) throw new Error('Family survey not read');
  return state;
}

const monday = new Date(2025, 9, 6, 9, 14, 3);
const tuesday = new Date(2025, 9, 7, 18, 2, 45);
const friday = new Date(2025, 9, 10, 7, 30, 0);

describe('copying a Form’s responses, each once, recognised by their content', () => {
  const mapping: SurveyMapping = guessMapping(HEADERS, pta, 'Form Responses 1');
  const first = formSheet(
    [monday, 'a@x', 'Agree', 'Disagree'],
    [tuesday, 'b@x', 'Strongly agree', 'Agree'],
  );
  const copied = surveyRowsFromForm(first, mapping, pta, surveyAfter([]).copiedResponses).rows;

  it('copies a new answer after a response row was deleted in the Form sheet, and none twice', () => {
    expect(copied).toHaveLength(2);
    // Monday's row is deleted in the Form sheet: Tuesday's moves up to row 2; Friday's is row 3.
    const later = formSheet(
      [tuesday, 'b@x', 'Strongly agree', 'Agree'],
      [friday, 'c@x', 'Neither agree nor disagree', 'Agree'],
    );
    const again = surveyRowsFromForm(later, mapping, pta, surveyAfter(copied).copiedResponses);
    expect(again.skipped).toBe(1);
    expect(again.rows).toEqual([
      [
        'c@x',
        friday,
        'Neither agree nor disagree',
        'Agree',
        '',
        '',
        '',
        '',
        'Form Responses 1, row 3',
      ],
    ]);
  });

  it('copies nothing again after the response tab was renamed', () => {
    const renamed = { ...mapping, sourceSheet: 'Family answers 2025' };
    const again = surveyRowsFromForm(first, renamed, pta, surveyAfter(copied).copiedResponses);
    expect(again).toEqual({ rows: [], skipped: 2 });
  });

  it('copies two identical responses twice, since they are two families', () => {
    const twins = formSheet(['', '', 'Agree', 'Agree'], ['', '', 'Agree', 'Agree']);
    const noTimestamp = { ...mapping, timestampColumn: 0, respondentColumn: 0 };
    const once = surveyRowsFromForm(twins.slice(0, 2), noTimestamp, pta, new Map());
    expect(once.rows).toHaveLength(1);
    const both = surveyRowsFromForm(
      twins,
      noTimestamp,
      pta,
      surveyAfter(once.rows).copiedResponses,
    );
    expect(both).toMatchObject({ skipped: 1, rows: [expect.arrayContaining(['Agree'])] });
  });
});
