import { countMessage } from '../common/plural';

/** "1 result." or "N results." under the popup's search box. */
export function resultCountText(
  count: number,
  t: (key: string, substitution?: string) => string,
): string {
  return countMessage(count, { one: 'popupResultCountOne', other: 'popupResultCount' }, t);
}
