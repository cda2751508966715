import type { Framework } from '../../shared/frameworks';
import type { AssessmentScores, ValueError } from '../../shared/scoring';
import type { Settings } from '../setup/settings';
import { actionPlanSheet, choosePlanRows, readActionPlan } from './action-plan';
import {
  archivedRatings,
  archivedYears,
  archiveRowCells,
  archiveSheet,
  notYetArchived,
  readArchive,
} from './archive';
import type { Cell } from './cells';
import { archiveRows, type Compiled, compareYears, compileAssessment } from './compile';
import { type DashboardLayout, dashboardSheet } from './dashboard';
import { evidenceLogSheet, readEvidenceLog } from './evidence-log';
import { familySurveySheet, readSurveySheet } from './family-survey';
import { keptRatingsSheet, readKeptRows } from './kept-ratings';
import { runs } from './keyed-columns';
import { listsSheet } from './lists-sheet';
import { pivotTablesSheet } from './pivot-tables';
import { gridAfter, type SheetKind, type SheetPlan, type WorkbookPlan } from './plan';
import { prioritiesSheet, readPlanMarks, readTickedIds } from './priorities-sheet';
import { ratingSheetTargets } from './rating-sheets/layout';
import { type PlacedRatingSheet, planRatingSheets } from './rating-sheets/plan';
import { readRatingSheet } from './rating-sheets/read';
import { type RatingsLayout, ratingsTable } from './ratings-table';
import { sameSchoolYear } from './school-year-stamps';
import { SheetNames } from './sheet-names';
import { mainSheet, sheetsOfKind, type WorkbookSnapshot } from './snapshot';
import { UserError } from './user-error';
import { yearOverYearSheet } from './year-over-year';

export const SHEET_NAMES: Record<
  Exclude<SheetKind, 'rating-sheet' | 'retired-rating-sheet'>,
  string
> = {
  dashboard: 'Dashboard',
  priorities: 'Priorities',
  'action-plan': 'Action plan',
  ratings: 'Ratings',
  'family-survey': 'Family survey',
  'evidence-log': 'Evidence log',
  'pivot-tables': 'Pivot tables',
  'year-over-year': 'Year over year',
  'ratings-archive': 'Ratings archive',
  'kept-ratings': 'Kept ratings',
  lists: 'Lists',
};

/**
 * Where a new sheet goes among the tabs: the team's working sheets first, then the rating sheets
 * (4, 5, … in team order), then the rest at the end.
 */
const TAB_ORDER: Record<SheetKind, number> = {
  dashboard: 0,
  priorities: 1,
  'action-plan': 2,
  ratings: 3,
  'rating-sheet': 4,
  'family-survey': 1000,
  'evidence-log': 1001,
  'pivot-tables': 1002,
  'year-over-year': 1003,
  'ratings-archive': 1004,
  'kept-ratings': 1005,
  lists: 1006,
  'retired-rating-sheet': 1007,
};

export interface BuildInput {
  settings: Settings;
  /** The settings before this change (setup, adding a rater), to carry names over. */
  previous?: Settings;
  framework: Framework;
  snapshot: WorkbookSnapshot;
  now: Date;
  /**
   * setup: build or rebuild everything, restructuring rating sheets that no longer match.
   * refresh: read the rating sheets where they are and rebuild what is derived from them.
   * new-year: archive this year's ratings, then clear every rating sheet for `settings`' year.
   */
  mode: 'setup' | 'refresh' | 'new-year';
  /** For new-year: the year being archived (the settings already carry the new one). */
  archivedYear?: string;
  /** Rows copied from a Form's response sheet into Family survey. */
  surveyAppend?: Cell[][];
}

export interface BuildResult {
  plan: WorkbookPlan;
  notices: string[];
  problems: ValueError[];
  compiled: Compiled;
  scores: AssessmentScores;
  addedToActionPlan: string[];
  archived: number;
  /** A new year: last year's Evidence log rows and survey answers, kept in place and stamped with last year. */
  keptInPlace: { evidenceRows: number; surveyRows: number };
  layout: { dashboard: DashboardLayout; ratings: RatingsLayout; placed: PlacedRatingSheet[] };
}

/**
 * The one function every command runs: from the workbook as it is and the settings, the plan of
 * everything to write. Pure: it never touches Apps Script, so it is tested directly.
 */
