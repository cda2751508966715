/** "1 result." or "N results.": chrome.i18n has no plural forms, so the singular is its own message. */
export function resultCountText(
  count: number,
  t: (key: string, substitution?: string) => string,
): string {
  return count === 1 ? t('popupResultCountOne') : t('popupResultCount', String(count));
}
