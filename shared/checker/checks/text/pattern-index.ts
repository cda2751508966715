import type { DocumentModel, TextBlock } from '../../document-model';
import { unicodeWords } from './compile';

/**
 * Fast pattern matching for text rules. Case-insensitive Unicode regexes scan slowly in V8, so:
 * - block texts are lower-cased once per document (length kept, so offsets still point into the
 *   original text) and patterns are lower-cased and compiled without the `i` flag;
 * - each pattern that starts at a word edge with literal letters (`\b(?:volunteer|donat)...`) gets
 *   triggers, the first three letters of each word it can start with. A per-document index of the
 *   word prefixes in each block tells which blocks can hold a match at all; only those are scanned.
 *   A pattern without triggers (one that starts with a class or an optional group) makes the whole
 *   rule scan every block, so recall never depends on the index.
 */

const TRIGGER_LENGTH = 3;

const loweredCache = new WeakMap<TextBlock, string>();

/** The block's text in lower case, same length as the original. */
export function lowered(block: TextBlock): string {
  let text = loweredCache.get(block);
  if (text === undefined) {
    text = lowerSameLength(block.text);
    loweredCache.set(block, text);
  }
  return text;
}

export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few characters (İ) grow when lower-cased: keep those as they are.
  let out = '';
  for (const c of text) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Block indices by the first one, two and three letters of the words they contain. */
const indexCache = new WeakMap<DocumentModel, Map<string, number[]>>();

function prefixIndex(model: DocumentModel): Map<string, number[]> {
  let index = indexCache.get(model);
  if (index) return index;
  index = new Map();
  model.blocks.forEach((block, i) => {
    for (const [word] of lowered(block).matchAll(WORD)) {
      const keys = [];
      for (let n = 1; n <= Math.min(TRIGGER_LENGTH, word.length); n++) keys.push(word.slice(0, n));
      // Short whole words ("we", "si") have their own key, so a pattern starting with "we " need
      // not read every block with "week" or "welcome" in it.
      if (word.length < TRIGGER_LENGTH) keys.push(`=${word}`);
      for (const key of keys) {
        const list = index?.get(key);
        if (!list) index?.set(key, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  });
  indexCache.set(model, index);
  return index;
}

export interface GatedRegex {
  /** Global, Unicode, no `i`: run it on `lowered(block)`. */
  regex: RegExp;
  /** Word prefixes one of which a block must contain; `null` when every block must be scanned. */
  triggers: string[] | null;
}

const gatedCache = new Map<string, GatedRegex>();
const gatedByArray = new WeakMap<readonly string[], GatedRegex>();

/**
 * One regex for all the sources, run on lower-cased text. With `groupNames`, each source is a named
 * group (`(?<name>...)`) so the caller can tell which one matched.
 */
export function gatedRegex(sources: readonly string[], groupNames?: readonly string[]): GatedRegex {
  // A rule's pattern list is the same array for every document: find it without building the key.
  const byArray = groupNames ? undefined : gatedByArray.get(sources);
  if (byArray) return byArray;
  const key = `${groupNames?.join(',') ?? ''}\u0001${sources.join('\u0000')}`;
  let gated = gatedCache.get(key);
  if (gated) {
    if (!groupNames) gatedByArray.set(sources, gated);
    return gated;
  }
  const source = sources
    .map((s, i) => {
      const body = lowerPattern(unicodeWords(s));
      return groupNames ? `(?<${groupNames[i]}>${body})` : `(?:${body})`;
    })
    .join('|');
  gated = { regex: new RegExp(source, 'gu'), triggers: triggersOf(sources) };
  gatedCache.set(key, gated);
  if (!groupNames) gatedByArray.set(sources, gated);
  return gated;
}

/** The triggers of a set of patterns, or `null` if any of them has none. */
export function triggersOf(sources: readonly string[]): string[] | null {
  const triggers = new Set<string>();
  for (const source of sources) {
    const starts = leadingWords(source);
    if (!starts) return null;
    for (const w of starts) triggers.add(triggerOf(w));
  }
  return [...triggers];
}

/** `w` ends with a space when the pattern spells out the whole word ("we need" gives "we "). */
function triggerOf(w: string): string {
  const word = w.trimEnd();
  return w !== word && word.length < TRIGGER_LENGTH ? `=${word}` : word.slice(0, TRIGGER_LENGTH);
}

/** Triggers for literal terms ("IEP", "504 plan", "early release"): their first word's first letters. */
export function triggersOfTerms(terms: readonly string[]): string[] | null {
  const triggers = new Set<string>();
  for (const term of terms) {
    const word = /^[\p{L}\p{N}]+/u.exec(lowerSameLength(term.trim()));
    if (!word) return null;
    triggers.add(word[0].slice(0, TRIGGER_LENGTH));
  }
  return [...triggers];
}

/** The indices of the blocks a gated regex can match in, in document order. */
export function candidateBlocks(
  model: DocumentModel,
  gated: Pick<GatedRegex, 'triggers'>,
): number[] {
  if (!gated.triggers) return model.blocks.map((_, i) => i);
  const index = prefixIndex(model);
  const found = new Set<number>();
  for (const t of gated.triggers) for (const i of index.get(t) ?? []) found.add(i);
  return [...found].sort((a, b) => a - b);
}

/**
 * Lower-cases a pattern's literal letters, leaving escapes (`\b`, `\W`, `\p{Lu}`) alone.
 * Character-class ranges stay valid: `[A-Z]` becomes `[a-z]`.
 */
export function lowerPattern(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c !== '\\') {
      out += c.toLowerCase();
      continue;
    }
    const next = source[i + 1] ?? '';
    if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
      const close = source.indexOf('}', i + 3);
      out += source.slice(i, close + 1);
      i = close;
      continue;
    }
    out += `\\${next}`;
    i++;
  }
  return out;
}

