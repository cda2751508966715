import type { DocumentModel, TextBlock } from '../../document-model';
import { anyOf, unicodeWords } from './compile';
import { oncePerBlock } from './once-per-block';
import { compilePartsLater, type GatedRegex, gatedMatches, gatedParts } from './pattern-index';
import { triggersOf } from './pattern-starts';
import { lowered } from './word-starts';

/**
 * Case-insensitive Unicode regexes (flags `iu`, as rule data and survey wording are written) run
 * many times slower in V8 than the same regex without `i`: asking one of every block of a message
 * costs more than all the indicator patterns together. When every pattern starts at a word edge
 * with literal text, such a regex is tried (sticky, on the block's own text) only where a word
 * starting with one of those literals starts in the lower-cased text, as pattern-index.ts does
 * for the lower-cased rule patterns. It answers exactly as testing every block would:
 * - lower-casing and Unicode case folding agree on the letters the literals are written in (a
 *   literal with a letter where they do not, such as "ß" or "ſ", turns the gate off);
 * - a block holding a letter on which they disagree ("ſ", final "ς", dotless "ı") is tested whole.
 */
export interface CaseInsensitivePatterns {
  /** The patterns as one `iu` regex, as `anyOf` builds it. */
  regex: RegExp;
  /** The same, global, with the triggers and parts that gate it; `null` when it cannot be gated. */
  gated: GatedRegex | null;
}

export function caseInsensitivePatterns(sources: readonly string[]): CaseInsensitivePatterns {
  const regex = anyOf(sources);
  const triggers = triggersOf(sources);
  // unicodeWords decides per pattern how `\b` is written, as anyOf does.
  const bodies = sources.map((s) => `(?:${unicodeWords(s)})`);
  const parts = triggers ? gatedParts(sources, bodies, 'iuy') : undefined;
  const stable = parts && [...parts.literals.values()].flat().every((e) => isFoldStable(e.literal));
  const gated: GatedRegex | null =
    triggers && parts && stable
      ? { regex: new RegExp(bodies.join('|'), 'giu'), triggers, parts }
      : null;
  if (gated?.parts) compilePartsLater(gated.parts);
  return { regex, gated };
}

/** Whether the patterns match in the text of any of the model's blocks. */
export function matchesAnyBlock(model: DocumentModel, patterns: CaseInsensitivePatterns): boolean {
  const { regex, gated } = patterns;
  if (!gated) return model.blocks.some((block) => regex.test(block.text));
  const blocks = model.blocks;
  if (blocks.some((block) => !foldStableBlock(block) && regex.test(block.text))) return true;
  const stableBlock = (i: number) => foldStableBlock(blocks[i] as TextBlock);
  return gatedMatches(model, gated, stableBlock, originalText).length > 0;
}

const originalText = (block: TextBlock) => block.text;

/** Lower-casing `text` gives what Unicode case folding gives, letter for letter. */
function isFoldStable(text: string): boolean {
  // Most blocks are ASCII: one native scan instead of a loop over every character.
  if (!BEYOND_PRINTABLE_ASCII.test(text)) return true;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue;
    if (char.toUpperCase().toLowerCase() !== char) return false;
  }
  return true;
}

const BEYOND_PRINTABLE_ASCII = /[^ -~\t\n\r]/;

const foldStableBlock = oncePerBlock((block) => isFoldStable(lowered(block)));
