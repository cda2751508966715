import { type Framework, frameworkNodes, parseFrameworkJson } from '../../shared/frameworks';
import { parseRole } from '../../shared/scoring';
import { resolveFramework } from './framework-choice';
import {
  BUILT_IN_CHOICES,
  type BuiltInChoice,
  LIMITS,
  type Member,
  type Settings,
  SHEET_LAYOUTS,
  type SheetLayout,
  type Subteam,
} from './settings';

/** What the setup sidebar sends. Everything is checked here: the sidebar is only a convenience. */
export interface SetupRequest {
  schoolName: unknown;
  schoolYear: unknown;
  /** A built-in id, or "custom" with the JSON text (no JSON keeps the custom framework in use). */
  framework: { source: unknown; json?: unknown };
  layout: unknown;
  subteams: Array<{ id?: unknown; name: unknown; standardIds: unknown }>;
  /** `subteam` is the position of the member's subteam in `subteams`, or null for every standard. */
  members: Array<{ id?: unknown; name: unknown; role: unknown; subteam?: unknown }>;
}

/** A problem with one field of the form, named the way the sidebar names its inputs. */
export interface FieldProblem {
  /** "schoolName", "members[2].name", "framework.json"... */
  field: string;
  message: string;
}

export type SetupResult =
  | { ok: true; settings: Settings; framework: Framework; customJson?: string }
  | { ok: false; problems: FieldProblem[] };

/**
 * Checks a setup request against the current settings and turns it into new settings. Existing
 * raters and subteams keep their ids (so their ratings stay theirs); new ones get fresh ids.
 */
