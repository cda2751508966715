import type { TextBlock } from '../../document-model';
import type { CheckContext } from '../types';
import { countWords } from './words';

/**
 * Which blocks a text rule reads. Tags and plain-language findings read the main content, so a
 * site's navigation and footer ("Follow us on Facebook", "Contact us") do not count as evidence
 * on every page; rules that look for offers of help anywhere on the page set `scope: "all"`.
 */
export function blocksInScope(context: CheckContext): TextBlock[] {
  const scope = context.rule.options?.scope;
  const blocks = context.model.blocks;
  if (scope === 'all') return blocks;
  const main = blocks.filter((b) => b.inMainContent);
  return main.length > 0 ? main : blocks;
}

function primarySubtag(lang: string | undefined | null): string | null {
  if (!lang) return null;
  const code = lang.toLowerCase().split(/[-_]/)[0];
  return code && /^[a-z]{2,3}$/.test(code) ? code : null;
}

/** Below this many words, language detection on one block is a guess (a short English line is often taken for French). */
const RELIABLE_DETECTION_WORDS = 15;

/**
 * The languages whose patterns apply to a block: the language detected for the block, its `lang`
 * attribute and the document's primary language. When the block is short, detection is unreliable
 * and every language's patterns apply, so "Estimados padres:" or "Questions? Call us." are read.
 * Patterns are specific phrases of their language, so reading a short block with all of them
 * costs little precision.
 */
export function blockLanguages(
  context: CheckContext,
  block: TextBlock,
  available: readonly string[],
): string[] {
  const detected = context.blockLanguage(block);
  if (!detected || wordsIn(block) < RELIABLE_DETECTION_WORDS) return [...available];
  const wanted = new Set(
    [detected, primarySubtag(block.lang), context.primaryLanguage].filter(
      (l): l is string => typeof l === 'string',
    ),
  );
  return available.filter((l) => wanted.has(l));
}

const wordCounts = new WeakMap<TextBlock, number>();
function wordsIn(block: TextBlock): number {
  let n = wordCounts.get(block);
  if (n === undefined) {
    n = countWords(block.text);
    wordCounts.set(block, n);
  }
  return n;
}
