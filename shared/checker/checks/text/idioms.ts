import { type IdiomEntry, idioms } from '../../data';
import type { CheckFunction, Hit } from '../types';
import { blockLanguages, blocksInScope } from './block-scope';
import { allMatches, phrasePattern } from './compile';
import { candidateBlocks, type GatedRegex, gatedRegex, lowered } from './pattern-index';

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

export const idiomsCheck: CheckFunction = (context) => {
  const maxHits =
    typeof context.rule.options?.maxHits === 'number' ? context.rule.options.maxHits : 50;
  const languages = [...new Set(idioms().map((i) => i.language))];
  const hits: Hit[] = [];
  const inScope = new Set(blocksInScope(context));
  const candidates = new Map<string, Set<number>>();
  for (const language of languages) {
    const lookup = lookupFor(language);
    if (lookup) candidates.set(language, new Set(candidateBlocks(context.model, lookup.gated)));
  }
  for (const [blockIndex, block] of context.model.blocks.entries()) {
    if (!inScope.has(block)) continue;
    for (const language of blockLanguages(context, block, languages)) {
      const lookup = lookupFor(language);
      if (!lookup || !candidates.get(language)?.has(blockIndex)) continue;
      for (const match of allMatches(lookup.gated.regex, lowered(block))) {
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
        });
        if (hits.length >= maxHits) return hits;
      }
    }
  }
  return hits;
};
