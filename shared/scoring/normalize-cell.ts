/**
 * Cell text reduced to what matters for matching a label: case, accents, surrounding and repeated
 * spaces (including the non-breaking and zero-width ones spreadsheets and web forms leave behind),
 * curly apostrophes, and hyphens or underscores between words ("not-sure") all fall away. A
 * hyphen before a digit stays, so "-1" is not read as 1.
 */
export function normalizeCellText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/(?<=\p{L})[-_]+(?=\p{L})/gu, ' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Blank means nothing entered: no value, or only spaces. Blank is "not rated yet", not an error. */
export function isBlankCell(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === 'string' && normalizeCellText(value) === '';
}
