import { resolveFramework } from '../../setup/framework-choice';
import type { SurveyCopyRequest, SurveyState, SurveySummary } from '../../setup/sidebar-protocol';
import { guessMapping, readSurveySheet, surveyRowsFromForm } from '../../workbook/family-survey';
import { groupLabel, standards } from '../../workbook/framework-labels';
import { mainSheet } from '../../workbook/snapshot';
import { UserError } from '../../workbook/user-error';
import {
  readSnapshot,
  showSidebar,
  unmanagedSheetHeaders,
  withDocumentLock,
} from '../sheet-adapter';
import { type CallResult, runMenuCommand, runSidebarCall } from './run';
import { rebuild, requireStored } from './workbook-state';

export function showFamilySurvey(): void {
  runMenuCommand('Compare with family survey', () => {
    requireStored();
    showSidebar('survey', 'Compare with family survey');
  });
}

/** Sheets that could hold a Form's responses, each with a guess at which column is which standard. */
export function getSurveySources(): CallResult<SurveyState> {
  return runSidebarCall(() => {
    const stored = requireStored();
    const framework = resolveFramework(stored.settings.framework, stored.customJson);
    const snapshot = readSnapshot(['family-survey']);
    const survey = mainSheet(snapshot, 'family-survey');
    // This school year's answers only: earlier years' rows stay on the sheet but are not compared.
    const year = stored.settings.schoolYear;
    const answers = survey?.values
      ? (readSurveySheet(survey.name, survey.values, { current: year, blankMeans: year })
          ?.answeredRows ?? 0)
      : 0;
    return {
      sources: unmanagedSheetHeaders()
        .filter((s) => s.headers.length > 0 && s.rows > 1)
        .map((s) => ({
          name: s.name,
          rows: s.rows - 1,
          headers: s.headers.map((h) => String(h)),
          guess: guessMapping(s.headers, framework, s.name),
        })),
      standards: standards(framework).map((n) => ({ id: n.id, label: groupLabel(n) })),
      standardName: framework.levels[0],
      surveyAnswers: answers,
    };
  });
}

/** Copies a Form's answers into Family survey (each source row once), then compares. */
export function copyFamilySurvey(request: SurveyCopyRequest): CallResult<SurveySummary> {
  return runSidebarCall(() =>
    withDocumentLock(() => {
      const stored = requireStored();
      const framework = resolveFramework(stored.settings.framework, stored.customJson);
      const sourceName = typeof request?.sourceSheet === 'string' ? request.sourceSheet : '';
      const snapshot = readSnapshot(['family-survey'], [sourceName]);
      const source = snapshot.sheets.find((s) => s.name === sourceName && !s.identity);
      if (!source?.values)
        throw new UserError(`There is no sheet called "${sourceName}" to copy from.`);
      const column = (value: unknown) =>
        Number.isInteger(value) && Number(value) > 0 ? Number(value) : 0;
      const mapping = {
        sourceSheet: sourceName,
        respondentColumn: column(request.respondentColumn),
        timestampColumn: column(request.timestampColumn),
        standards: (Array.isArray(request.standards) ? request.standards : [])
          .filter(
            (s) => column(s?.column) > 0 && standards(framework).some((n) => n.id === s.standardId),
          )
          .map((s) => ({ column: column(s.column), standardId: String(s.standardId) })),
      };
      if (mapping.standards.length === 0) {
        throw new UserError(
          `Choose which column of "${sourceName}" answers each ${framework.levels[0].toLowerCase()}.`,
        );
      }
      const surveySheet = mainSheet(snapshot, 'family-survey');
      // Responses already copied, recognised by content, from this tab or under an older name.
      const copiedBefore = surveySheet?.values
        ? readSurveySheet(surveySheet.name, surveySheet.values)?.copiedResponses
        : undefined;
      const { rows, skipped } = surveyRowsFromForm(
        source.values,
        mapping,
        framework,
        copiedBefore ?? new Map(),
      );
      const result = rebuild({
        mode: 'refresh',
        settings: stored.settings,
        customJson: stored.customJson,
        surveyAppend: rows,
      });
      return summary(result, rows.length, skipped);
    }),
  );
}

/** Compares what is already on Family survey with the team's ratings. */
export function compareFamilySurvey(): CallResult<SurveySummary> {
  return runSidebarCall(() =>
    withDocumentLock(() => {
      const stored = requireStored();
      const result = rebuild({
        mode: 'refresh',
        settings: stored.settings,
        customJson: stored.customJson,
      });
      return summary(result, 0, 0);
    }),
  );
}

function summary(
  result: ReturnType<typeof rebuild>,
  copied: number,
  skipped: number,
): SurveySummary {
  const survey = result.compiled.survey;
  const lines = (survey?.comparison.standards ?? []).map((s) => {
    const label = `${result.framework.levels[0]} ${s.id}`;
    if (!s.team || !s.survey)
      return `${label}: ${s.team ? 'no family answers yet' : 'not rated by the team yet'}.`;
    const gap = Math.round(s.gapPoints ?? 0);
    const direction = gap > 0 ? 'higher than' : gap < 0 ? 'lower than' : 'the same as';
    return `${label}: team ${Math.round(s.team.on100)}, families ${Math.round(s.survey.on100)} (the team rates it ${gap === 0 ? '' : `${Math.abs(gap)} points `}${direction} families do).`;
  });
  const surveyProblems = result.problems
    .filter((p) => p.location.sheet === mainSheetName(result))
    .map((p) => p.message);
  return { copied, skipped, responses: survey?.responses ?? 0, lines, problems: surveyProblems };
}

function mainSheetName(result: ReturnType<typeof rebuild>): string | undefined {
  return result.plan.sheets.find((s) => s.kind === 'family-survey')?.name;
}
