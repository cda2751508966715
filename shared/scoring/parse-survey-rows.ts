import type { Framework } from '../frameworks';
import { type FrameworkIndex, indexFramework, resolveItemCell } from './framework-index';
import { parseSurveyLevel } from './parse-survey-level';
import {
  type BlankRow,
  eachRow,
  type FieldCells,
  fieldLocation,
  readIdentifier,
  readOptionalText,
  rowLocationOf,
  rowOf,
  valueError,
} from './row-fields';
import type { Location, SurveyResponse, ValueError } from './types';

export type SurveyField = 'respondentId' | 'standardId' | 'statementId' | 'level';

export interface SurveyRowInput {
  respondentId?: unknown;
  /** The standard (level-1 item) the statement is about. */
  standardId?: unknown;
  /** The statement, when the survey asks several per standard. */
  statementId?: unknown;
  level?: unknown;
  location?: Location;
  cells?: FieldCells<SurveyField>;
}

export interface ParsedSurveyRows {
  responses: SurveyResponse[];
  errors: ValueError[];
  /** Unanswered statements. */
  blanks: BlankRow[];
}

/**
 * Turns family survey rows into responses; like `parseRatingRows`, each row ends as a response,
 * a blank (unanswered) or errors with their location. With a framework, standard ids are checked.
 */
export function parseSurveyRows(
  rows: Iterable<unknown>,
  options: { framework?: Framework } = {},
): ParsedSurveyRows {
  const index = options.framework ? indexFramework(options.framework) : undefined;
  const out: ParsedSurveyRows = { responses: [], errors: [], blanks: [] };
  eachRow(rows, out.errors, (row, fallback) => parseOneRow(row, index, fallback, out));
  return out;
}

function parseOneRow(
  row: Record<string, unknown>,
  index: FrameworkIndex | undefined,
  fallback: Location,
  out: ParsedSurveyRows,
): void {
  const rowLocation = rowLocationOf(row, fallback);
  const cells = rowOf(row.cells) as FieldCells<SurveyField> | undefined;
  const at = (field: SurveyField) => fieldLocation(rowLocation, cells, field);

  const respondent = readIdentifier(row.respondentId, 'respondent');
  const standard = readIdentifier(row.standardId, 'standard id');
  const level = parseSurveyLevel(row.level);
  if (level.kind === 'blank') {
    const blank: BlankRow = { location: rowLocation };
    if (respondent.ok) blank.raterId = respondent.text;
    if (standard.ok) blank.itemId = standard.text;
    out.blanks.push(blank);
    return;
  }
  const errors: ValueError[] = [];
  if (!respondent.ok)
    errors.push(valueError(at('respondentId'), row.respondentId, respondent.reason));
  const resolved = resolveItemCell(standard, index, 1);
  if (!resolved.ok) errors.push(valueError(at('standardId'), row.standardId, resolved.reason));
  const standardId = resolved.ok ? resolved.id : undefined;
  const statement = readOptionalText(row.statementId);
  if (!statement.ok) errors.push(valueError(at('statementId'), row.statementId, statement.reason));
  if (level.kind === 'invalid') errors.push(valueError(at('level'), row.level, level.reason));

  const complete = respondent.ok && standardId && statement.ok && level.kind === 'value';
  if (errors.length > 0 || !complete || standardId === undefined) {
    out.errors.push(...errors);
    return;
  }
  const response: SurveyResponse = {
    respondentId: respondent.text,
    standardId,
    level: level.value,
    location: at('level'),
  };
  if (statement.text !== undefined) response.statementId = statement.text.trim();
  out.responses.push(response);
}
