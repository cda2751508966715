import type { Framework } from '../../shared/frameworks';
import { type SurveyRowInput, surveyDropdownLabels } from '../../shared/scoring';
import { type Cell, columnLetter, isDate, isEmptyCell, toCell } from './cells';
import { groupLabel, standards } from './framework-labels';
import {
  bannerBlock,
  keyedBlocks,
  keyedHeaderBlocks,
  keyedValidations,
  placeColumns,
  usedWidth,
} from './keyed-columns';
import type { SheetPlan } from './plan';
import {
  isThisSchoolYear,
  SCHOOL_YEAR_HEADER,
  type SchoolYears,
  schoolYearStampFill,
} from './school-year-stamps';

/**
 * The family survey: one row per family, one column per standard, answers on the five-point
 * agreement scale. Families' answers are pasted in, or copied from a linked Google Form's
 * response sheet in this spreadsheet ("Compare with family survey"). Columns are found by the
 * hidden key row, so they can be moved; copied rows say where they came from ("Copied from"),
 * and a response is recognised as copied by its content (timestamp, respondent, answers), not by
 * its row, so deleting a Form row or renaming the Form's tab copies nothing twice or skips nothing. A "School year" column says which year a row is for: only this year's rows (and
 * rows with no year yet) are compared; a new school year stamps the blank ones with last year.
 */
export const SURVEY_ROWS = { keys: 1, title: 2, instructions: 3, header: 4, firstData: 5 } as const;

export interface SurveySheetState {
  frameworkId: string;
  respondentColumn: number;
  dateColumn: number;
  sourceColumn: number;
  standardColumns: Array<{ standardId: string; column: number }>;
  lastRow: number;
  sources: Set<string>;
  /** Rows copied from a Form, of any year, by `responseKey`, with how many rows share the key. */
  copiedResponses: Map<string, number>;
  /** This school year's answers. */
  rows: SurveyRowInput[];
  /** Rows with answers this school year, for the message. */
  answeredRows: number;
  /** Rows with answers, of any school year (the sheet holds answers even when none is this year's). */
  answeredAnyYear: number;
  /** Answered rows (1-based) with no school year yet. */
  unstamped: number[];
  /** The row holding the column keys (1 unless rows were inserted above it). */
  keyRow: number;
  /** The key row as it is, and the widest column in use. */
  keys: string[];
  width: number;
}

const standardKey = (frameworkId: string, id: string) => `standard:${frameworkId}:${id}`;

