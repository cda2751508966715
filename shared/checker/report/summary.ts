import { builtInFramework, ratedNodes } from '../../frameworks';
import { CATEGORIES, type Category, type Finding, SEVERITIES, type Severity } from '../finding';
import type { Report } from '../report';

/** Counts of tags and findings by category and severity, every cell present (zeros included). */
export function countFindings(all: readonly Finding[]): Report['summary']['counts'] {
  const counts = {} as Record<Category, Record<Severity, number>>;
  for (const category of CATEGORIES) {
    counts[category] = {} as Record<Severity, number>;
    for (const severity of SEVERITIES) counts[category][severity] = 0;
  }
  for (const finding of all) counts[finding.category][finding.severity]++;
  return counts;
}

/** The nine indicators of Standard 2 (Communicate Effectively), in framework order. */
export function standard2Indicators(): string[] {
  return ratedNodes(builtInFramework('pta-2022'))
    .filter((node) => node.parentIds[0] === '2')
    .map((node) => node.id);
}

/** A language with at least this share of the message's words is a part of it worth naming. */
const PART_SHARE = 0.2;

/**
 * The parts of a message no indicator wording reads: its primary language and any other with a
 * fifth of its words, among those `readLanguages` leaves out. A German notice checked with German
 * on the district's list is detected and measured, but no rule has German wording, so "0 of 9
 * evidenced" would say nothing about it.
 */
export function unreadParts(
  languages: Pick<Report['languages'], 'primary' | 'detected'>,
  readLanguages: ReadonlySet<string>,
  nameOf: (code: string) => string,
): Report['summary']['standard2']['notRead'] {
  const parts = languages.detected
    .filter((d) => d.language === languages.primary || d.share >= PART_SHARE)
    .map((d) => d.language)
    .filter((language) => !readLanguages.has(language));
  if (parts.length === 0) return undefined;
  const names = parts.map(nameOf);
  const read = [...readLanguages].map(nameOf).sort();
  const whole = parts.includes(languages.primary ?? '');
  const reason = whole
    ? `Indicator tags are read in ${listOf(read)} only. This message is mostly in ${listOf(names)}, so the Standard 2 indicators listed as not evidenced may well be there: read it for them yourself.`
    : `Indicator tags are read in ${listOf(read)} only. The ${listOf(names)} part of this message was not read for them.`;
  return { languages: parts, reason };
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function standard2Coverage(tags: readonly Finding[]): Report['summary']['standard2'] {
  const evidenced = new Set(
    tags.filter((t) => t.frameworkId === 'pta-2022' && t.indicatorId).map((t) => t.indicatorId),
  );
  const all = standard2Indicators();
  return {
    evidenced: all.filter((id) => evidenced.has(id)),
    missing: all.filter((id) => !evidenced.has(id)),
  };
}
