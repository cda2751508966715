import type { Framework } from '../../../shared/frameworks';
import { ROLE_LABELS, type Role } from '../../../shared/scoring';
import type { Member, Settings } from '../../setup/settings';
import { type RatedItem, ratedItems, standards } from '../framework-labels';
import type { SheetIdentity } from '../plan';
import { shorten } from '../sheet-names';

/**
 * A rating sheet: a hidden row of column keys (so the add-on finds each column after people move
 * things around), a title, one line of instructions, the header, then one row per rated item.
 * Four fixed columns (standard, goal, id, text) and three per rater (rating, evidence, updated).
 */
export const RATING_ROWS = { keys: 1, title: 2, instructions: 3, header: 4, firstData: 5 } as const;
export const FIXED_COLUMNS = 4;
export const ID_COLUMN = 3;
export const COLUMNS_PER_RATER = 3;

export const KEY = {
  standard: 'standard',
  goal: 'goal',
  /** The id column's key carries the framework the sheet was built for: "id@pta-2022". */
  id: (frameworkId: string) => `id@${frameworkId}`,
  text: 'text',
  rating: (raterId: string) => `rating:${raterId}`,
  evidence: (raterId: string) => `evidence:${raterId}`,
  updated: (raterId: string) => `updated:${raterId}`,
} as const;

export interface Rater {
  id: string;
  name: string;
  role: Role;
}

export interface RaterColumns {
  raterId: string;
  rating: number;
  evidence: number;
  updated: number;
}

export interface RatingSheetTarget {
  identity: SheetIdentity;
  /** The name a new sheet gets. */
  name: string;
  title: string;
  frameworkId: string;
  ratedLevelName: string;
  levelNames: [string, string, string];
  items: RatedItem[];
  raters: Rater[];
}

/** Where rater `position` (0-based) of a sheet has their three columns. */
export function raterColumns(position: number, raterId: string): RaterColumns {
  const rating = FIXED_COLUMNS + position * COLUMNS_PER_RATER + 1;
  return { raterId, rating, evidence: rating + 1, updated: rating + 2 };
}

export function keysRow(target: Pick<RatingSheetTarget, 'frameworkId' | 'raters'>): string[] {
  return [
    KEY.standard,
    KEY.goal,
    KEY.id(target.frameworkId),
    KEY.text,
    ...target.raters.flatMap((r) => [KEY.rating(r.id), KEY.evidence(r.id), KEY.updated(r.id)]),
  ];
}

const SHORT_ROLE: Record<Role, string> = {
  family: 'family',
  teacher: 'teacher',
  staff: 'staff',
  administrator: 'admin',
  student: 'student',
  'community-partner': 'partner',
};

/** "Maria Lopez (family)": short enough for a tab. */
export function raterSheetName(member: Pick<Member, 'name' | 'role'>): string {
  return `${shorten(member.name, 20)} (${SHORT_ROLE[member.role]})`;
}

export function raterLabel(member: Pick<Member, 'name' | 'role'>): string {
  return `${member.name} (${ROLE_LABELS[member.role].en.toLowerCase()})`;
}

export const WHOLE_TEAM_KEY = 'all';

/**
 * The rating sheets the settings call for: one per member, or one per subteam (members without a
 * subteam share an "All standards" sheet). Each lists the rated items of its standards.
 */
export function ratingSheetTargets(settings: Settings, framework: Framework): RatingSheetTarget[] {
  const allStandards = standards(framework).map((n) => n.id);
  const base = {
    frameworkId: framework.id,
    ratedLevelName: framework.levels[framework.ratedLevel - 1] ?? 'Item',
    levelNames: framework.levels,
  };
  const where = `${settings.schoolName}, ${settings.schoolYear}`;
  if (settings.layout === 'per-rater') {
    return settings.members.map((member) => {
      const subteam = settings.subteams.find((s) => s.id === member.subteamId);
      const scope = subteam
        ? allStandards.filter((id) => subteam.standardIds.includes(id))
        : allStandards;
      return {
        ...base,
        identity: { kind: 'rating-sheet', key: member.id },
        name: raterSheetName(member),
        title: `${raterLabel(member)}: ${framework.name} (${framework.edition}) · ${where}`,
        items: ratedItems(framework, scope),
        raters: [{ id: member.id, name: member.name, role: member.role }],
      };
    });
  }
  const groups = [
    ...settings.subteams.map((s) => ({ key: s.id, name: s.name, standardIds: s.standardIds })),
    { key: WHOLE_TEAM_KEY, name: 'All standards', standardIds: allStandards },
  ];
  return groups.flatMap((group) => {
    const members = settings.members.filter((m) =>
      group.key === WHOLE_TEAM_KEY
        ? !settings.subteams.some((s) => s.id === m.subteamId)
        : m.subteamId === group.key,
    );
    if (members.length === 0) return [];
    const scope = allStandards.filter((id) => group.standardIds.includes(id));
    const levelName = framework.levels[0];
    return [
      {
        ...base,
        identity: { kind: 'rating-sheet' as const, key: group.key },
        name: group.key === WHOLE_TEAM_KEY ? 'All standards' : `${shorten(group.name, 22)} subteam`,
        title: `${group.name}: ${levelName} ${scope.join(', ')} of ${framework.name} (${framework.edition}) · ${where}`,
        items: ratedItems(framework, scope),
        raters: members.map((m) => ({ id: m.id, name: m.name, role: m.role })),
      },
    ];
  });
}
