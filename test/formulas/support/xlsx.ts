import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser } from 'linkedom';
import {
  cellAt,
  lastColumn,
  lastRow,
  type WorkbookModel,
} from '../../bundle/apps-script/fake/spreadsheet-model';

/**
 * Writes the fake spreadsheet, exactly as the add-on left it, to .xlsx: values as values and the
 * add-on's formulas as formulas with no cached result, so LibreOffice computes every one.
 */
export async function writeXlsx(workbook: WorkbookModel, file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const sheet of workbook.sheets) {
    const out = book.addWorksheet(sheet.name);
    const rows = lastRow(sheet);
    const columns = lastColumn(sheet);
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= columns; c++) {
        const cell = cellAt(sheet, r, c);
        if (!cell) continue;
        const target = out.getCell(r, c);
        if (cell.formula !== undefined)
          target.value = { formula: cell.formula.slice(1) } as ExcelJS.CellFormulaValue;
        else if (cell.value !== '') target.value = cell.value;
      }
    }
  }
  await book.xlsx.writeFile(file);
}

export type Computed = string | number | boolean | null;

/**
 * Every cell's value after LibreOffice's recalculation, by sheet name, as grid[row-1][column-1].
 * Read from the file's XML, because exceljs drops formula results that are 0 or "".
 */
export async function readComputed(file: string): Promise<Map<string, Computed[][]>> {
  const files = unzipSync(new Uint8Array(await readFile(file)));
  const text = (path: string) => strFromU8(files[path] ?? new Uint8Array());
  const parser = new DOMParser();
  const xml = (path: string) => parser.parseFromString(text(path), 'text/xml');
  const shared = [...xml('xl/sharedStrings.xml').getElementsByTagName('si')].map((si) =>
    [...si.getElementsByTagName('t')].map((t) => t.textContent ?? '').join(''),
  );
  const targets = new Map(
    [...xml('xl/_rels/workbook.xml.rels').getElementsByTagName('Relationship')].map((r) => [
      r.getAttribute('Id'),
      r.getAttribute('Target'),
    ]),
  );
  const out = new Map<string, Computed[][]>();
  for (const entry of xml('xl/workbook.xml').getElementsByTagName('sheet')) {
    const target = targets.get(entry.getAttribute('r:id'));
    if (!target) continue;
    const grid: Computed[][] = [];
    for (const cell of xml(`xl/${target.replace(/^\/?xl\//, '')}`).getElementsByTagName('c')) {
      const ref = /^([A-Z]+)(\d+)$/.exec(cell.getAttribute('r') ?? '');
      if (!ref) continue;
      const column = [...(ref[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const row = Number(ref[2]);
      const type = cell.getAttribute('t') ?? 'n';
      const v = cell.getElementsByTagName('v')[0]?.textContent ?? null;
      let value: Computed = null;
      if (type === 's') value = shared[Number(v)] ?? '';
      else if (type === 'str') value = v ?? '';
      else if (type === 'inlineStr')
        value = [...cell.getElementsByTagName('t')].map((t) => t.textContent ?? '').join('');
      else if (type === 'b') value = v === '1';
      else if (type === 'e') value = `#ERROR ${v}`;
      else value = v === null ? null : Number(v);
      const line = grid[row - 1] ?? [];
      line[column - 1] = value;
      grid[row - 1] = line;
    }
    for (let r = 0; r < grid.length; r++) grid[r] ??= [];
    out.set(entry.getAttribute('name') ?? '', grid);
  }
  return out;
}
