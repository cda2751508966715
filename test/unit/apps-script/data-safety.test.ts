import { describe, expect, it } from 'vitest';
import { builtInFramework, ratedNodes } from '../../../shared/frameworks';
import { request, run, sameTeam, settingsFor } from './support/run';
import { SimWorkbook } from './support/workbook-state';

const INDICATORS = ratedNodes(builtInFramework('pta-2022')).length;
const MARIA = 'Maria Lopez (family)';
const JOHN = 'John Smith (teacher)';

/** Types a rating and a note for every indicator on a per-rater sheet: row 5 onwards, columns E and F. */
function rateAll(sim: SimWorkbook, sheet: string, levels: Array<string | number>): void {
  for (let i = 0; i < INDICATORS; i++) {
    sim.type(sheet, 5 + i, 5, levels[i % levels.length]);
    sim.type(sheet, 5 + i, 6, `note ${sheet} ${i}`);
  }
}

/** What each rater entered, by indicator id: what must survive anything setup does. */
function entered(
  sim: SimWorkbook,
  sheetName: string,
  ratingColumn = 5,
): Map<string, [unknown, unknown]> {
  const grid = sim.byName(sheetName).grid;
  const out = new Map<string, [unknown, unknown]>();
  for (const row of grid.slice(4)) {
    const id = row[2];
    if (typeof id === 'string' && id !== '')
      out.set(id, [row[ratingColumn - 1] ?? '', row[ratingColumn] ?? '']);
  }
  return out;
}

function setUpWithRatings() {
  const sim = new SimWorkbook();
  const settings = settingsFor(request());
  run(sim, settings);
  rateAll(sim, MARIA, ['Excelling', 'progressing ', 'Emerging', 'Below', 'Not sure', 'Progresing']);
  rateAll(sim, JOHN, ['Progressing', 3, 'En progreso']);
  return { sim, settings };
}