export function readSurveySheet(
  sheetName: string,
  grid: unknown[][],
  years?: SchoolYears,
): SurveySheetState | undefined {
  const keyRow = grid.findIndex((row, i) => i < 10 && row.includes('respondent'));
  if (keyRow < 0) return undefined;
  const keys = (grid[keyRow] ?? []).map((k) => (typeof k === 'string' ? k : ''));
  const standardColumns: SurveySheetState['standardColumns'] = [];
  let frameworkId = '';
  keys.forEach((key, c) => {
    const match = /^standard:([^:]+):(.+)$/.exec(key);
    if (match) {
      frameworkId = match[1] ?? '';
      standardColumns.push({ standardId: match[2] ?? '', column: c + 1 });
    }
  });
  const respondentColumn = keys.indexOf('respondent') + 1;
  const dateColumn = keys.indexOf('date') + 1;
  const sourceColumn = keys.indexOf('source') + 1;
  const yearColumn = keys.indexOf('year') + 1;
  const sources = new Set<string>();
  const copiedResponses = new Map<string, number>();
  const rows: SurveyRowInput[] = [];
  const unstamped: number[] = [];
  let lastRow = 0;
  let answeredRows = 0;
  let answeredAnyYear = 0;
  const firstData = keyRow + (SURVEY_ROWS.firstData - SURVEY_ROWS.keys);
  grid.forEach((row, r) => {
    if (r < firstData) return;
    if (row.some((cell) => !isEmptyCell(cell))) lastRow = r + 1;
    const source = sourceColumn > 0 ? row[sourceColumn - 1] : '';
    if (!isEmptyCell(source)) sources.add(String(source));
    const respondent = respondentColumn > 0 ? row[respondentColumn - 1] : '';
    if (!isEmptyCell(source)) {
      const key = responseKey(
        respondent,
        dateColumn > 0 ? row[dateColumn - 1] : '',
        standardColumns.map(({ standardId, column }) => [standardId, row[column - 1]]),
      );
      copiedResponses.set(key, (copiedResponses.get(key) ?? 0) + 1);
    }
    const respondentId = isEmptyCell(respondent) ? `Row ${r + 1}` : respondent;
    const answeredAny = standardColumns.some(({ column }) => !isEmptyCell(row[column - 1]));
    if (!answeredAny) return;
    answeredAnyYear++;
    const yearCell = yearColumn > 0 ? row[yearColumn - 1] : '';
    if (isEmptyCell(yearCell)) unstamped.push(r + 1);
    if (years && !isThisSchoolYear(yearCell, years)) return;
    let answered = false;
    for (const { standardId, column } of standardColumns) {
      const level = row[column - 1];
      if (isEmptyCell(level)) continue;
      answered = true;
      rows.push({
        respondentId:
          typeof respondentId === 'string' || typeof respondentId === 'number'
            ? `${respondentId}`
            : `Row ${r + 1}`,
        standardId,
        level,
        location: { sheet: sheetName, row: r + 1 },
        cells: {
          level: columnLetter(column),
          respondentId: columnLetter(Math.max(respondentColumn, 1)),
        },
      });
    }
    if (answered) answeredRows++;
  });
  return {
    frameworkId,
    respondentColumn,
    dateColumn,
    sourceColumn,
    standardColumns,
    lastRow,
    sources,
    copiedResponses,
    rows,
    answeredRows,
    answeredAnyYear,
    unstamped,
    keyRow: keyRow + 1,
    keys,
    width: usedWidth(grid),
  };
}

const TITLE = 'Family survey';
const INSTRUCTIONS = /^One row per family\. For each [\s\S]* Names are optional\.$/;

/**
 * Plans the sheet: keys, title and header in our columns, wherever the team moved them (a
 * column of the team's own is left alone), unless it holds answers for another framework or its
 * key row is gone (then it is left as it is, and `notice` says why).
 */
