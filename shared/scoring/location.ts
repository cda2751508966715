import type { Location } from './types';

const COLUMN_LETTERS = /^[A-Z]{1,3}$/;

/**
 * The one way every scoring message names a place, e.g.
 * `Sheet "Maria (family)", row 7, column E` or `File "ratings.json", field "$[3].rating"`.
 * A column is a letter ("E") or a header name, which is quoted.
 */
export function formatLocation(location: Location): string {
  const text = placeWords(location);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The same words for use inside a sentence: `sheet "Maria (family)", row 8, column E`. */
export function placeWords(location: Location): string {
  const parts: string[] = [];
  if (location.file !== undefined) parts.push(`file "${location.file}"`);
  if (location.sheet !== undefined) parts.push(`sheet "${location.sheet}"`);
  if (location.row !== undefined) parts.push(`row ${location.row}`);
  if (location.column !== undefined) {
    parts.push(
      COLUMN_LETTERS.test(location.column)
        ? `column ${location.column}`
        : `column "${location.column}"`,
    );
  }
  // A column already points at the cell; the field name helps only where there is no column.
  if (location.field !== undefined && location.column === undefined) {
    parts.push(`field "${location.field}"`);
  }
  return parts.length === 0 ? 'an unknown place' : parts.join(', ');
}

/** "a" or "an" before a word, for messages that name a framework's own level names. */
export function withArticle(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

const SHOWN_CHARACTERS = 60;

/** A value as a message quotes it: strings in quotes (cut when long), other types named. */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown =
      value.length > SHOWN_CHARACTERS
        ? `${value.slice(0, SHOWN_CHARACTERS)}… (${value.length} characters)`
        : value;
    return `"${shown}"`;
  }
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (value instanceof Date) return 'a date';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : withArticle(typeof value);
}
