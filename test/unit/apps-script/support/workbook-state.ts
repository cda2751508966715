import { isFormula } from '../../../../apps-script/workbook/cells';
import {
  gridAfter,
  type SheetIdentity,
  type WorkbookPlan,
} from '../../../../apps-script/workbook/plan';
import { READ_KINDS, type WorkbookSnapshot } from '../../../../apps-script/workbook/snapshot';

/**
 * A workbook as plain grids, to run the pure plan against several times in a row (set up, type
 * ratings, set up again) without Apps Script. Writing follows the plan's own rules: blocks
 * written over the grid, `replace` sheets cleared first, rows cleared from `clearContentsFromRow`.
 */
export interface SimSheet {
  name: string;
  identity?: SheetIdentity;
  grid: unknown[][];
}

export class SimWorkbook {
  sheets: SimSheet[] = [{ name: 'Sheet1', grid: [] }];

  snapshot(): WorkbookSnapshot {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        ...(s.identity ? { identity: s.identity } : {}),
        ...(s.identity && READ_KINDS.includes(s.identity.kind) ? { values: this.values(s) } : {}),
      })),
    };
  }

  /** What getValues would return: formulas are not computed here, so they read as "". */
  values(sheet: SimSheet): unknown[][] {
    const width = Math.max(0, ...sheet.grid.map((r) => r.length));
    return sheet.grid.map((row) =>
      Array.from({ length: width }, (_, c) => (isFormula(row[c]) ? '' : (row[c] ?? ''))),
    );
  }

  apply(plan: WorkbookPlan): void {
    for (const p of plan.sheets) {
      let sheet = this.sheets.find((s) => s.identity?.kind === p.kind && s.identity.key === p.key);
      if (!sheet) {
        if (this.sheets.some((s) => s.name.toLowerCase() === p.name.toLowerCase()))
          throw new Error(`Duplicate sheet name ${p.name}`);
        sheet = { name: p.name, identity: { kind: p.kind, key: p.key }, grid: [] };
        this.sheets.push(sheet);
      } else if (p.rename) {
        sheet.name = p.name;
      }
      if (p.retireAs) {
        sheet.identity = p.retireAs;
        continue;
      }
      if (p.mode === 'replace') sheet.grid = [];
      if (p.clearContentsFromRow) {
        for (let r = p.clearContentsFromRow - 1; r < sheet.grid.length; r++) {
          const row = sheet.grid[r] ?? [];
          for (let c = 0; c < (p.clearColumns ?? row.length); c++) row[c] = '';
        }
      }
      sheet.grid = gridAfter(sheet.grid, p.blocks);
      // As the adapter does: each fill's one value into every cell of its rectangles.
      for (const fill of p.fills ?? []) {
        sheet.grid = gridAfter(
          sheet.grid,
          fill.ranges.map((area) => ({
            row: area.row,
            column: area.column,
            values: Array.from({ length: area.rows }, () =>
              Array.from({ length: area.columns }, () => fill.value),
            ),
          })),
        );
      }
      for (const area of p.clearRanges ?? []) {
        for (let r = area.row - 1; r < area.row - 1 + area.rows; r++) {
          for (let c = area.column - 1; c < area.column - 1 + area.columns; c++) {
            const row = sheet.grid[r];
            if (row) row[c] = '';
          }
        }
      }
    }
  }

  byName(name: string): SimSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet)
      throw new Error(`No sheet ${name}; have ${this.sheets.map((s) => s.name).join(', ')}`);
    return sheet;
  }

  byKind(kind: string, key = 'main'): SimSheet {
    const sheet = this.sheets.find((s) => s.identity?.kind === kind && s.identity.key === key);
    if (!sheet) throw new Error(`No ${kind}/${key} sheet`);
    return sheet;
  }

  /** Types into a cell, as a rater would. */
  type(sheetName: string, row: number, column: number, value: unknown): void {
    const sheet = this.byName(sheetName);
    while (sheet.grid.length < row) sheet.grid.push([]);
    const cells = sheet.grid[row - 1] ?? [];
    while (cells.length < column) cells.push('');
    cells[column - 1] = value;
    sheet.grid[row - 1] = cells;
  }

  cell(sheetName: string, row: number, column: number): unknown {
    return this.byName(sheetName).grid[row - 1]?.[column - 1] ?? '';
  }
}