export function familySurveySheet(input: {
  name: string;
  framework: Framework;
  state: SurveySheetState | undefined;
  append?: Cell[][];
  /** The sheet as it is; anything in it without a key row means the keys were deleted. */
  grid?: unknown[][];
  /** A new school year: last year's name for these rows' blank School year cells. */
  stamp?: { rows: number[]; year: string };
}): { plan: SheetPlan | undefined; notice?: string } {
  const { framework, state } = input;
  const list = standards(framework);
  const keys = [
    'respondent',
    'date',
    ...list.map((s) => standardKey(framework.id, s.id)),
    'source',
    'year',
  ];
  if (!state && input.grid && usedWidth(input.grid) > 0) {
    return {
      plan: undefined,
      notice: `Sheet "${input.name}": the hidden key row (row 1, with "respondent" in the Respondent column) is gone, so the add-on cannot tell which column holds which standard. The sheet was left as it is and not read; undo the change (Edit › Undo or version history) to use it again.`,
    };
  }
  if (
    state &&
    state.frameworkId !== '' &&
    state.frameworkId !== framework.id &&
    state.answeredAnyYear > 0
  ) {
    return {
      plan: undefined,
      notice: `"Family survey" holds answers for framework ${state.frameworkId}, not ${framework.id}; it was left as it is. Rename it to keep it, and a new one will be made.`,
    };
  }
  // Without the "Copied from" column, Form rows already copied would be copied again.
  if (state && state.sourceColumn === 0 && state.lastRow > 0 && input.append?.length) {
    return {
      plan: undefined,
      notice: `Sheet "${input.name}": the "Copied from" column (hidden key "source") is gone, so the add-on cannot tell which Form rows were copied already. Nothing was copied; undo the deletion (Edit › Undo or version history) first.`,
    };
  }
  // An unanswered sheet of another framework: its standard columns are reused in order.
  const foundKeys = [...(state?.keys ?? [])];
  if (state && state.frameworkId !== '' && state.frameworkId !== framework.id) {
    const stale = state.standardColumns.map((c) => c.column).sort((a, b) => a - b);
    const fresh = keys.filter((k) => k.startsWith('standard:'));
    stale.forEach((column, i) => {
      foundKeys[column - 1] = fresh[i] ?? '';
    });
  }
  const placed = placeColumns(foundKeys, keys, state?.width ?? 0);
  const columns = keys.map((k) => placed.get(k) ?? 0);
  const cleared =
    state && state.frameworkId !== framework.id
      ? state.standardColumns.map((c) => c.column).filter((c) => !columns.includes(c))
      : [];
  const offset = (state?.keyRow ?? 1) - SURVEY_ROWS.keys;
  const at = (row: number) => row + offset;
  const firstData = at(SURVEY_ROWS.firstData);
  const firstNew = Math.max(firstData, (state?.lastRow ?? 0) + 1);
  const rows = input.append ?? [];
  const answerRows = Math.max(500, firstNew + rows.length - firstData);
  const [levelName] = framework.levels;
  const standardColumns = columns.slice(2, 2 + list.length);
  const [validations, ...extraValidations] = keyedValidations(
    firstData,
    standardColumns,
    Array.from({ length: answerRows }, () =>
      list.map(() => ({
        type: 'list' as const,
        values: surveyDropdownLabels('en'),
        allowInvalid: true,
      })),
    ),
  );
  const widths = [150, 90, ...list.map(() => 150), 160, 90];
  const yearColumn = columns[keys.length - 1] ?? 0;
  const plan: SheetPlan = {
    kind: 'family-survey',
    key: 'main',
    name: input.name,
    mode: 'update',
    blocks: [
      ...keyedBlocks(
        at(SURVEY_ROWS.keys),
        [...columns, ...cleared],
        [[...keys, ...cleared.map(() => '')]],
      ),
      ...bannerBlock(input.grid, at(SURVEY_ROWS.title), TITLE, (v) => v === TITLE, {
        bold: true,
        fontSize: 14,
      }),
      ...bannerBlock(
        input.grid,
        at(SURVEY_ROWS.instructions),
        `One row per family. For each ${levelName.toLowerCase()}, how much does the family agree that the school lives up to it: Strongly agree, Agree, Neither agree nor disagree, Disagree or Strongly disagree (or 5 to 1; Spanish labels work too). Paste answers in the first empty row (row ${firstData} when the sheet is empty), or use "Compare with family survey" to copy them from a Form’s response sheet. Only rows whose ${SCHOOL_YEAR_HEADER} is blank or this year are compared; "Start new school year" fills in last year for the rows that have none, so they are kept here but no longer counted. Names are optional.`,
        (v) => INSTRUCTIONS.test(v),
        { italic: true },
      ),
      ...keyedHeaderBlocks(
        input.grid,
        { header: at(SURVEY_ROWS.header), keyRow: at(SURVEY_ROWS.keys) },
        [...columns, ...cleared],
        [
          'Respondent (optional)',
          'Date',
          ...list.map((s) => `${levelName} ${groupLabel(s)}`),
          'Copied from',
          SCHOOL_YEAR_HEADER,
          ...cleared.map(() => ''),
        ],
        { bold: true, background: '#eeeeee', wrap: true },
        [...keys, ...cleared.map(() => '')],
      ),
      ...(rows.length > 0
        ? keyedBlocks(
            firstNew,
            columns,
            rows.map((r) => padRow(r, keys.length)),
            { columnFormats: [null, 'yyyy-mm-dd'] },
          )
        : []),
    ],
    ...(input.stamp
      ? { fills: [schoolYearStampFill(input.stamp.rows, yearColumn, input.stamp.year)] }
      : {}),
    frozenRows: at(SURVEY_ROWS.header),
    hiddenRows: [{ row: at(SURVEY_ROWS.keys), count: 1 }],
    columnWidths: columns.map((column, i) => ({ column, count: 1, width: widths[i] ?? 150 })),
    ...(validations ? { validations } : {}),
    ...(extraValidations.length > 0 ? { extraValidations } : {}),
  };
  return { plan };
}

function padRow(row: Cell[], width: number): Cell[] {
  return Array.from({ length: width }, (_, i) => row[i] ?? '');
}