export function buildWorkbook(input: BuildInput): BuildResult {
  const { settings, framework, snapshot, now } = input;
  const names = new SheetNames(snapshot.sheets.map((s) => s.name));
  const existingName = (kind: keyof typeof SHEET_NAMES) => mainSheet(snapshot, kind)?.name;
  const nameFor = (kind: keyof typeof SHEET_NAMES) =>
    existingName(kind) ?? names.claim(SHEET_NAMES[kind]);
  const notices: string[] = [];
  const extraProblems: ValueError[] = [];

  // Reserve the derived sheets' names first, so a rater called "Dashboard" gets "Dashboard (2)".
  const dashboardName = nameFor('dashboard');
  const prioritiesName = nameFor('priorities');
  const actionPlanName = nameFor('action-plan');
  const ratingsName = nameFor('ratings');
  const listsName = nameFor('lists');
  const pivotName = nameFor('pivot-tables');
  const surveyName = nameFor('family-survey');
  const evidenceName = nameFor('evidence-log');
  // A sheet the team types in, gone since setup made it: the new one is empty, so say so.
  if (input.mode !== 'setup' || input.previous) {
    const typedIn = [
      ['action-plan', actionPlanName],
      ['family-survey', surveyName],
      ['evidence-log', evidenceName],
    ] as const;
    for (const [kind, name] of typedIn) {
      if (!mainSheet(snapshot, kind))
        notices.push(
          `There was no ${SHEET_NAMES[kind]} sheet, so an empty one was made: "${name}". If it was deleted, Edit › Undo or File › Version history brings its rows back.`,
        );
    }
  }

  const keptSnapshot = mainSheet(snapshot, 'kept-ratings');
  const keptRows = keptSnapshot?.values ? readKeptRows(keptSnapshot.values) : [];
  const existingRatingSheets = sheetsOfKind(snapshot, 'rating-sheet').map((s) => ({
    identity: s.identity ?? { kind: 'rating-sheet' as const, key: '' },
    name: s.name,
    read: readRatingSheet(s.name, s.values ?? [], s.notes),
  }));
  // A sheet that cannot be read can be neither archived nor cleared: its ratings would come back
  // as the new year's once it is repaired. Nothing is written until it can be read.
  if (input.mode === 'new-year') {
    for (const { read } of existingRatingSheets)
      if (!read.ok) throw new UserError(`${read.reason} The new school year was not started.`);
  }
  // Every rating sheet was made by the setup that saved these settings; setup itself only
  // expects the ones the previous settings had.
  const madeBy = input.mode === 'setup' ? input.previous : settings;
  const ratingSheets = planRatingSheets({
    settings,
    previous: input.previous,
    targets: ratingSheetTargets(settings, framework),
    existing: existingRatingSheets,
    kept: keptRows,
    names,
    now,
    firstIndex: 4,
    // A new year keeps every sheet where it is: it only archives and clears the rating cells.
    restructure: input.mode === 'setup',
    refreshHeaders: input.mode !== 'refresh',
    madeBefore: new Set(
      madeBy ? ratingSheetTargets(madeBy, framework).map((t) => t.identity.key) : [],
    ),
  });
  notices.push(...ratingSheets.notices);
  const { placed } = ratingSheets;

  const sheets: SheetPlan[] = [];

  // A new year: archive first (and make sure it is saved), then clear the rating cells.
  let archived = 0;
  const archiveSnapshot = mainSheet(snapshot, 'ratings-archive');
  let archiveState = archiveSnapshot?.values ? readArchive(archiveSnapshot.values) : undefined;
  if (input.mode === 'new-year') {
    const rows = archiveRows({
      framework,
      settings: { ...settings, schoolYear: input.archivedYear ?? settings.schoolYear },
      placed,
      at: now,
    });
    // All of them are in the archive afterwards; those already there (a retry) are not copied again.
    archived = rows.length;
    const fresh = notYetArchived(rows, archiveState);
    sheets.push(
      archiveSheet(
        archiveSnapshot?.name ?? names.claim(SHEET_NAMES['ratings-archive']),
        archiveState,
        fresh,
      ),
    );
    archiveState = {
      lastRow: (archiveState?.lastRow ?? 2) + fresh.length,
      rows: [...(archiveState?.rows ?? []), ...fresh.map(archiveRowCells)],
    };
    for (const sheet of placed) {
      const plan = ratingSheets.sheets.find(
        (p) => p.kind === sheet.identity.kind && p.key === sheet.identity.key,
      );
      // Each rater's own three columns where the key row has them: a column the team inserted
      // between them keeps its text and notes.
      const rows = Math.max(1, sheet.lastDataRow - sheet.firstDataRow + 1);
      const clear = sheet.raters.flatMap((r) =>
        runs([r.rating, r.evidence, r.updated]).map((run) => ({
          row: sheet.firstDataRow,
          column: run.start,
          rows,
          columns: run.indexes.length,
        })),
      );
      if (plan) plan.clearRanges = [...(plan.clearRanges ?? []), ...clear];
      else
        sheets.push({
          ...sheet.identity,
          name: sheet.sheetName,
          mode: 'update',
          blocks: [],
          clearRanges: clear,
        });
      sheet.entries = [];
    }
  }
  sheets.push(...ratingSheets.sheets);
  if (ratingSheets.kept.length > 0 || keptSnapshot) {
    sheets.push(
      keptRatingsSheet(
        ratingSheets.kept,
        keptSnapshot?.name ?? names.claim(SHEET_NAMES['kept-ratings']),
      ),
    );
  }

  // What people typed elsewhere: the survey, the evidence log, ticks on Priorities. Only this
  // year's rows count; a new year stamps the rows with no year as last year's (never deleting any).
  const lastYear = input.mode === 'new-year' ? input.archivedYear : undefined;
  const years = { current: settings.schoolYear, blankMeans: lastYear ?? settings.schoolYear };
  const surveySnapshot = mainSheet(snapshot, 'family-survey');
  const surveyState = surveySnapshot?.values
    ? readSurveySheet(surveySnapshot.name, surveySnapshot.values, years)
    : undefined;
  const surveyStamp =
    lastYear && surveyState?.unstamped.length
      ? { rows: surveyState.unstamped, year: lastYear }
      : undefined;
  const survey = familySurveySheet({
    name: surveyName,
    framework,
    state: surveyState,
    append: input.surveyAppend,
    ...(surveySnapshot?.values ? { grid: surveySnapshot.values } : {}),
    ...(surveyStamp ? { stamp: surveyStamp } : {}),
  });
  // Copying Form rows into a survey that cannot be written safely fails with the reason.
  if (!survey.plan && input.surveyAppend?.length) throw new UserError(survey.notice ?? '');
  if (survey.notice) notices.push(survey.notice);
  if (survey.plan) sheets.push(survey.plan);
  const surveyForCompile =
    survey.plan && input.surveyAppend?.length
      ? readSurveySheet(surveyName, gridAfter(surveySnapshot?.values, survey.plan.blocks), years)
      : surveyState;

  const evidenceSnapshot = mainSheet(snapshot, 'evidence-log');
  const evidence = readEvidenceLog(evidenceName, evidenceSnapshot?.values ?? [], framework, years);
  // A new year marks this year's rows with it; rows it cannot mark would count again next year
  // once the sheet is repaired, so nothing is written until they can be.
  if (input.mode === 'new-year') {
    const unmarkable = [
      evidence.yearColumn === undefined ? evidence.notice : undefined,
      !surveyState && !survey.plan ? survey.notice : undefined,
    ].filter((notice): notice is string => notice !== undefined);
    if (unmarkable.length > 0)
      throw new UserError(`${unmarkable.join(' ')} The new school year was not started.`);
  }
  extraProblems.push(...evidence.problems);
  if (evidence.notice) notices.push(evidence.notice);
  const evidenceStamp =
    lastYear && evidence.unstamped.length > 0
      ? { rows: evidence.unstamped, year: lastYear }
      : undefined;
  sheets.push(
    evidenceLogSheet(
      evidenceName,
      {
        column: evidence.yearColumn,
        ...(evidenceStamp ? { stamp: evidenceStamp } : {}),
      },
      evidenceSnapshot?.values,
    ),
  );

  const compiled = compileAssessment({
    framework,
    settings,
    placed,
    survey: surveyForCompile,
    extraProblems,
  });

  // A new year typed into setup only relabels this year's ratings: say so, and what archives them.
  const before = input.previous?.schoolYear;
  if (
    input.mode === 'setup' &&
    before &&
    !sameSchoolYear(before, settings.schoolYear) &&
    compiled.rows > 0
  ) {
    notices.push(
      `The school year is now ${settings.schoolYear}, and the ratings already entered count for it. If ${before} has ended, change the year back to ${before} here, save, and choose "Start new school year" from the add-on menu: it archives ${before}’s ratings first and gives ${settings.schoolYear} empty rating sheets.`,
    );
  }

  const lists = listsSheet(listsName);
  sheets.push(lists.plan);
  const ratings = ratingsTable({
    name: ratingsName,
    settings,
    framework,
    placed,
    lists: lists.layout(listsName),
  });
  sheets.push(ratings.plan);

  const prioritiesSnapshot = mainSheet(snapshot, 'priorities');
  const ticked = prioritiesSnapshot?.values
    ? readTickedIds(prioritiesSnapshot.values)
    : new Set<string>();
  const actionSnapshot = mainSheet(snapshot, 'action-plan');
  const actionState = actionSnapshot?.values
    ? readActionPlan(actionSnapshot.values, actionSnapshot.name)
    : undefined;
  const planMarks = choosePlanRows(
    ticked,
    prioritiesSnapshot?.values ? readPlanMarks(prioritiesSnapshot.values) : new Map(),
    actionState,
  );
  sheets.push(
    prioritiesSheet({
      name: prioritiesName,
      framework,
      priorities: compiled.priorities,
      ticked,
      planMarks: planMarks.marks,
      evidenceCounts: evidence.counts,
      at: now,
    }),
  );
  const actionPlan = actionPlanSheet({
    name: actionPlanName,
    framework,
    state: actionState,
    chosen: planMarks.toAdd,
    schoolYear: settings.schoolYear,
    ...(actionSnapshot?.values ? { grid: actionSnapshot.values } : {}),
  });
  if (actionPlan.notice) notices.push(actionPlan.notice);
  if (actionPlan.plan) sheets.push(actionPlan.plan);

  const dashboard = dashboardSheet({
    name: dashboardName,
    settings,
    framework,
    ratings: ratings.layout,
    raterCount: settings.members.length,
    compiled: {
      at: now,
      survey: compiled.survey?.comparison,
      surveyResponses: compiled.survey?.responses,
      problems: compiled.problems.map((p) => p.message),
    },
  });
  sheets.push(dashboard.plan);
  sheets.push(pivotTablesSheet({ name: pivotName, framework, ratings: ratings.layout }));

  // Last year against this year, once there is a last year.
  // Apps Script's runtime is only promised ES2020: no Array.prototype.at.
  // This year is never its own last year, however either is written ("2025-26", "2025/2026").
  const pastYears = archivedYears(archiveState).filter(
    (y) => !sameSchoolYear(y, settings.schoolYear),
  );
  const previousYear = pastYears[pastYears.length - 1];
  if (previousYear && archiveState) {
    const before = archivedRatings(archiveState, previousYear, framework);
    const comparison = compareYears(framework, before, compiled.scores);
    const yoy = mainSheet(snapshot, 'year-over-year');
    sheets.push(
      yearOverYearSheet({
        name: yoy?.name ?? names.claim(SHEET_NAMES['year-over-year']),
        before: previousYear,
        after: settings.schoolYear,
        comparison,
        note: comparison
          ? undefined
          : `${previousYear} was rated with another framework, so it cannot be compared item by item.`,
        at: now,
      }),
    );
  }

  for (const sheet of sheets) if (sheet.index === undefined) sheet.index = TAB_ORDER[sheet.kind];
  return {
    plan: { sheets },
    notices,
    problems: compiled.problems,
    compiled,
    scores: compiled.scores,
    addedToActionPlan: actionPlan.added,
    archived,
    keptInPlace: {
      evidenceRows: evidenceStamp?.rows.length ?? 0,
      // Stamped only when the survey could be written (not left alone for a missing key row).
      surveyRows: survey.plan ? (surveyStamp?.rows.length ?? 0) : 0,
    },
    layout: { dashboard: dashboard.layout, ratings: ratings.layout, placed },
  };
}
