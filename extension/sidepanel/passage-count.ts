import { needsCheck } from '../../shared/checker/report/indicator-evidence';
import { countMessage } from '../common/plural';

/**
 * How many passages evidence an indicator, worded for the panel and the Markdown copy. One
 * passage asks the reader to check it: such tags are right about two times in three on messages
 * the rules were never tuned on.
 */
export function passageCountText(
  passages: number,
  t: (key: string, substitution?: string) => string,
): { text: string; needsCheck: boolean } {
  return {
    text: countMessage(passages, { one: 'reportPassagesOne', other: 'reportPassages' }, t),
    needsCheck: needsCheck(passages),
  };
}