describe('re-running setup', () => {
  it('with the same settings leaves every entered cell alone: only the title rows are written', () => {
    const { sim, settings } = setUpWithRatings();
    const before = entered(sim, MARIA);
    const result = run(sim, settingsFor(sameTeam(settings), settings), { previous: settings });
    const maria = result.plan.sheets.find((s) => s.kind === 'rating-sheet' && s.key === 'r1');
    expect(maria?.mode).toBe('update');
    expect(maria?.blocks.every((b) => b.row + b.values.length - 1 <= 4)).toBe(true);
    expect(maria?.clearContentsFromRow).toBeUndefined();
    expect(entered(sim, MARIA)).toEqual(before);
    expect(result.notices).toEqual([]);
  });

  it('keeps ratings after rows were sorted or moved: they are found by id and rewritten in order', () => {
    const { sim, settings } = setUpWithRatings();
    const before = entered(sim, MARIA);
    const sheet = sim.byName(MARIA);
    const data = sheet.grid.slice(4).reverse();
    sheet.grid = [...sheet.grid.slice(0, 4), ...data];
    run(sim, settingsFor(sameTeam(settings), settings), { previous: settings });
    expect(entered(sim, MARIA)).toEqual(before);
    expect(sim.byName(MARIA).grid[4]?.[2]).toBe('1.1.1');
  });

  it('adding a rater adds a sheet and keeps everyone else’s ratings', () => {
    const { sim, settings } = setUpWithRatings();
    const before = [entered(sim, MARIA), entered(sim, JOHN)];
    const next = settingsFor(
      request({
        members: [
          { id: 'r1', name: 'Maria Lopez', role: 'family' },
          { id: 'r2', name: 'John Smith', role: 'teacher' },
          { name: 'Ana Ruiz', role: 'administrator' },
        ],
      }),
      settings,
    );
    const result = run(sim, next, { previous: settings });
    expect(sim.byKind('rating-sheet', 'r3').name).toBe('Ana Ruiz (admin)');
    expect([entered(sim, MARIA), entered(sim, JOHN)]).toEqual(before);
    expect(sim.byKind('ratings').grid).toHaveLength(1 + 3 * INDICATORS);
    expect(
      result.plan.sheets
        .filter((s) => s.kind === 'rating-sheet' && s.key !== 'r3')
        .every((s) => s.blocks.every((b) => b.row <= 4)),
    ).toBe(true);
  });

  it('renaming a rater renames their sheet (unless someone renamed it by hand) and keeps their ratings', () => {
    const { sim, settings } = setUpWithRatings();
    const before = entered(sim, MARIA);
    sim.byName(JOHN).name = 'Mr Smith';
    const next = settingsFor(
      request({
        members: [
          { id: 'r1', name: 'Maria López-Díaz', role: 'family' },
          { id: 'r2', name: 'John Smyth', role: 'teacher' },
        ],
      }),
      settings,
    );
    run(sim, next, { previous: settings });
    expect(sim.byKind('rating-sheet', 'r1').name).toBe('Maria López-Díaz (family)');
    expect(sim.byKind('rating-sheet', 'r2').name).toBe('Mr Smith');
    expect(entered(sim, 'Maria López-Díaz (family)')).toEqual(before);
  });

  it('changing the framework moves every rating to "Kept ratings", and changing back puts them back', () => {
    const { sim, settings } = setUpWithRatings();
    const before = entered(sim, MARIA);
    const kbr = settingsFor(
      request({
        framework: { source: 'kb-r' },
        members: [
          { id: 'r1', name: 'Maria Lopez', role: 'family' },
          { id: 'r2', name: 'John Smith', role: 'teacher' },
        ],
      }),
      settings,
    );
    const toKbr = run(sim, kbr, { previous: settings });
    expect(toKbr.notices.join(' ')).toMatch(/Kept ratings/);
    const kept = sim.byKind('kept-ratings').grid.slice(3);
    expect(kept).toHaveLength(2 * INDICATORS);
    expect(kept.filter((r) => r[3] === 'r1').map((r) => [r[5], r[6], r[7]])).toEqual(
      [...before].map(([id, [rating, note]]) => [id, rating, note]),
    );
    // KB-R also has an item "1.1.1": PTA's rating for 1.1.1 must not land on it.
    expect(entered(sim, MARIA).get('1.1.1')).toEqual(['', '']);

    const back = settingsFor(
      request({
        members: [
          { id: 'r1', name: 'Maria Lopez', role: 'family' },
          { id: 'r2', name: 'John Smith', role: 'teacher' },
        ],
      }),
      kbr,
    );
    const toPta = run(sim, back, { previous: kbr });
    expect(entered(sim, MARIA)).toEqual(before);
    expect(toPta.notices.join(' ')).toMatch(/went back/);
    expect(sim.byKind('kept-ratings').grid.slice(3)).toHaveLength(0);
  });

  it('subteams: a member moved to a subteam keeps the ratings of their subteam’s standards; the rest are kept aside', () => {
    const { sim, settings } = setUpWithRatings();
    const before = entered(sim, MARIA);
    const next = settingsFor(
      request({
        subteams: [{ name: 'Welcome', standardIds: ['1', '2'] }],
        members: [
          { id: 'r1', name: 'Maria Lopez', role: 'family', subteam: 0 },
          { id: 'r2', name: 'John Smith', role: 'teacher' },
        ],
      }),
      settings,
    );
    run(sim, next, { previous: settings });
    const after = entered(sim, MARIA);
    expect([...after.keys()].every((id) => id.startsWith('1.') || id.startsWith('2.'))).toBe(true);
    for (const [id, value] of after) expect(value).toEqual(before.get(id));
    const keptIds = sim
      .byKind('kept-ratings')
      .grid.slice(3)
      .map((r) => r[5]);
    expect(keptIds.sort()).toEqual([...before.keys()].filter((id) => !after.has(id)).sort());
  });

  it('one sheet per subteam gives each member their own columns, carrying their ratings over', () => {
    const { sim, settings } = setUpWithRatings();
    const maria = entered(sim, MARIA);
    const john = entered(sim, JOHN);
    const next = settingsFor(
      request({
        layout: 'per-subteam',
        subteams: [{ name: 'Everyone', standardIds: ['1', '2', '3', '4', '5', '6'] }],
        members: [
          { id: 'r1', name: 'Maria Lopez', role: 'family', subteam: 0 },
          { id: 'r2', name: 'John Smith', role: 'teacher', subteam: 0 },
        ],
      }),
      settings,
    );
    const result = run(sim, next, { previous: settings });
    const sheet = sim.byKind('rating-sheet', next.subteams[0]?.id);
    expect(sheet.name).toBe('Everyone subteam');
    expect(sheet.grid[3]?.slice(4)).toEqual([
      'Maria Lopez: Rating',
      'Maria Lopez: Evidence and notes',
      'Maria Lopez: Updated',
      'John Smith: Rating',
      'John Smith: Evidence and notes',
      'John Smith: Updated',
    ]);
    expect(entered(sim, sheet.name, 5)).toEqual(maria);
    expect(entered(sim, sheet.name, 8)).toEqual(john);
    // The per-rater sheets are kept, renamed and no longer counted.
    expect(
      sim.sheets
        .filter((s) => s.identity?.kind === 'retired-rating-sheet')
        .map((s) => s.name)
        .sort(),
    ).toEqual(['John Smith (teacher) (removed)', 'Maria Lopez (family) (removed)']);
    expect(result.layout.placed).toHaveLength(1);
  });

  it('removing a member keeps their sheet (renamed, not counted) and lists their ratings in Kept ratings', () => {
    const { sim, settings } = setUpWithRatings();
    const next = settingsFor(
      request({ members: [{ id: 'r1', name: 'Maria Lopez', role: 'family' }] }),
      settings,
    );
    const result = run(sim, next, { previous: settings });
    expect(result.notices.join(' ')).toMatch(/no longer part of the assessment/);
    const retired = sim.sheets.find((s) => s.identity?.kind === 'retired-rating-sheet');
    expect(retired?.name).toBe('John Smith (teacher) (removed)');
    expect(entered(sim, retired?.name ?? '').size).toBe(INDICATORS);
    expect(
      sim
        .byKind('kept-ratings')
        .grid.slice(3)
        .filter((r) => r[3] === 'r2'),
    ).toHaveLength(INDICATORS);
    expect(sim.byKind('ratings').grid).toHaveLength(1 + INDICATORS);
  });

  it('never writes over a rating sheet it cannot read, and says why', () => {
    const { sim, settings } = setUpWithRatings();
    sim.byName(MARIA).grid.shift();
    const before = structuredClone(sim.byName(MARIA).grid);
    const result = run(sim, settingsFor(sameTeam(settings), settings), { previous: settings });
    expect(result.notices.join(' ')).toMatch(/lost its hidden first row/);
    expect(
      result.plan.sheets.some(
        (s) =>
          s.kind === 'rating-sheet' &&
          s.key === 'r1' &&
          !s.retireAs &&
          s.blocks.length > 0 &&
          s.blocks.some((b) => b.row > 4),
      ),
    ).toBe(false);
    expect(sim.byName(MARIA).grid).toEqual(before);
    // Her rows are left out of the Ratings table rather than pointed at the wrong cells.
    expect(
      sim
        .byKind('ratings')
        .grid.slice(1)
        .every((r) => r[1] !== 'Maria Lopez'),
    ).toBe(true);
  });

  it('a duplicated row (same indicator twice) goes to Kept ratings when the sheet is rebuilt, not lost', () => {
    const { sim, settings } = setUpWithRatings();
    const sheet = sim.byName(MARIA);
    sheet.grid.push([
      '1 Welcome All Families',
      '1.1 Build a Community of Belonging',
      '1.1.1',
      'copy',
      'Below',
      'second opinion',
      '',
    ]);
    const result = run(sim, settingsFor(sameTeam(settings), settings), { previous: settings });
    const kept = sim.byKind('kept-ratings').grid.slice(3);
    expect(kept).toEqual([
      expect.arrayContaining(['r1', 'pta-2022', '1.1.1', 'Below', 'second opinion']),
    ]);
    expect(result.notices.join(' ')).toMatch(/Kept ratings/);
    const rows = sim.byName(MARIA).grid.slice(4);
    expect(rows.slice(0, INDICATORS).map((r) => r[2])).toEqual(
      ratedNodes(builtInFramework('pta-2022')).map((n) => n.id),
    );
    expect(
      rows
        .slice(INDICATORS)
        .flat()
        .every((cell) => cell === ''),
    ).toBe(true);
  });

  it('refresh reads a rearranged sheet where it is, without rewriting it', () => {
    const { sim, settings } = setUpWithRatings();
    const sheet = sim.byName(MARIA);
    sheet.grid.push(['', '', '1.1.1', '', 'Below', 'again', '']);
    const before = structuredClone(sheet.grid);
    const result = run(sim, settings, { mode: 'refresh' });
    expect(sim.byName(MARIA).grid).toEqual(before);
    expect(result.notices.join(' ')).toMatch(/rearranged/);
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(
      /rated Indicator 1\.1\.1 again/,
    );
  });
});

