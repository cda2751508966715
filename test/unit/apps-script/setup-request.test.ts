import { describe, expect, it } from 'vitest';
import { nextSchoolYear } from '../../../apps-script/server/commands/new-year';
import { suggestSchoolYear } from '../../../apps-script/server/commands/setup';
import {
  settingsFromProperties,
  settingsToProperties,
  staleKeys,
} from '../../../apps-script/setup/settings-store';
import { type SetupRequest, settingsFromRequest } from '../../../apps-script/setup/setup-request';
import { parsePastedTeam } from '../../../apps-script/sidebar/pasted-team';
import { request, settingsFor } from './support/run';

const problemsOf = (req: Partial<SetupRequest>) => {
  const result = settingsFromRequest(
    { ...request(), ...req } as SetupRequest,
    undefined,
    undefined,
  );
  return result.ok ? [] : result.problems;
};

describe('checking the setup form', () => {
  it.each<[string, Partial<SetupRequest>, Array<{ field: string; message: RegExp }>]>([
    [
      'no school name',
      { schoolName: '   ' },
      [{ field: 'schoolName', message: /school name is required/ }],
    ],
    [
      'a school year that is too long',
      { schoolYear: '2025-2026 (fall and spring)' },
      [{ field: 'schoolYear', message: /at most 20 characters \(it has 27\)/ }],
    ],
    [
      'no framework',
      { framework: { source: 'nonsense' } },
      [{ field: 'framework', message: /Choose a framework/ }],
    ],
    [
      'custom framework without JSON',
      { framework: { source: 'custom' } },
      [{ field: 'framework.json', message: /Paste your framework JSON/ }],
    ],
    [
      'nobody on the team',
      { members: [] },
      [{ field: 'members', message: /at least one team member/ }],
    ],
    [
      'two people with the same name (any case)',
      {
        members: [
          { name: 'Ana Ruiz', role: 'family' },
          { name: ' ana  ruiz ', role: 'teacher' },
        ],
      },
      [{ field: 'members[1].name', message: /Team member 1 is also called "ana ruiz"/ }],
    ],
    [
      'an unknown role',
      { members: [{ name: 'Ana', role: 'astronaut' }] },
      [{ field: 'members[0].role', message: /"astronaut" is not a role/ }],
    ],
    [
      'a missing role',
      { members: [{ name: 'Ana', role: '' }] },
      [{ field: 'members[0].role', message: /Choose a role/ }],
    ],
    [
      'a name too long for a tab',
      { members: [{ name: 'x'.repeat(61), role: 'family' }] },
      [{ field: 'members[0].name', message: /at most 60 characters/ }],
    ],
    [
      'a subteam with no standards',
      { subteams: [{ name: 'A', standardIds: [] }] },
      [{ field: 'subteams[0].standardIds', message: /at least one standard/ }],
    ],
    [
      'a subteam with a standard the framework lacks',
      { subteams: [{ name: 'A', standardIds: ['1', '9'] }] },
      [{ field: 'subteams[0].standardIds', message: /has no Standard 9/ }],
    ],
    [
      'two subteams with one name',
      {
        subteams: [
          { name: 'Welcome', standardIds: ['1'] },
          { name: 'welcome', standardIds: ['2'] },
        ],
      },
      [{ field: 'subteams[1].name', message: /already called "welcome"/ }],
    ],
    [
      'a member in a subteam that does not exist',
      { members: [{ name: 'Ana', role: 'family', subteam: 3 }] },
      [{ field: 'members[0].subteam', message: /Choose one of the subteams/ }],
    ],
  ])('%s', (_what, req, expected) => {
    const problems = problemsOf(req);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      expect(problems[i]?.field).toBe(e.field);
      expect(problems[i]?.message).toMatch(e.message);
    });
  });

  it('reads roles the way people write them', () => {
    const settings = settingsFor(
      request({
        members: [
          { name: 'A', role: 'Parent' },
          { name: 'B', role: 'principal' },
          { name: 'C', role: 'maestra' },
        ],
      }),
    );
    expect(settings.members.map((m) => m.role)).toEqual(['family', 'administrator', 'teacher']);
  });

  it('keeps ids for people already on the team and never reuses one', () => {
    const first = settingsFor(request());
    expect(first.members.map((m) => m.id)).toEqual(['r1', 'r2']);
    const second = settingsFor(
      request({
        members: [
          { id: 'r2', name: 'John Smith', role: 'teacher' },
          { name: 'New', role: 'staff' },
        ],
      }),
      first,
    );
    expect(second.members.map((m) => m.id)).toEqual(['r2', 'r3']);
    const third = settingsFor(
      request({ members: [{ id: 'r1', name: 'Back again', role: 'family' }] }),
      second,
    );
    // r1 left the team in the second setup, so the id is not given back.
    expect(third.members.map((m) => m.id)).toEqual(['r4']);
  });

  it('reports every JSON problem of a custom framework by its path', () => {
    const problems = problemsOf({
      framework: { source: 'custom', json: JSON.stringify({ formatVersion: 2, id: 'X Y' }) },
    });
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['framework.json']));
    expect(problems.map((p) => p.message).join('\n')).toMatch(
      /\$\.formatVersion: expected formatVersion 1/,
    );
  });
});