export function settingsFromRequest(
  request: SetupRequest,
  current: Settings | undefined,
  currentCustomJson: string | undefined,
): SetupResult {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const req = (
    typeof request === 'object' && request !== null ? request : {}
  ) as Partial<SetupRequest>;

  const schoolName = cleanText(
    req.schoolName,
    'schoolName',
    'The school name',
    LIMITS.schoolName,
    problem,
  );
  const schoolYear = cleanText(
    req.schoolYear,
    'schoolYear',
    'The school year',
    LIMITS.schoolYear,
    problem,
  );

  // The framework first: subteams are checked against its standards.
  let framework: Framework | undefined;
  let choice: Settings['framework'] | undefined;
  let customJson: string | undefined;
  const source = req.framework?.source;
  if ((BUILT_IN_CHOICES as readonly unknown[]).includes(source)) {
    choice = { source: source as BuiltInChoice };
    framework = resolveFramework(choice, undefined);
  } else if (source === 'custom') {
    const json = req.framework?.json;
    if (typeof json === 'string' && json.trim() !== '') {
      const parsed = parseFrameworkJson(json);
      if (parsed.ok) {
        framework = parsed.framework;
        customJson = json;
      } else {
        for (const p of parsed.problems.slice(0, 20)) {
          problem('framework.json', `${p.path === '$' ? '' : `${p.path}: `}${p.message}`);
        }
      }
    } else if (current?.framework.source === 'custom' && currentCustomJson) {
      const parsed = parseFrameworkJson(currentCustomJson);
      if (parsed.ok) {
        framework = parsed.framework;
        customJson = currentCustomJson;
      } else {
        problem(
          'framework.json',
          'The custom framework stored with this spreadsheet is no longer valid: paste it again.',
        );
      }
    } else {
      problem(
        'framework.json',
        'Paste your framework JSON, or choose one of the built-in frameworks.',
      );
    }
    if (framework) choice = { source: 'custom', id: framework.id };
  } else {
    problem('framework', 'Choose a framework.');
  }

  const layout: SheetLayout = (SHEET_LAYOUTS as readonly unknown[]).includes(req.layout)
    ? (req.layout as SheetLayout)
    : 'per-rater';
  if (req.layout !== undefined && layout !== req.layout) {
    problem('layout', 'Choose one rating sheet per rater or one per subteam.');
  }

  const standardIds = framework
    ? frameworkNodes(framework)
        .filter((n) => n.level === 1)
        .map((n) => n.id)
    : [];
  let nextSubteam = current?.nextSubteam ?? 1;
  let nextMember = current?.nextMember ?? 1;

  const subteamsIn = Array.isArray(req.subteams) ? req.subteams : [];
  if (subteamsIn.length > LIMITS.subteams)
    problem('subteams', `At most ${LIMITS.subteams} subteams.`);
  const subteams: Subteam[] = [];
  const subteamNames = new Map<string, number>();
  const knownSubteams = new Set(current?.subteams.map((s) => s.id));
  subteamsIn.slice(0, LIMITS.subteams).forEach((raw, i) => {
    const field = `subteams[${i}]`;
    const name = cleanText(
      raw?.name,
      `${field}.name`,
      'The subteam name',
      LIMITS.subteamName,
      problem,
    );
    if (name !== undefined) {
      const key = name.toLocaleLowerCase();
      if (subteamNames.has(key))
        problem(`${field}.name`, `Another subteam is already called "${name}".`);
      subteamNames.set(key, i);
    }
    const ids = Array.isArray(raw?.standardIds) ? raw.standardIds.map(String) : [];
    if (ids.length === 0)
      problem(`${field}.standardIds`, 'Choose at least one standard for this subteam.');
    const unknown = framework ? ids.filter((id) => !standardIds.includes(id)) : [];
    if (unknown.length > 0) {
      problem(
        `${field}.standardIds`,
        `${framework?.name ?? 'This framework'} has no ${framework?.levels[0] ?? 'standard'} ${unknown.join(', ')}.`,
      );
    }
    const id =
      typeof raw?.id === 'string' && knownSubteams.has(raw.id) ? raw.id : `s${nextSubteam++}`;
    subteams.push({
      id,
      name: name ?? '',
      standardIds: standardIds.filter((s) => ids.includes(s)),
    });
  });

  const membersIn = Array.isArray(req.members) ? req.members : [];
  if (membersIn.length === 0) problem('members', 'Add at least one team member.');
  if (membersIn.length > LIMITS.members)
    problem('members', `At most ${LIMITS.members} team members.`);
  const members: Member[] = [];
  const memberNames = new Map<string, number>();
  const knownMembers = new Set(current?.members.map((m) => m.id));
  const usedIds = new Set<string>();
  membersIn.slice(0, LIMITS.members).forEach((raw, i) => {
    const field = `members[${i}]`;
    const name = cleanText(raw?.name, `${field}.name`, 'The name', LIMITS.memberName, problem);
    if (name !== undefined) {
      const key = name.toLocaleLowerCase();
      const first = memberNames.get(key);
      if (first !== undefined) {
        problem(
          `${field}.name`,
          `Team member ${first + 1} is also called "${name}": add an initial so each name is different.`,
        );
      } else {
        memberNames.set(key, i);
      }
    }
    const role = parseRole(raw?.role);
    if (role.kind !== 'value') {
      problem(`${field}.role`, role.kind === 'blank' ? 'Choose a role.' : role.reason);
    }
    let subteamId: string | undefined;
    const position = raw?.subteam;
    if (position !== undefined && position !== null && position !== '') {
      const subteam = typeof position === 'number' ? subteams[position] : undefined;
      if (!subteam) problem(`${field}.subteam`, 'Choose one of the subteams, or "All standards".');
      else subteamId = subteam.id;
    }
    let id =
      typeof raw?.id === 'string' && knownMembers.has(raw.id) && !usedIds.has(raw.id)
        ? raw.id
        : undefined;
    id ??= `r${nextMember++}`;
    usedIds.add(id);
    const member: Member = {
      id,
      name: name ?? '',
      role: role.kind === 'value' ? role.value : 'family',
    };
    if (subteamId) member.subteamId = subteamId;
    members.push(member);
  });

  if (
    problems.length > 0 ||
    !framework ||
    !choice ||
    schoolName === undefined ||
    schoolYear === undefined
  ) {
    if (problems.length === 0) problem('framework', 'Choose a framework.');
    return { ok: false, problems };
  }
  const settings: Settings = {
    version: 1,
    schoolName,
    schoolYear,
    framework: choice,
    layout,
    subteams,
    members,
    nextMember,
    nextSubteam,
  };
  const result: SetupResult = { ok: true, settings, framework };
  if (customJson !== undefined) result.customJson = customJson;
  return result;
}

function cleanText(
  value: unknown,
  field: string,
  what: string,
  max: number,
  problem: (field: string, message: string) => void,
): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') {
    problem(field, `${what} is required.`);
    return undefined;
  }
  const text = String(value).normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text === '') {
    problem(field, `${what} is required.`);
    return undefined;
  }
  if (text.length > max) {
    problem(field, `${what} can be at most ${max} characters (it has ${text.length}).`);
    return undefined;
  }
  return text;
}
