import { type IdiomEntry, idioms } from '../../data';
import type { CheckFunction, Hit } from '../types';
import { blockLanguages, blocksInScope } from './block-scope';
import { allMatches, anyOf, phrasePattern } from './compile';

/**
 * Idioms from data/idioms.json that translation tools render word for word ("touch base",
 * "heads up", "echar una mano"). One hit per use, with the plain alternative in the message.
 */
interface IdiomLookup {
  regex: RegExp;
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
          regex: anyOf(
            entries.map((e, n) => `(?<i${n}>${e.pattern ?? phrasePattern(e.phrase)})`),
            'giu',
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

export const idiomsCheck: CheckFunction = (context) => {
  const maxHits =
    typeof context.rule.options?.maxHits === 'number' ? context.rule.options.maxHits : 50;
  const languages = [...new Set(idioms().map((i) => i.language))];
  const hits: Hit[] = [];
  for (const block of blocksInScope(context)) {
    for (const language of blockLanguages(context, block, languages)) {
      const lookup = lookupFor(language);
      if (!lookup) continue;
      for (const match of allMatches(lookup.regex, block.text)) {
        const entry = matchedEntry(lookup, match.groups);
        if (!entry) continue;
        hits.push({
          quote: match[0],
          position: { ref: block.ref, start: match.index, end: match.index + match[0].length },
          message:
            language === 'es'
              ? `“${match[0]}” es un modismo que los traductores automáticos traducen palabra por palabra. Escriba en su lugar: “${entry.alternative}”.`
              : `“${match[0]}” is an idiom that translation tools turn word for word. Write “${entry.alternative}” instead.`,
        });
        if (hits.length >= maxHits) return hits;
      }
    }
  }
  return hits;
};
