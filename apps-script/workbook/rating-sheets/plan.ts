import { TEAM_SCALE, teamDropdownLabels } from '../../../shared/scoring';
import type { Settings } from '../../setup/settings';
import type { Cell } from '../cells';
import { isEmptyCell, toCell } from '../cells';
import type { KeptRow } from '../kept-ratings';
import { sameKept } from '../kept-ratings';
import type {
  ConditionalFormat,
  RangeRef,
  SheetIdentity,
  SheetPlan,
  ValidationRule,
} from '../plan';
import type { SheetNames } from '../sheet-names';
import { UserError } from '../user-error';
import {
  COLUMNS_PER_RATER,
  FIXED_COLUMNS,
  ID_COLUMN,
  keysRow,
  RATING_ROWS,
  type RaterColumns,
  type RatingSheetTarget,
  raterColumns,
  raterLabel,
  raterSheetName,
} from './layout';
import type { RatingEntry, ReadRatingSheet } from './read';

/** An existing rating sheet as the adapter found it. */
export interface ExistingRatingSheet {
  identity: SheetIdentity;
  name: string;
  read: { ok: true; sheet: ReadRatingSheet } | { ok: false; reason: string };
}

/** Where a rater's ratings are once the plan is applied: what the Ratings table's formulas point at. */
export interface PlacedRatingSheet {
  identity: SheetIdentity;
  sheetName: string;
  frameworkId: string;
  target: RatingSheetTarget;
  firstDataRow: number;
  lastDataRow: number;
  idColumn: number;
  raters: RaterColumns[];
  /** What the raters' cells hold once the plan is applied, with where: what compiling counts. */
  entries: PlacedEntry[];
}

export interface PlacedEntry {
  raterId: string;
  itemId: string;
  rating: unknown;
  evidence: unknown;
  updated: unknown;
  /** Cell notes on the Rating and Evidence cells, when they were read (setup, a new year). */
  ratingNote?: string;
  evidenceNote?: string;
  row: number;
  ratingColumn: number;
}

export interface RatingSheetsPlan {
  sheets: SheetPlan[];
  placed: PlacedRatingSheet[];
  kept: KeptRow[];
  /** Things to tell the person running setup. */
  notices: string[];
}

const REASON = {
  outOfScope:
    'Not on this rater’s sheet any more (the framework, their subteam or the team changed).',
  duplicate:
    'A second entry for the same item by the same rater; the first one stayed on the sheet.',
  noId: 'Typed on a row without an item id.',
  stray: 'Text found in the add-on’s columns below the table.',
};

const LEVEL_COLOURS: Record<string, string> = {
  excelling: '#b6d7a8',
  progressing: '#cfe2f3',
  emerging: '#fff2cc',
  below: '#f4cccc',
  'not-sure': '#eeeeee',
};

/**
 * Plans every rating sheet. A sheet whose rows and raters already match is left alone, apart from
 * its title and formatting; a sheet whose layout must change is rewritten with every entry carried
 * over by rater and item id (never by row); entries with no place left go to "Kept ratings", and
 * kept entries whose item is back in a rater's scope return to their sheet.
 */
