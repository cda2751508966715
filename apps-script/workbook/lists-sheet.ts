import { parseTeamLevel, TEAM_SCALE, teamLevelLabel } from '../../shared/scoring';
import { sheetRef } from './cells';
import type { SheetPlan } from './plan';

/**
 * The spellings the live formulas accept in a rating cell, each with the level it stands for.
 * The scoring core reads more (any spacing or accents, "2 - Progressing"...); the formulas can
 * only look a value up, so this list is the labels, their Spanish forms with and without accents,
 * the "not here yet" hints and the scores. A unit test proves the core reads every one the same way.
 */
export function formulaSpellings(): Array<{ spelling: string; label: string }> {
  const out = new Map<string, string>();
  const add = (spelling: string, label: string) => {
    for (const form of [spelling, stripAccents(spelling)]) {
      if (!out.has(form.toLocaleLowerCase())) out.set(form.toLocaleLowerCase(), label);
    }
  };
  for (const entry of TEAM_SCALE) {
    const label = teamLevelLabel(entry.level);
    add(entry.label.en, label);
    add(entry.label.es, label);
    if (entry.hint) {
      add(entry.hint.en, label);
      add(entry.hint.es, label);
      add(`${entry.label.en} (${entry.hint.en})`, label);
      add(`${entry.label.es} (${entry.hint.es})`, label);
    }
    if (entry.score !== null) {
      add(String(entry.score), label);
      add(`${entry.score}.0`, label);
    }
  }
  // Keep only what the scoring core itself accepts as that level.
  return [...out].flatMap(([spelling, label]) => {
    const parsed = parseTeamLevel(spelling);
    return parsed.kind === 'value' && teamLevelLabel(parsed.value) === label
      ? [{ spelling, label }]
      : [];
  });
}

function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

export const LISTS_FIRST_ROW = 2;

export interface ListsLayout {
  sheetName: string;
  /** `Lists!$A$2:$A$n`: the accepted spellings. */
  spellings: string;
  /** `Lists!$B$2:$B$n`: the level each spelling stands for. */
  labels: string;
}

export function listsSheet(name: string): {
  plan: SheetPlan;
  layout: (sheetName: string) => ListsLayout;
} {
  const rows = formulaSpellings();
  const last = LISTS_FIRST_ROW + rows.length - 1;
  return {
    plan: {
      kind: 'lists',
      key: 'main',
      name,
      mode: 'replace',
      hidden: true,
      blocks: [
        {
          row: 1,
          column: 1,
          values: [
            [
              'Spelling',
              'Rating',
              'Used by the Ratings sheet’s formulas to read rating cells. Written by the add-on.',
            ],
          ],
          bold: true,
        },
        {
          row: LISTS_FIRST_ROW,
          column: 1,
          values: rows.map((r) => [r.spelling, r.label]),
        },
      ],
      protection: { description: 'Lists: written by the add-on.', unprotected: [] },
    },
    layout: (sheetName) => {
      const ref = sheetRef(sheetName);
      return {
        sheetName,
        spellings: `${ref}$A$${LISTS_FIRST_ROW}:$A$${last}`,
        labels: `${ref}$B$${LISTS_FIRST_ROW}:$B$${last}`,
      };
    },
  };
}
