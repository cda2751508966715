/** Message keys for a count: chrome.i18n has no plural forms, so the singular is its own message. */
export interface CountMessageKeys {
  /** The message for exactly one, with the number written in it. */
  one: string;
  /** The message for any other count, the number as `$1`. */
  other: string;
}

/** "1 result." or "N results.", "1 problem" or "N problems", from the two keys. */
export function countMessage(
  count: number,
  keys: CountMessageKeys,
  t: (key: string, substitution?: string) => string,
): string {
  return count === 1 ? t(keys.one) : t(keys.other, String(count));
}