export function planRatingSheets(input: {
  settings: Settings;
  previous: Settings | undefined;
  targets: RatingSheetTarget[];
  existing: ExistingRatingSheet[];
  kept: KeptRow[];
  names: SheetNames;
  now: Date;
  /** Tab position for new rating sheets. */
  firstIndex: number;
  /**
   * Rewrite sheets whose layout no longer matches (setup, adding a rater). Refresh and a new year
   * pass false: they read every sheet where it is and only create sheets that are missing.
   */
  restructure: boolean;
  /** Rewrite the title, header and formatting of sheets that are already right (not on refresh). */
  refreshHeaders: boolean;
  /** Keys of the rating sheets made before this command: one not found now was deleted. */
  madeBefore: ReadonlySet<string>;
}): RatingSheetsPlan {
  const { targets, existing, names, now } = input;
  const sheets: SheetPlan[] = [];
  const placed: PlacedRatingSheet[] = [];
  const notices: string[] = [];
  const pool: RatingEntry[] = [];
  const kept = [...input.kept];
  const newlyKept: KeptRow[] = [];
  const raterNames = new Map<string, string>();
  for (const m of [...(input.previous?.members ?? []), ...input.settings.members]) {
    raterNames.set(m.id, raterLabel(m));
  }

  const byKey = new Map<string, ExistingRatingSheet>();
  const unreadable = new Set<string>();
  for (const sheet of existing) {
    if (!sheet.read.ok) {
      // Never write over a sheet we cannot read: leave it exactly as it is, and leave it out.
      notices.push(`${sheet.read.reason} Until then its ratings are not counted.`);
      unreadable.add(sheet.identity.key);
      continue;
    }
    if (byKey.has(sheet.identity.key)) {
      pool.push(...sheet.read.sheet.entries);
      sheets.push(retire(sheet, names));
      notices.push(
        `Sheet "${sheet.name}" was a second copy of a rating sheet; it is kept as is and no longer counted. Its entries were carried over.`,
      );
      continue;
    }
    byKey.set(sheet.identity.key, sheet);
  }
  const targetKeys = new Set(targets.map((t) => t.identity.key));
  const inPlace = new Map<string, ExistingRatingSheet>();
  for (const [key, sheet] of byKey) {
    const target = targets.find((t) => t.identity.key === key);
    if (!sheet.read.ok) continue;
    if (
      target &&
      (matchesLayout(sheet.read.sheet, target) ||
        (!input.restructure && sheet.read.sheet.frameworkId === target.frameworkId))
    ) {
      inPlace.set(key, sheet);
      continue;
    }
    if (!input.restructure && target) {
      notices.push(
        `Sheet "${sheet.name}" was made for framework ${sheet.read.sheet.frameworkId}; open "Set up assessment…" and save to rebuild it.`,
      );
      inPlace.set(key, sheet);
      continue;
    }
    pool.push(...sheet.read.sheet.entries);
    for (const stray of sheet.read.sheet.strays) {
      if (target) newlyKept.push(strayRow(stray, sheet.name, now));
    }
    if (!targetKeys.has(key)) {
      sheets.push(retire(sheet, names));
      notices.push(
        `Sheet "${sheet.name}" is no longer part of the assessment. It is kept, renamed, and its ratings are not counted; anything on it is also listed in "Kept ratings". Delete it when you no longer need it.`,
      );
    }
  }

  // Take entries from the pool (then from Kept) by rater, framework and item.
  const takeEntry = (raterId: string, frameworkId: string, itemId: string) => {
    const i = pool.findIndex(
      (e) => e.raterId === raterId && e.frameworkId === frameworkId && e.itemId === itemId,
    );
    if (i >= 0) return pool.splice(i, 1)[0];
    const k = kept.findIndex(
      (row) =>
        row.raterId === raterId &&
        row.frameworkId === frameworkId &&
        row.itemId === itemId &&
        row.reason !== REASON.stray,
    );
    if (k >= 0) {
      const [row] = kept.splice(k, 1);
      if (row) return { rating: row.rating, evidence: row.evidence, updated: row.updated };
    }
    return undefined;
  };

  targets.forEach((target, position) => {
    if (unreadable.has(target.identity.key)) return;
    const found = byKey.get(target.identity.key);
    const current = inPlace.get(target.identity.key);
    let sheetName: string;
    if (found) {
      sheetName = found.name;
      const previousMember = input.previous?.members.find((m) => m.id === target.identity.key);
      const wanted = target.name;
      if (
        previousMember &&
        input.settings.layout === 'per-rater' &&
        found.name === raterSheetName(previousMember) &&
        wanted !== found.name
      ) {
        sheetName = names.claim(wanted);
      }
    } else {
      sheetName = names.claim(target.name);
      if (input.madeBefore.has(target.identity.key)) {
        const member = input.settings.members.find((m) => m.id === target.identity.key);
        const whose =
          input.settings.layout === 'per-rater' && member
            ? raterLabel(member)
            : target.raters.map((r) => r.name).join(', ');
        notices.push(
          `There was no rating sheet for ${whose}, so an empty one was made: "${sheetName}". If it was deleted, Edit › Undo or File › Version history brings its ratings back.`,
        );
      }
    }
    const raters = target.raters.map((r, i) => raterColumns(i, r.id));
    const firstDataRow = RATING_ROWS.firstData;
    const lastDataRow = firstDataRow + target.items.length - 1;
    const base: Omit<SheetPlan, 'mode' | 'blocks'> = {
      ...target.identity,
      name: sheetName,
      ...(found && sheetName !== found.name ? { rename: true } : {}),
      ...(found ? {} : { index: input.firstIndex + position }),
      frozenRows: RATING_ROWS.header,
      hiddenRows: [{ row: RATING_ROWS.keys, count: 1 }],
      columnWidths: columnWidths(target),
      validations: validations(target, firstDataRow),
      conditionalFormats: conditionalFormats(target, firstDataRow, lastDataRow),
      protection: {
        description: `Rating sheet: only the Rating and Evidence columns are for typing. The add-on finds each row by its id.`,
        unprotected: raters.map((r) => ({
          row: firstDataRow,
          column: r.rating,
          rows: Math.max(1, target.items.length),
          columns: 2,
        })),
      },
    };
    if (current?.read.ok) {
      const read = current.read.sheet;
      if (matchesLayout(read, target)) {
        // Same rows, same raters: leave every entered cell alone; refresh the title and header only.
        if (input.refreshHeaders)
          sheets.push({ ...base, mode: 'update', blocks: headerBlocks(target) });
      } else {
        notices.push(
          `Sheet "${found?.name}" has been rearranged; it was read where things are. "Set up assessment…" puts it back in order.`,
        );
      }
      refuseMissingRaterColumns(found?.name ?? sheetName, read, raterNames);
      const wanted = new Set(target.raters.map((r) => r.id));
      const lastItemRow = read.itemRows.reduce((max, r) => Math.max(max, r.row), 0);
      placed.push({
        identity: target.identity,
        sheetName,
        frameworkId: read.frameworkId,
        target,
        firstDataRow: read.keyRow + (RATING_ROWS.firstData - RATING_ROWS.keys),
        lastDataRow: Math.max(
          lastItemRow,
          read.keyRow + (RATING_ROWS.firstData - RATING_ROWS.keys),
        ),
        idColumn: read.idColumn,
        raters: target.raters.flatMap((r) => read.raters.filter((c) => c.raterId === r.id)),
        entries: read.entries
          .filter((e) => wanted.has(e.raterId))
          .map((e) => ({
            raterId: e.raterId,
            itemId: e.itemId,
            rating: e.rating,
            evidence: e.evidence,
            updated: e.updated,
            ...(e.ratingNote ? { ratingNote: e.ratingNote } : {}),
            ...(e.evidenceNote ? { evidenceNote: e.evidenceNote } : {}),
            row: e.row,
            ratingColumn: e.ratingColumn,
          })),
      });
      for (const r of target.raters) {
        if (!read.raters.some((c) => c.raterId === r.id)) {
          notices.push(
            `Sheet "${sheetName}" has no columns for ${r.name}; open "Set up assessment…" and save to add them.`,
          );
        }
      }
      return;
    } else {
      const old = found?.read.ok ? found.read.sheet : undefined;
      const entries: PlacedEntry[] = [];
      // Each rater's cell notes go with their entry; the Goal column carries the guiding question.
      const notes: Array<Array<string | null>> = [];
      const values: Cell[][] = target.items.map((item, i) => {
        const row: Cell[] = [item.standard, item.goal, item.id, item.text];
        const noteRow: Array<string | null> = [
          null,
          item.question ? `Guiding question: ${item.question}` : null,
          null,
          null,
        ];
        notes.push(noteRow);
        target.raters.forEach((rater, position) => {
          const entry = takeEntry(rater.id, target.frameworkId, item.id);
          row.push(toCell(entry?.rating), toCell(entry?.evidence), toCell(entry?.updated));
          const carried = entry && 'sheet' in entry ? entry : undefined;
          noteRow.push(carried?.ratingNote ?? null, carried?.evidenceNote ?? null, null);
          if (entry && !(isEmptyCell(entry.rating) && isEmptyCell(entry.evidence))) {
            entries.push({
              raterId: rater.id,
              itemId: item.id,
              rating: entry.rating,
              evidence: entry.evidence,
              updated: entry.updated,
              row: firstDataRow + i,
              ratingColumn: raterColumns(position, rater.id).rating,
            });
          }
        });
        return row;
      });
      placed.push({
        identity: target.identity,
        sheetName,
        frameworkId: target.frameworkId,
        target,
        firstDataRow,
        lastDataRow,
        idColumn: ID_COLUMN,
        raters,
        entries,
      });
      const width = FIXED_COLUMNS + target.raters.length * COLUMNS_PER_RATER;
      const plan: SheetPlan = {
        ...base,
        mode: 'update',
        blocks: [
          ...headerBlocks(target),
          ...(values.length > 0
            ? [
                {
                  row: firstDataRow,
                  column: 1,
                  values,
                  wrap: true,
                  columnFormats: Array.from({ length: width }, (_, c) =>
                    c >= FIXED_COLUMNS && (c - FIXED_COLUMNS) % COLUMNS_PER_RATER === 2
                      ? 'yyyy-mm-dd'
                      : null,
                  ),
                  notes,
                },
              ]
            : []),
        ],
      };
      if (old) {
        // Clear what is left of the old table below the new one, in the add-on's columns only.
        plan.clearContentsFromRow = lastDataRow + 1;
        plan.clearColumns = Math.max(old.width, width);
        if (old.contentRightOfTable && width > old.width) {
          plan.insertColumnsAfter = { column: old.width, count: width - old.width };
        }
      }
      sheets.push(plan);
    }
  });

  // What is left in the pool has no place on any sheet: keep it.
  const seen = new Set<string>();
  for (const entry of pool) {
    if (isEmptyCell(entry.rating) && isEmptyCell(entry.evidence)) continue;
    const reason =
      entry.itemId === ''
        ? REASON.noId
        : placedHas(placed, entry)
          ? REASON.duplicate
          : REASON.outOfScope;
    const key = `${entry.raterId}|${entry.frameworkId}|${entry.itemId}`;
    seen.add(key);
    newlyKept.push({
      keptOn: now,
      reason,
      raterName: raterNames.get(entry.raterId) ?? entry.raterId,
      raterId: entry.raterId,
      frameworkId: entry.frameworkId,
      itemId: entry.itemId,
      rating: entry.rating,
      evidence: entry.evidence,
      updated: entry.updated,
      from: `Sheet "${entry.sheet}", row ${entry.row}`,
    });
  }
  const allKept = [...kept];
  for (const row of newlyKept) if (!allKept.some((k) => sameKept(k, row))) allKept.push(row);
  if (newlyKept.length > 0) {
    notices.push(
      `${newlyKept.length} rating${newlyKept.length === 1 ? '' : 's'} or note${newlyKept.length === 1 ? '' : 's'} had no place on the new rating sheets and ${newlyKept.length === 1 ? 'is' : 'are'} listed in "Kept ratings".`,
    );
  }
  const restored = input.kept.length - kept.length;
  if (restored > 0) {
    notices.push(
      `${restored} rating${restored === 1 ? '' : 's'} from "Kept ratings" went back onto ${restored === 1 ? 'its' : 'their'} rater’s sheet.`,
    );
  }
  return { sheets, placed, kept: allKept, notices };
}