describe('settings in document properties', () => {
  it('round-trip, split into parts of at most 7,500 bytes', () => {
    const settings = settingsFor(
      request({
        members: Array.from({ length: 200 }, (_, i) => ({
          name: `Señora Núñez-Ibáñez ${i}`,
          role: 'family',
        })),
      }),
    );
    const customJson = JSON.stringify({ text: 'ñ'.repeat(30_000) });
    const properties = settingsToProperties({ settings, customJson });
    for (const value of Object.values(properties))
      expect(Buffer.byteLength(value)).toBeLessThanOrEqual(7500);
    expect(settingsFromProperties(properties)).toEqual({
      ok: true,
      stored: { settings, customJson },
    });
  });

  it('say when nothing was ever set up, and when what is stored is damaged', () => {
    expect(settingsFromProperties({})).toEqual({ ok: true, stored: undefined });
    const properties = settingsToProperties({ settings: settingsFor(request()) });
    expect(settingsFromProperties({ ...properties, 'fsp.settings.0': '{"broken' })).toMatchObject({
      ok: false,
      message: /damaged/,
    });
    const { 'fsp.settings.0': _gone, ...missingPart } = properties;
    expect(settingsFromProperties(missingPart)).toMatchObject({ ok: false, message: /damaged/ });
    const wrong = settingsToProperties({
      settings: { ...settingsFor(request()), layout: 'sideways' as never },
    });
    expect(settingsFromProperties(wrong)).toMatchObject({ ok: false, message: /\$\.layout/ });
  });

  it('remove parts a shorter value no longer needs', () => {
    const long = settingsToProperties({
      settings: settingsFor(request()),
      customJson: 'x'.repeat(6000),
    });
    const short = settingsToProperties({ settings: settingsFor(request()), customJson: 'x' });
    expect(staleKeys(long, short)).toEqual(['fsp.framework.1', 'fsp.framework.2']);
  });
});

describe('small helpers', () => {
  it.each([
    ['2025-26', '2026-27'],
    ['2099-00', '2100-01'],
    ['2025-2026', '2026-2027'],
    ['2025', '2026'],
    ['Fall 2025', undefined],
  ])('the year after %s is %s', (year, next) => {
    expect(nextSchoolYear(year)).toBe(next);
  });

  it('suggests the school year that is under way', () => {
    expect(suggestSchoolYear(new Date(2025, 8, 1))).toBe('2025-26');
    expect(suggestSchoolYear(new Date(2026, 2, 1))).toBe('2025-26');
  });

  it.each([
    ['Maria Lopez, parent', [{ name: 'Maria Lopez', role: 'parent' }]],
    [
      'Maria Lopez\tteacher\tWelcome',
      [{ name: 'Maria Lopez', role: 'teacher', subteam: 'Welcome' }],
    ],
    [
      'A; staff\n\n  B , principal  ',
      [
        { name: 'A', role: 'staff' },
        { name: 'B', role: 'principal' },
      ],
    ],
    ['Only a name', [{ name: 'Only a name', role: '' }]],
  ])('reads a pasted team: %j', (text, expected) => {
    expect(parsePastedTeam(text)).toEqual(expected);
  });
});
