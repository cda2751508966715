import type { Report } from '../../shared/checker';
import { distinctEvidence } from '../../shared/checker/report/indicator-evidence';

/**
 * Rows for the Sheets add-on's evidence column, one per indicator and quote, tab-separated:
 * indicator id prefixed with its framework (`pta-2022:2.1.2`, so a workbook on another
 * framework maps it or refuses it instead of counting another framework's 2.1.2), date
 * (YYYY-MM-DD), page title, URL, evidence (the quoted text).
 * No header row, so the rows paste straight under an existing one.
 */
export const TSV_COLUMNS = ['indicator id', 'date', 'page title', 'URL', 'evidence'] as const;

/** The check's local calendar date, YYYY-MM-DD. */
export function localDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * One cell: tabs and line breaks become spaces (they would split the row), a leading double
 * quote would make Sheets parse a quoted field, and a leading = + - or @ would be read as a
 * formula, so such text is marked as plain text with an apostrophe, as Sheets itself does.
 */
export function tsvCell(value: string): string {
  const flat = value.replace(/[\t\r\n]+/g, ' ').trim();
  return /^[=+\-@"]/.test(flat) ? `'${flat}` : flat;
}

export function reportToTsv(report: Report): string {
  const date = localDate(report.checkedAt);
  return distinctEvidence(report.tags)
    .filter((tag) => tag.indicatorId)
    .map((tag) =>
      [
        `${report.options.frameworkId}:${tag.indicatorId}`,
        date,
        report.input.title,
        report.input.url ?? '',
        tag.quote,
      ]
        .map(tsvCell)
        .join('\t'),
    )
    .join('\n');
}
