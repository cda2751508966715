import { resolveFramework } from '../../../../apps-script/setup/framework-choice';
import type { Settings } from '../../../../apps-script/setup/settings';
import {
  type SetupRequest,
  settingsFromRequest,
} from '../../../../apps-script/setup/setup-request';
import {
  type BuildInput,
  type BuildResult,
  buildWorkbook,
} from '../../../../apps-script/workbook/build';
import type { SimWorkbook } from './workbook-state';

export const NOW = new Date(2025, 9, 15, 10, 30);

export function request(overrides: Partial<SetupRequest> = {}): SetupRequest {
  return {
    schoolName: 'Lincoln Elementary',
    schoolYear: '2025-26',
    framework: { source: 'pta-2022' },
    layout: 'per-rater',
    subteams: [],
    members: [
      { name: 'Maria Lopez', role: 'family' },
      { name: 'John Smith', role: 'teacher' },
    ],
    ...overrides,
  };
}

/** The request the sidebar sends back for the team as it is (with each member's id). */
export function sameTeam(settings: Settings, overrides: Partial<SetupRequest> = {}): SetupRequest {
  return request({
    subteams: settings.subteams.map((t) => ({
      id: t.id,
      name: t.name,
      standardIds: t.standardIds,
    })),
    members: settings.members.map((m) => ({
      id: m.id,
      name: m.name,
      role: m.role,
      subteam: m.subteamId ? settings.subteams.findIndex((t) => t.id === m.subteamId) : null,
    })),
    layout: settings.layout,
    ...overrides,
  });
}

/** Settings as the sidebar's request makes them (through the real validation). */
export function settingsFor(req: SetupRequest, current?: Settings, customJson?: string): Settings {
  const result = settingsFromRequest(req, current, customJson);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.settings;
}

export function run(
  sim: SimWorkbook,
  settings: Settings,
  options: Partial<Omit<BuildInput, 'settings' | 'snapshot' | 'framework'>> & {
    customJson?: string;
  } = {},
): BuildResult {
  const result = buildWorkbook({
    settings,
    framework: resolveFramework(settings.framework, options.customJson),
    snapshot: sim.snapshot(),
    now: options.now ?? NOW,
    mode: options.mode ?? 'setup',
    ...(options.previous ? { previous: options.previous } : {}),
    ...(options.archivedYear ? { archivedYear: options.archivedYear } : {}),
    ...(options.surveyAppend ? { surveyAppend: options.surveyAppend } : {}),
  });
  sim.apply(result.plan);
  return result;
}