function placedHas(placed: PlacedRatingSheet[], entry: RatingEntry): boolean {
  return placed.some(
    (p) =>
      p.frameworkId === entry.frameworkId &&
      p.target.raters.some((r) => r.id === entry.raterId) &&
      p.target.items.some((i) => i.id === entry.itemId),
  );
}

/**
 * A rater whose Evidence or Updated column the team deleted: the Ratings table and a new year's
 * clearing need all three columns, so the command stops before writing anything and says which
 * column is gone and what brings it back (setup rewrites the sheet, carrying every rating over).
 */
function refuseMissingRaterColumns(
  sheetName: string,
  read: ReadRatingSheet,
  raterNames: ReadonlyMap<string, string>,
): void {
  for (const columns of read.raters) {
    const missing = (['evidence', 'updated'] as const).filter((part) => columns[part] === 0);
    if (missing.length === 0) continue;
    const names = missing
      .map((part) => (part === 'evidence' ? 'Evidence' : 'Updated'))
      .join(' and ');
    const whose = raterNames.get(columns.raterId) ?? columns.raterId;
    throw new UserError(
      `Sheet "${sheetName}" has lost the ${names} column${missing.length > 1 ? 's' : ''} of ${whose}, so the add-on cannot read that sheet as it is. Undo the change (Edit › Undo, or File › Version history), or open "Set up assessment…" and save: it puts the column${missing.length > 1 ? 's' : ''} back and keeps every rating.`,
    );
  }
}