describe('a new school year', () => {
  it('archives every entry before clearing, and clears only the raters’ cells', () => {
    const { sim, settings } = setUpWithRatings();
    const before = [entered(sim, MARIA), entered(sim, JOHN)];
    const next = { ...settings, schoolYear: '2026-27' };
    const result = run(sim, next, { mode: 'new-year', archivedYear: '2025-26' });
    const kinds = result.plan.sheets.map((s) => s.kind);
    expect(kinds.indexOf('ratings-archive')).toBeLessThan(kinds.indexOf('rating-sheet'));
    expect(result.plan.sheets.find((s) => s.kind === 'ratings-archive')?.flushAfter).toBe(true);
    expect(result.archived).toBe(2 * INDICATORS);
    const archive = sim.byKind('ratings-archive').grid.slice(2);
    const maria = archive.filter((r) => r[1] === 'Maria Lopez');
    expect(maria.map((r) => [r[4], [r[11], r[9]]])).toEqual(
      [...(before[0] ?? [])].map(([id, v]) => [id, v]),
    );
    expect(archive.every((r) => r[0] === '2025-26')).toBe(true);
    for (const name of [MARIA, JOHN]) {
      for (const [, value] of entered(sim, name)) expect(value).toEqual(['', '']);
    }
    // Ids and texts stay; the year in the titles moves on.
    expect(entered(sim, MARIA).size).toBe(INDICATORS);
    expect(String(sim.cell(MARIA, 2, 1))).toContain('2026-27');
    expect(result.scores.counted).toBe(0);
    expect(result.plan.sheets.some((s) => s.kind === 'year-over-year')).toBe(true);
  });

  it('keeps Evidence log rows and survey answers where they are, stamped with last year, and counts none of them', () => {
    const { sim, settings } = setUpWithRatings();
    const evidence = ['1.1.1', '2025-10-01', 'Welcome night', 'https://school.example', 'Flyer'];
    evidence.forEach((v, c) => {
      sim.type('Evidence log', 5, c + 1, v);
    });
    sim.type('Family survey', 5, 1, 'Family A');
    for (let c = 3; c <= 8; c++) sim.type('Family survey', 5, c, 'Agree');
    const before = run(sim, settings, { mode: 'refresh' });
    expect(before.compiled.survey?.responses).toBe(6);
    expect(before.keptInPlace).toEqual({ evidenceRows: 0, surveyRows: 0 });

    const next = { ...settings, schoolYear: '2026-27' };
    const result = run(sim, next, { mode: 'new-year', archivedYear: '2025-26' });
    expect(result.keptInPlace).toEqual({ evidenceRows: 1, surveyRows: 1 });
    expect(result.compiled.survey).toBeUndefined();
    const log = sim.byName('Evidence log').grid;
    expect(log[3]?.[5]).toBe('School year');
    expect(log[4]?.slice(0, 6)).toEqual([...evidence, '2025-26']);
    const survey = sim.byName('Family survey').grid;
    const yearColumn = (survey[0] ?? []).indexOf('year');
    expect(yearColumn).toBeGreaterThan(-1);
    expect(survey[4]?.[0]).toBe('Family A');
    expect(survey[4]?.[2]).toBe('Agree');
    expect(survey[4]?.[yearColumn]).toBe('2025-26');

    // A second new year stamps nothing again: last year's rows already say their year.
    const again = run(
      sim,
      { ...next, schoolYear: '2027-28' },
      {
        mode: 'new-year',
        archivedYear: '2026-27',
      },
    );
    expect(again.keptInPlace).toEqual({ evidenceRows: 0, surveyRows: 0 });
    expect(sim.byName('Evidence log').grid[4]?.[5]).toBe('2025-26');
  });
});
