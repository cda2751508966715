import { builtInFramework, frameworkNodes } from '../../../shared/frameworks';
import { ROLE_LABELS, ROLES } from '../../../shared/scoring';
import type { Settings } from '../../setup/settings';
import { settingsFromRequest } from '../../setup/setup-request';
import type {
  FrameworkOption,
  SetupRequest,
  SetupResponse,
  SidebarState,
} from '../../setup/sidebar-protocol';
import { groupLabel } from '../../workbook/framework-labels';
import { activateSheet, showSidebar, withDocumentLock } from '../sheet-adapter';
import { type CallResult, runMenuCommand, runSidebarCall } from './run';
import { loadStored, rebuild, requireStored, saveStored } from './workbook-state';

export function showSetup(): void {
  runMenuCommand('Set up assessment', () => showSidebar('setup', 'Set up assessment'));
}

export function showAddRater(): void {
  runMenuCommand('Add rater', () => {
    requireStored();
    showSidebar('add-rater', 'Add rater');
  });
}

/** Everything the sidebar needs to draw the form, read fresh each time it opens. */
export function getSidebarState(view: unknown): CallResult<SidebarState> {
  return runSidebarCall(() => {
    const stored = loadStored();
    const frameworks: FrameworkOption[] = (['pta-2022', 'kb-r', 'pta-2008'] as const).map((id) => {
      const framework = builtInFramework(id);
      return {
        id,
        label: `${framework.name} (${framework.edition})${framework.publisher ? `, ${framework.publisher}` : ''}`,
        standardName: framework.levels[0],
        standards: frameworkNodes(framework)
          .filter((n) => n.level === 1)
          .map((n) => ({ id: n.id, label: groupLabel(n) })),
      };
    });
    let customFrameworkName: string | undefined;
    if (stored?.settings.framework.source === 'custom' && stored.customJson) {
      try {
        const custom = JSON.parse(stored.customJson) as {
          name?: string;
          edition?: string;
          levels?: string[];
          items?: Array<{ id: string; title?: string; text?: string }>;
        };
        customFrameworkName = `${custom.name ?? 'Custom framework'} (${custom.edition ?? ''})`;
        frameworks.push({
          id: 'custom',
          label: customFrameworkName,
          standardName: custom.levels?.[0] ?? 'Standard',
          standards: (custom.items ?? []).map((item) => ({ id: item.id, label: groupLabel(item) })),
        });
      } catch {
        // Reported when saving; the form still opens.
      }
    }
    const state: SidebarState = {
      view: typeof view === 'string' ? view : 'setup',
      setUp: stored !== undefined,
      frameworks,
      roles: ROLES.map((id) => ({ id, label: ROLE_LABELS[id].en })),
      suggestedYear: suggestSchoolYear(new Date()),
    };
    if (stored) {
      const s = stored.settings;
      state.current = {
        schoolName: s.schoolName,
        schoolYear: s.schoolYear,
        framework: s.framework.source,
        layout: s.layout,
        subteams: s.subteams.map((t) => ({
          id: t.id,
          name: t.name,
          standardIds: [...t.standardIds],
        })),
        members: s.members.map((m) => ({
          id: m.id,
          name: m.name,
          role: m.role,
          subteam: m.subteamId ? s.subteams.findIndex((t) => t.id === m.subteamId) : null,
        })),
      };
      if (customFrameworkName) state.current.customFrameworkName = customFrameworkName;
    }
    return state;
  });
}

export function saveSetup(request: SetupRequest): CallResult<SetupResponse> {
  return runSidebarCall(() =>
    withDocumentLock(() => {
      const stored = loadStored();
      const result = settingsFromRequest(request, stored?.settings, stored?.customJson);
      if (!result.ok) return { ok: false as const, problems: result.problems };
      return apply(result.settings, stored?.settings, result.customJson);
    }),
  );
}

/** Adds one person to the team, with their own rating sheet (or columns on their subteam's). */
export function addRater(request: {
  name: unknown;
  role: unknown;
  subteam?: unknown;
}): CallResult<SetupResponse> {
  return runSidebarCall(() =>
    withDocumentLock(() => {
      const stored = requireStored();
      const s = stored.settings;
      const asRequest: SetupRequest = {
        schoolName: s.schoolName,
        schoolYear: s.schoolYear,
        framework: { source: s.framework.source },
        layout: s.layout,
        subteams: s.subteams.map((t) => ({ id: t.id, name: t.name, standardIds: t.standardIds })),
        members: [
          ...s.members.map((m) => ({
            id: m.id,
            name: m.name,
            role: m.role,
            subteam: m.subteamId ? s.subteams.findIndex((t) => t.id === m.subteamId) : null,
          })),
          { name: request?.name, role: request?.role, subteam: request?.subteam },
        ],
      };
      const result = settingsFromRequest(asRequest, s, stored.customJson);
      if (!result.ok) {
        const last = s.members.length;
        // Problems with the new person name its fields; others (unexpected) are reported as they are.
        return {
          ok: false as const,
          problems: result.problems.map((p) => ({
            ...p,
            field: p.field.replace(`members[${last}].`, ''),
          })),
        };
      }
      return apply(result.settings, s, result.customJson);
    }),
  );
}

function apply(
  settings: Settings,
  previous: Settings | undefined,
  customJson: string | undefined,
): SetupResponse {
  // The settings are saved first: if writing the sheets is cut short, the next run finishes it.
  saveStored(customJson === undefined ? { settings } : { settings, customJson });
  const result = rebuild({ mode: 'setup', settings, previous, customJson });
  activateSheet({ kind: 'dashboard', key: 'main' });
  const sheets = result.layout.placed.length;
  return {
    ok: true,
    summary: `Ready: ${settings.members.length} rater${settings.members.length === 1 ? '' : 's'} on ${sheets} rating sheet${sheets === 1 ? '' : 's'}, ${result.framework.name} (${result.framework.edition}).`,
    notices: result.notices,
  };
}

/** "2025-26" in the autumn of 2025 and until the summer of 2026. */
export function suggestSchoolYear(today: Date): string {
  const start = today.getMonth() >= 6 ? today.getFullYear() : today.getFullYear() - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}