/** Same framework, same raters in the same columns, same items on the same rows. */
function matchesLayout(sheet: ReadRatingSheet, target: RatingSheetTarget): boolean {
  if (sheet.frameworkId !== target.frameworkId || sheet.keyRow !== RATING_ROWS.keys) return false;
  if (sheet.idColumn !== ID_COLUMN) return false;
  const expectedKeys = keysRow(target);
  if (sheet.width !== expectedKeys.length) return false;
  const raters = target.raters.map((r, i) => raterColumns(i, r.id));
  if (sheet.raters.length !== raters.length) return false;
  for (const want of raters) {
    const got = sheet.raters.find((r) => r.raterId === want.raterId);
    if (
      !got ||
      got.rating !== want.rating ||
      got.evidence !== want.evidence ||
      got.updated !== want.updated
    )
      return false;
  }
  if (sheet.itemRows.length !== target.items.length) return false;
  return target.items.every((item, i) => {
    const row = sheet.itemRows[i];
    return row?.itemId === item.id && row.row === RATING_ROWS.firstData + i;
  });
}

function retire(sheet: ExistingRatingSheet, names: SheetNames): SheetPlan {
  return {
    ...sheet.identity,
    name: names.claim(`${sheet.name} (removed)`),
    rename: true,
    mode: 'update',
    retireAs: { kind: 'retired-rating-sheet', key: sheet.identity.key },
    blocks: [],
  };
}

