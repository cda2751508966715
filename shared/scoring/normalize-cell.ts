/**
 * Cell text reduced to what matters for matching a label: case, accents, surrounding and repeated
 * spaces (including the non-breaking and zero-width ones spreadsheets and web forms leave behind),
 * curly apostrophes, and hyphens or underscores used as spaces all fall away.
 */
export function normalizeCellText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[-_\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Blank means nothing entered: no value, or only spaces. Blank is "not rated yet", not an error. */
export function isBlankCell(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === 'string' && normalizeCellText(value) === '';
}
