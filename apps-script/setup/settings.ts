import { z } from 'zod/mini';
import { ROLES, type Role } from '../../shared/scoring';

/**
 * What the team chose in "Set up assessment…", as stored in the document's properties.
 * Raters and subteams carry ids the add-on assigns once ("r1", "s1") and never reuses: every
 * rating is keyed by rater id and item id, so renaming a rater or reordering the team is safe.
 */
export interface Settings {
  version: 1;
  schoolName: string;
  schoolYear: string;
  framework: FrameworkChoice;
  /** One rating sheet per rater, or one per subteam with a rating column for each member. */
  layout: SheetLayout;
  subteams: Subteam[];
  members: Member[];
  /** Counters for new ids, so an id is never given twice. */
  nextMember: number;
  nextSubteam: number;
}

export type SheetLayout = 'per-rater' | 'per-subteam';
export const SHEET_LAYOUTS: readonly SheetLayout[] = ['per-rater', 'per-subteam'];

export type BuiltInChoice = 'pta-2022' | 'kb-r' | 'pta-2008';
export const BUILT_IN_CHOICES: readonly BuiltInChoice[] = ['pta-2022', 'kb-r', 'pta-2008'];

/** A built-in framework, or a district's own; the custom JSON itself is stored beside the settings. */
export type FrameworkChoice = { source: BuiltInChoice } | { source: 'custom'; id: string };

export interface Subteam {
  id: string;
  name: string;
  /** Level-1 ids (standards) this subteam rates. */
  standardIds: string[];
}

export interface Member {
  id: string;
  name: string;
  role: Role;
  /** The subteam this member belongs to; none means every standard. */
  subteamId?: string;
}

export const LIMITS = {
  schoolName: 100,
  schoolYear: 20,
  memberName: 60,
  subteamName: 40,
  members: 200,
  subteams: 20,
} as const;

const text = (max: number, what: string) =>
  z
    .string(`expected ${what} as text`)
    .check(
      z.trim(),
      z.minLength(1, `${what} is required`),
      z.maxLength(max, `${what} can be at most ${max} characters`),
    );

const idText = z.string().check(z.regex(/^[a-z][0-9]{1,6}$/, 'expected an id such as "r1"'));

export const settingsSchema = z.strictObject({
  version: z.literal(1),
  schoolName: text(LIMITS.schoolName, 'The school name'),
  schoolYear: text(LIMITS.schoolYear, 'The school year'),
  framework: z.union([
    z.strictObject({ source: z.enum(['pta-2022', 'kb-r', 'pta-2008']) }),
    z.strictObject({ source: z.literal('custom'), id: z.string().check(z.minLength(1)) }),
  ]),
  layout: z.enum(['per-rater', 'per-subteam']),
  subteams: z.array(
    z.strictObject({
      id: idText,
      name: text(LIMITS.subteamName, 'The subteam name'),
      standardIds: z.array(z.string()),
    }),
  ),
  members: z.array(
    z.strictObject({
      id: idText,
      name: text(LIMITS.memberName, 'The name'),
      role: z.enum(ROLES),
      subteamId: z.optional(idText),
    }),
  ),
  nextMember: z.number().check(z.int(), z.positive()),
  nextSubteam: z.number().check(z.int(), z.positive()),
});

/** The standards a member rates: their subteam's, or all of them. */
export function standardsOf(
  settings: Settings,
  member: Member,
  allStandardIds: string[],
): string[] {
  const subteam = settings.subteams.find((s) => s.id === member.subteamId);
  if (!subteam) return allStandardIds;
  return allStandardIds.filter((id) => subteam.standardIds.includes(id));
}

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}