/**
 * The words a pattern can start with, when it starts at a word edge (`\b`, or the Unicode edge
 * compile.ts writes) followed by literal letters or a group of alternatives that each start so.
 * `null` when that cannot be told.
 */
export function leadingWords(source: string): string[] | null {
  const m = /^(?:\\b|\(\?<!\[\\p\{L\}\\p\{M\}\\p\{N\}_\]\))/.exec(source);
  if (!m) return null;
  const words = wordsAt(source, m[0].length);
  return words?.every((w) => w.trim().length > 0) ? words : null;
}

const SPECIAL = new Set(['(', ')', '[', ']', '{', '}', '|', '?', '*', '+', '.', '\\', '^', '$']);

function wordsAt(source: string, start: number): string[] | null {
  if (source.startsWith('(?:', start)) {
    const end = groupEnd(source, start);
    if (end < 0) return null;
    const after = source[end + 1];
    if (after === '*' || after === '{') return null;
    const words: string[] = [];
    for (const alternative of topLevelAlternatives(source.slice(start + 3, end))) {
      const inner = wordsAt(alternative, 0);
      if (!inner) return null;
      words.push(...inner);
    }
    if (after !== '?') return words;
    // An optional group: the pattern may also start with what follows it.
    const rest = wordsAt(source, end + 2);
    return rest ? [...words, ...rest] : null;
  }
  let literal = '';
  let i = start;
  while (i < source.length && !SPECIAL.has(source[i] as string)) {
    literal += source[i];
    i++;
  }
  // A quantifier after the literal makes its last letter optional.
  if (['?', '*', '{'].includes(source[i] ?? '')) literal = literal.slice(0, -1);
  const word = /^([\p{L}\p{N}]+)([^\p{L}\p{N}])?/u.exec(literal.toLowerCase());
  if (!word?.[1]) return null;
  // A word followed by a space, hyphen or apostrophe in the pattern is complete.
  return [word[2] ? `${word[1]} ` : word[1]];
}

/**
 * Walks a pattern's structure from `from`, skipping escapes and character classes, and calls
 * `visit` with each `(`, `)` and `|` and the group depth after it; `visit` returns true to stop.
 */
function walkStructure(
  source: string,
  from: number,
  visit: (index: number, char: string, depth: number) => boolean | undefined,
): void {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(' || c === ')' || c === '|') {
      depth += c === '(' ? 1 : c === ')' ? -1 : 0;
      if (visit(i, c, depth)) return;
    }
  }
}

function groupEnd(source: string, open: number): number {
  let end = -1;
  walkStructure(source, open, (i, c, depth) => {
    if (c === ')' && depth === 0) {
      end = i;
      return true;
    }
    return false;
  });
  return end;
}

function topLevelAlternatives(body: string): string[] {
  const out: string[] = [];
  let from = 0;
  walkStructure(body, 0, (i, c, depth) => {
    if (c === '|' && depth === 0) {
      out.push(body.slice(from, i));
      from = i + 1;
    }
    return false;
  });
  out.push(body.slice(from));
  return out;
}
