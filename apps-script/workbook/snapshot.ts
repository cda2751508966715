import type { SheetIdentity, SheetKind } from './plan';

/** The workbook as the adapter found it: every sheet's name, the managed ones' identity and, for the sheets the plan needs to read, their values (one getValues each). */
export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export interface SheetSnapshot {
  name: string;
  identity?: SheetIdentity;
  /** getDataRange().getValues(), for the kinds in READ_KINDS (and a survey source sheet). */
  values?: unknown[][];
  /**
   * getDataRange().getNotes(), same shape as `values`, for rating sheets at setup: a sheet setup
   * rewrites gets each rater's cell notes back on their item's row.
   */
  notes?: string[][];
}

/** Kinds whose contents the plan needs: people type in them, or the add-on keeps ticks there. */
export const READ_KINDS: readonly SheetKind[] = [
  'rating-sheet',
  'kept-ratings',
  'priorities',
  'action-plan',
  'family-survey',
  'evidence-log',
  'ratings-archive',
];

export function sheetsOfKind(snapshot: WorkbookSnapshot, kind: SheetKind): SheetSnapshot[] {
  return snapshot.sheets.filter((s) => s.identity?.kind === kind);
}

export function mainSheet(snapshot: WorkbookSnapshot, kind: SheetKind): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => s.identity?.kind === kind && s.identity.key === 'main');
}

/** Parses a developer metadata value written by the add-on; anything else is not ours. */
export function parseIdentity(value: string): SheetIdentity | undefined {
  try {
    const parsed = JSON.parse(value) as Partial<SheetIdentity>;
    if (typeof parsed.kind === 'string' && typeof parsed.key === 'string')
      return { kind: parsed.kind as SheetKind, key: parsed.key };
  } catch {
    // Not ours.
  }
  return undefined;
}
