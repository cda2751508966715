/**
 * Sheet names the add-on chooses. They stay within Excel's rules too (31 characters, none of
 * [ ] * ? : / \) so a team can download the workbook as .xlsx, and never repeat an existing name
 * (Sheets compares names without regard to case).
 */
export const MAX_SHEET_NAME = 31;

export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]*?:/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  return cleaned === '' ? 'Sheet' : cleaned;
}

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export class SheetNames {
  private readonly taken = new Set<string>();

  constructor(existing: Iterable<string>) {
    for (const name of existing) this.taken.add(name.toLocaleLowerCase());
  }

  /** `wanted` if free, else "wanted (2)", "wanted (3)"... within the length limit. */
  claim(wanted: string): string {
    const base = shorten(cleanSheetName(wanted), MAX_SHEET_NAME);
    let name = base;
    for (let n = 2; this.taken.has(name.toLocaleLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${shorten(base, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    }
    this.taken.add(name.toLocaleLowerCase());
    return name;
  }

  release(name: string): void {
    this.taken.delete(name.toLocaleLowerCase());
  }
}
