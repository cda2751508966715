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
 * What the indicator rules could not read in a message, given the Standard 2 indicators each
 * language has wording for (`worded`): its languages with no wording at all (a German notice checked
 * with German on the district's list is detected and measured, but "0 of 9 evidenced" would say
 * nothing about it), the Standard 2 indicators with no wording in its primary language (2.2.3 in
 * Vietnamese), or, when no language could be told, all of it.
 */
export function unreadParts(
  languages: Pick<Report['languages'], 'primary' | 'detected'>,
  worded: ReadonlyMap<string, ReadonlySet<string>>,
  nameOf: (code: string) => string,
  hasLetters: () => boolean,
): Report['summary']['standard2']['notRead'] {
  const { primary } = languages;
  if (primary === null) {
    // Asked only here: most messages have a primary language, and a long one has many blocks.
    return hasLetters()
      ? {
          languages: [],
          reason:
            'The language of this message could not be told, so it was not read for indicator tags: the indicators listed as not evidenced may well be there.',
        }
      : undefined;
  }
  const parts = languages.detected
    .filter((d) => d.language === primary || d.share >= PART_SHARE)
    .map((d) => d.language)
    .filter((language) => !worded.has(language));
  const names = listOf(parts.map(nameOf));
  if (parts.includes(primary)) {
    return {
      languages: parts,
      reason: `No indicator rule has wording in ${names}, the language of most of this message, so the Standard 2 indicators listed as not evidenced may well be there: read it for them yourself.`,
    };
  }
  const unworded = standard2Indicators().filter((id) => !worded.get(primary)?.has(id));
  const sentences: string[] = [];
  if (unworded.length > 0) {
    sentences.push(
      `No indicator rule has wording for ${listOf(unworded)} in ${nameOf(primary)}, so ${unworded.length === 1 ? 'it' : 'they'} may be there though listed as not evidenced.`,
    );
  }
  if (parts.length > 0) {
    sentences.push(
      `No indicator rule has wording in ${names}: that part of the message was not read for them.`,
    );
  }
  if (sentences.length === 0) return undefined;
  return {
    languages: parts,
    ...(unworded.length > 0 ? { indicators: unworded } : {}),
    reason: sentences.join(' '),
  };
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