function strayRow(stray: { row: number; text: string }, sheet: string, now: Date): KeptRow {
  return {
    keptOn: now,
    reason: REASON.stray,
    raterName: '',
    raterId: '',
    frameworkId: '',
    itemId: '',
    rating: '',
    evidence: stray.text,
    updated: '',
    from: `Sheet "${sheet}", row ${stray.row}`,
  };
}

function headerBlocks(target: RatingSheetTarget): SheetPlan['blocks'] {
  const [standardName, goalName] = target.levelNames;
  const perRater = target.raters.length === 1;
  const headers: Cell[] = [
    standardName,
    target.levelNames[2] === target.ratedLevelName ? goalName : '',
    'Id',
    target.ratedLevelName,
  ];
  for (const rater of target.raters) {
    const who = perRater ? '' : `${rater.name}: `;
    headers.push(`${who}Rating`, `${who}Evidence and notes`, `${who}Updated`);
  }
  const choices = 'Excelling, Progressing, Emerging, Below (not here yet) or Not sure';
  const where = perRater ? 'in the Rating column' : 'in your own Rating column';
  return [
    { row: RATING_ROWS.keys, column: 1, values: [keysRow(target)] },
    { row: RATING_ROWS.title, column: 1, values: [[target.title]], bold: true, fontSize: 12 },
    {
      row: RATING_ROWS.instructions,
      column: 1,
      values: [
        [
          `Rate each ${target.ratedLevelName.toLowerCase()} ${where}: ${choices}. Note your evidence beside it. Everything saves as you type, and the Dashboard updates by itself.`,
        ],
      ],
      italic: true,
    },
    {
      row: RATING_ROWS.header,
      column: 1,
      values: [headers],
      bold: true,
      background: '#eeeeee',
      wrap: true,
    },
  ];
}

function columnWidths(target: RatingSheetTarget): NonNullable<SheetPlan['columnWidths']> {
  const widths = [
    { column: 1, count: 1, width: 150 },
    { column: 2, count: 1, width: 170 },
    { column: 3, count: 1, width: 60 },
    { column: 4, count: 1, width: 340 },
  ];
  target.raters.forEach((_, i) => {
    const c = raterColumns(i, '');
    widths.push(
      { column: c.rating, count: 1, width: 120 },
      { column: c.evidence, count: 1, width: 280 },
      { column: c.updated, count: 1, width: 90 },
    );
  });
  return widths;
}

function validations(target: RatingSheetTarget, firstDataRow: number): SheetPlan['validations'] {
  if (target.items.length === 0) return undefined;
  const dropdown: ValidationRule = {
    type: 'list',
    values: teamDropdownLabels('en'),
    allowInvalid: true,
    helpText: 'Choose Excelling, Progressing, Emerging, Below (not here yet) or Not sure.',
  };
  const perRater: Array<ValidationRule | null> = [dropdown, null, null];
  return {
    row: firstDataRow,
    column: FIXED_COLUMNS + 1,
    rules: target.items.map(() => target.raters.flatMap(() => perRater)),
  };
}

/** A colour for each level on every rating column, in English and Spanish. */
function conditionalFormats(
  target: RatingSheetTarget,
  firstDataRow: number,
  lastDataRow: number,
): ConditionalFormat[] {
  if (target.items.length === 0) return [];
  const ranges: RangeRef[] = target.raters.map((_, i) => ({
    row: firstDataRow,
    column: raterColumns(i, '').rating,
    rows: lastDataRow - firstDataRow + 1,
    columns: 1,
  }));
  return TEAM_SCALE.flatMap((entry) =>
    [...new Set([entry.label.en, entry.label.es])].map((label) => ({
      ranges,
      when: { textEqualTo: label },
      background: LEVEL_COLOURS[entry.level] ?? '#ffffff',
    })),
  );
}
