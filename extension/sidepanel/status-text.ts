import { countMessage } from '../common/plural';
import type { Translate } from './export-markdown';

/** "1 finding, 3 indicator tags": each count with its own singular. */
function findingsAndTags(findings: number, tags: number, t: Translate): [string, string] {
  return [
    countMessage(findings, { one: 'panelFindingsOne', other: 'panelFindings' }, t),
    countMessage(tags, { one: 'panelTagsOne', other: 'panelTags' }, t),
  ];
}

/** The status line after a check: of a page (with its time) or of a draft (no page, no time). */
export function checkDoneText(
  counts: { findings: number; tags: number; ms?: number },
  t: Translate,
): string {
  const [findings, tags] = findingsAndTags(counts.findings, counts.tags, t);
  return counts.ms === undefined
    ? t('panelDraftDone', [findings, tags])
    : t('panelDone', [findings, tags, String(counts.ms)]);
}

/** The status line after "Copy rows for Sheets". */
export function rowsCopiedText(rows: number, t: Translate): string {
  return countMessage(rows, { one: 'panelCopiedTsvOne', other: 'panelCopiedTsv' }, t);
}
