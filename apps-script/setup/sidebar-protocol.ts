import type { SheetLayout } from './settings';
import type { FieldProblem, SetupRequest } from './setup-request';

/**
 * What passes between the sidebar and the server through google.script.run: plain objects only
 * (no Dates, which google.script.run refuses), and every result says ok or gives a message.
 */
export interface SidebarState {
  view: string;
  setUp: boolean;
  current?: {
    schoolName: string;
    schoolYear: string;
    framework: string;
    customFrameworkName?: string;
    layout: SheetLayout;
    subteams: Array<{ id: string; name: string; standardIds: string[] }>;
    members: Array<{ id: string; name: string; role: string; subteam: number | null }>;
  };
  frameworks: FrameworkOption[];
  roles: Array<{ id: string; label: string }>;
  suggestedYear: string;
}

export interface FrameworkOption {
  id: string;
  label: string;
  standardName: string;
  standards: Array<{ id: string; label: string }>;
}

export type SetupResponse =
  | { ok: true; summary: string; notices: string[] }
  | { ok: false; problems: FieldProblem[] };

export interface SurveySource {
  name: string;
  rows: number;
  headers: string[];
  guess: {
    respondentColumn: number;
    timestampColumn: number;
    standards: Array<{ column: number; standardId: string }>;
  };
}

export interface SurveyState {
  sources: SurveySource[];
  standards: Array<{ id: string; label: string }>;
  standardName: string;
  surveyAnswers: number;
}

export interface SurveyCopyRequest {
  sourceSheet: string;
  respondentColumn: number;
  timestampColumn: number;
  standards: Array<{ column: number; standardId: string }>;
}

export interface SurveySummary {
  copied: number;
  skipped: number;
  responses: number;
  lines: string[];
  problems: string[];
}

export type { SetupRequest };
