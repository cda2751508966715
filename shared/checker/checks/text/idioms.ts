import { type IdiomEntry, idioms } from '../../data';
import type { CheckFunction, Hit } from '../types';
import { phrasePattern } from './compile';
import { matchesByLanguage } from './matches-by-language';
import { type GatedRegex, gatedRegex } from './pattern-index';

/**
 * Idioms from data/idioms.json that translation tools render word for word ("touch base",
 * "heads up", "echar una mano"). One hit per use, with the plain alternative in the message.
 */
interface IdiomLookup {
  gated: GatedRegex;
  entries: IdiomEntry[];
}

const byLanguage = new Map<string, IdiomLookup>();

function lookupFor(language: string): IdiomLookup | undefined {
  if (byLanguage.has(language)) return byLanguage.get(language);
  const entries = idioms().filter((i) => i.language === language);
  const lookup =
    entries.length === 0
      ? undefined
      : {
          // One named group per idiom tells which one matched.
          gated: gatedRegex(
            entries.map((e) => e.pattern ?? phrasePattern(e.phrase)),
            entries.map((_, n) => `i${n}`),
          ),
          entries,
        };
  byLanguage.set(language, lookup as IdiomLookup);
  return lookup;
}

function matchedEntry(lookup: IdiomLookup, groups: Record<string, string | undefined> | undefined) {
  for (const [name, value] of Object.entries(groups ?? {})) {
    if (value !== undefined) return lookup.entries[Number(name.slice(1))];
  }
  return undefined;
}

let idiomLanguages: string[] | undefined;

export const idiomsCheck: CheckFunction = (context) => {
  const maxHits =
    typeof context.rule.options?.maxHits === 'number' ? context.rule.options.maxHits : 50;
  idiomLanguages ??= [...new Set(idioms().map((i) => i.language))];
  const hits: Hit[] = [];
  for (const { block, language, matches } of matchesByLanguage(
    context,
    idiomLanguages,
    (language) => lookupFor(language)?.gated,
  )) {
    const lookup = lookupFor(language) as IdiomLookup;
    for (const match of matches) {
      const entry = matchedEntry(lookup, match.groups);
      if (!entry) continue;
      const quote = block.text.slice(match.index, match.index + match[0].length);
      hits.push({
        quote,
        position: { ref: block.ref, start: match.index, end: match.index + match[0].length },
        message:
          language === 'es'
            ? `“${quote}” es un modismo que los traductores automáticos traducen palabra por palabra. Escriba en su lugar: “${entry.alternative}”.`
            : `“${quote}” is an idiom that translation tools turn word for word. Write “${entry.alternative}” instead.`,
        source: entry.source,
      });
      if (hits.length >= maxHits) return hits;
    }
  }
  return hits;
};