/** How the columns of a Form's response sheet map onto the survey. */
export interface SurveyMapping {
  sourceSheet: string;
  /** 1-based columns; 0 when there is none. */
  respondentColumn: number;
  timestampColumn: number;
  standards: Array<{ column: number; standardId: string }>;
}

/**
 * What identifies a Form response wherever its row is and whatever its tab is called: the
 * timestamp Google gave it, the respondent and the answers by standard (blank ones left out, as
 * the survey has columns the Form may not ask about). Text is compared trimmed and in any case.
 */
export function responseKey(
  respondent: unknown,
  date: unknown,
  answers: Array<[standardId: string, answer: unknown]>,
): string {
  const plain = (value: unknown): string => {
    if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
    return isEmptyCell(value) ? '' : String(value).trim().toLowerCase();
  };
  const answered = answers
    .filter(([, answer]) => !isEmptyCell(answer))
    .map(([id, answer]) => `${id}=${plain(answer)}`)
    .sort();
  return JSON.stringify([plain(date), plain(respondent), ...answered]);
}

/**
 * Rows of a Form's response sheet turned into survey rows (respondent, date, one answer per
 * standard, source), skipping the header and every response already on the survey
 * (`copiedResponses`, from `readSurveySheet`). Identical responses are told apart by count: two
 * families who gave the same answers with no timestamp are two rows.
 */
export function surveyRowsFromForm(
  grid: unknown[][],
  mapping: SurveyMapping,
  framework: Framework,
  copiedResponses: ReadonlyMap<string, number>,
): { rows: Cell[][]; skipped: number } {
  const order = standards(framework).map((s) => s.id);
  const notYetMatched = new Map(copiedResponses);
  const rows: Cell[][] = [];
  let skipped = 0;
  grid.forEach((row, r) => {
    if (r === 0) return;
    const answers = order.map((id) => {
      const column = mapping.standards.find((s) => s.standardId === id)?.column ?? 0;
      return column > 0 ? toCell(row[column - 1]) : '';
    });
    if (answers.every(isEmptyCell)) return;
    const respondent =
      mapping.respondentColumn > 0 ? toCell(row[mapping.respondentColumn - 1]) : '';
    const date = mapping.timestampColumn > 0 ? toCell(row[mapping.timestampColumn - 1]) : '';
    const key = responseKey(
      respondent,
      date,
      order.map((id, i) => [id, answers[i]]),
    );
    const copies = notYetMatched.get(key) ?? 0;
    if (copies > 0) {
      notYetMatched.set(key, copies - 1);
      skipped++;
      return;
    }
    rows.push([respondent, date, ...answers, `${mapping.sourceSheet}, row ${r + 1}`]);
  });
  return { rows, skipped };
}

/** A guess at which Form column asks about which standard: "Standard 2" or the standard's title in the question. */
export function guessMapping(
  headers: unknown[],
  framework: Framework,
  sourceSheet: string,
): SurveyMapping {
  const levelName = framework.levels[0].toLowerCase();
  const list = standards(framework);
  const texts = headers.map((h) => (typeof h === 'string' ? h.toLowerCase() : ''));
  const mapping: SurveyMapping = {
    sourceSheet,
    respondentColumn: 0,
    timestampColumn: 0,
    standards: [],
  };
  texts.forEach((text, c) => {
    if (/time ?stamp|marca temporal/.test(text) && !mapping.timestampColumn)
      mapping.timestampColumn = c + 1;
    if (/^(name|respondent|email|e-mail|nombre|correo)/.test(text) && !mapping.respondentColumn)
      mapping.respondentColumn = c + 1;
  });
  for (const standard of list) {
    const title = (standard.title ?? '').toLowerCase();
    const byNumber = texts.findIndex((t) =>
      new RegExp(`\\b${levelName}\\s*${standard.id}\\b`).test(t),
    );
    const byTitle = title ? texts.findIndex((t) => t.includes(title)) : -1;
    const column = byNumber >= 0 ? byNumber : byTitle;
    if (column >= 0) mapping.standards.push({ column: column + 1, standardId: standard.id });
  }
  return mapping;
}
