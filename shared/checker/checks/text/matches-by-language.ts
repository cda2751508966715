import type { TextBlock } from '../../document-model';
import type { CheckContext } from '../types';
import { isInScope, readsLanguage } from './block-scope';
import { type GatedRegex, gatedMatches } from './pattern-index';
import { lowered } from './word-starts';

export interface LanguageMatches {
  block: TextBlock;
  blockIndex: number;
  language: string;
  matches: RegExpExecArray[];
}

/**
 * For checks with one lookup per language (glossary terms, idioms): the matches of each
 * language's gated regex in the blocks the rule reads in that language, in the order a reader
 * meets them: block by block, and within a block language by language as `languages` lists them.
 * `skip` leaves blocks out; `textOf` is the text to match (default: the lower-cased text).
 */
export function matchesByLanguage(
  context: CheckContext,
  languages: readonly string[],
  gatedFor: (language: string) => GatedRegex | undefined,
  {
    skip,
    textOf = () => lowered,
  }: {
    skip?: (block: TextBlock) => boolean;
    textOf?: (language: string) => (block: TextBlock) => string;
  } = {},
): LanguageMatches[] {
  const { model } = context;
  const blocks = model.blocks;
  const byLanguage = new Map<string, Map<number, RegExpExecArray[]>>();
  for (const language of languages) {
    const gated = gatedFor(language);
    if (!gated) continue;
    const accept = (blockIndex: number) => {
      const block = blocks[blockIndex] as TextBlock;
      return isInScope(context, block) && !skip?.(block) && readsLanguage(context, block, language);
    };
    const byBlock = new Map<number, RegExpExecArray[]>();
    for (const { blockIndex, match } of gatedMatches(model, gated, accept, textOf(language))) {
      const list = byBlock.get(blockIndex);
      if (list) list.push(match);
      else byBlock.set(blockIndex, [match]);
    }
    byLanguage.set(language, byBlock);
  }
  const blockIndexes = [
    ...new Set([...byLanguage.values()].flatMap((byBlock) => [...byBlock.keys()])),
  ].sort((a, b) => a - b);
  const found: LanguageMatches[] = [];
  for (const blockIndex of blockIndexes) {
    for (const language of languages) {
      const matches = byLanguage.get(language)?.get(blockIndex);
      if (matches) {
        found.push({ block: blocks[blockIndex] as TextBlock, blockIndex, language, matches });
      }
    }
  }
  return found;
}
