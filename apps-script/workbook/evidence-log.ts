import type { Framework } from '../../shared/frameworks';
import { formatLocation, type ValueError } from '../../shared/scoring';
import { columnLetter, isDate, isEmptyCell } from './cells';
import { ratedItems } from './framework-labels';
import type { SheetPlan } from './plan';

/**
 * Evidence from the toolkit's Chrome extension: its "copy rows" export is tab-separated
 * (indicator id, date YYYY-MM-DD, page title, URL, evidence; one row per tag), so pasting it at
 * A5 fills these columns. Refresh counts the evidence per indicator (shown on Priorities) and
 * lists rows whose indicator id is not in the framework.
 */
export const EVIDENCE_COLUMNS = [
  { header: 'Indicator id', width: 80 },
  { header: 'Date', width: 90 },
  { header: 'Page title', width: 220 },
  { header: 'URL', width: 220 },
  { header: 'Evidence', width: 420 },
] as const;
const HEADER_ROW = 4;
const FIRST_ROW = 5;

export interface EvidenceLog {
  counts: Map<string, number>;
  problems: ValueError[];
  rows: number;
}

export function readEvidenceLog(
  sheetName: string,
  grid: unknown[][],
  framework: Framework,
): EvidenceLog {
  const ids = new Set(ratedItems(framework).map((i) => i.id));
  const counts = new Map<string, number>();
  const problems: ValueError[] = [];
  let rows = 0;
  grid.forEach((row, r) => {
    if (r + 1 < FIRST_ROW) return;
    const [idCell, dateCell, , , evidence] = row;
    if ([idCell, evidence].every(isEmptyCell)) return;
    // A header row pasted along with the data is not evidence.
    if (typeof idCell === 'string' && /^indicator( id)?$/i.test(idCell.trim())) return;
    rows++;
    const id = isEmptyCell(idCell) ? '' : String(idCell).trim();
    const location = { sheet: sheetName, row: r + 1, column: columnLetter(1) };
    if (!ids.has(id)) {
      const message =
        id === ''
          ? 'the indicator id is missing.'
          : `"${id}" is not an indicator of ${framework.name} (${framework.edition}).`;
      problems.push({
        location,
        value: idCell,
        message: `${formatLocation(location)}: ${message}`,
      });
      return;
    }
    if (
      !isEmptyCell(dateCell) &&
      !isDate(dateCell) &&
      !/^\d{4}-\d{2}-\d{2}$/.test(String(dateCell).trim())
    ) {
      const at = { ...location, column: columnLetter(2) };
      problems.push({
        location: at,
        value: dateCell,
        message: `${formatLocation(at)}: "${String(dateCell)}" is not a date written YYYY-MM-DD.`,
      });
    }
    counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return { counts, problems, rows };
}

export function evidenceLogSheet(name: string): SheetPlan {
  return {
    kind: 'evidence-log',
    key: 'main',
    name,
    mode: 'update',
    blocks: [
      { row: 2, column: 1, values: [['Evidence log']], bold: true, fontSize: 14 },
      {
        row: 3,
        column: 1,
        values: [
          [
            `Paste rows copied from the toolkit's Chrome extension ("Copy rows for Sheets") at A${FIRST_ROW}: indicator id, date, page title, URL, evidence. Add your own rows the same way. Priorities counts the evidence for each indicator.`,
          ],
        ],
        italic: true,
      },
      {
        row: HEADER_ROW,
        column: 1,
        values: [EVIDENCE_COLUMNS.map((c) => c.header)],
        bold: true,
        background: '#eeeeee',
      },
    ],
    frozenRows: HEADER_ROW,
    columnWidths: EVIDENCE_COLUMNS.map((c, i) => ({ column: i + 1, count: 1, width: c.width })),
  };
}
