import type { DocumentModel, TextBlock } from '../../document-model';
import { unicodeWords } from './compile';
import { oncePerBlock } from './once-per-block';

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

/** The block's text in lower case, same length as the original. */
export const lowered = oncePerBlock((block) => lowerSameLength(block.text));

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
const MARK = /\p{M}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Where words start in a document, by their first three letters (the whole word when shorter), so
 * a pattern starting with "we " need not read every "week" or "welcome". Positions are ordinals
 * into `blockOf`/`offsetOf`, in document order.
 *
 * A pattern's leading word edge can also fall inside what the index calls a word: ASCII `\b`
 * between a non-ASCII letter and an ASCII one ("Kreyòl": before the "l"), and the edge
 * phrasePattern writes, `(?<![\p{L}\p{N}])`, after a combining mark. Those inner starts are
 * indexed too, so every position where a pattern with triggers can match is listed.
 */
interface WordStarts {
  /** Each block's lower-cased text. */
  texts: string[];
  blockOf: number[];
  offsetOf: number[];
  byKey: Map<string, number[]>;
  /** Lists of `byKey` by a shorter prefix, for triggers of one or two letters; grouped on demand. */
  byShortPrefix?: Map<string, number[][]>;
}

const wordStartsCache = new WeakMap<DocumentModel, WordStarts>();

function wordStarts(model: DocumentModel): WordStarts {
  let starts = wordStartsCache.get(model);
  if (starts) return starts;
  const blockOf: number[] = [];
  const offsetOf: number[] = [];
  const byKey = new Map<string, number[]>();
  const addStart = (blockIndex: number, offset: number, key: string) => {
    const list = byKey.get(key);
    if (list) list.push(blockOf.length);
    else byKey.set(key, [blockOf.length]);
    blockOf.push(blockIndex);
    offsetOf.push(offset);
  };
  const texts = model.blocks.map(lowered);
  for (let b = 0; b < texts.length; b++) {
    forEachWordStart(texts[b] as string, (offset, key) => addStart(b, offset, key));
  }
  starts = { texts, blockOf, offsetOf, byKey };
  wordStartsCache.set(model, starts);
  return starts;
}

/** Each place in a lower-cased text where a word starts (see WordStarts), with its key. */
function forEachWordStart(text: string, visit: (offset: number, key: string) => void): void {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    visit(m.index, word.length <= TRIGGER_LENGTH ? word : word.slice(0, TRIGGER_LENGTH));
    if (!hasNonAscii(word)) continue;
    for (const inner of innerStarts(word)) {
      visit(m.index + inner, word.slice(inner, inner + TRIGGER_LENGTH));
    }
  }
}

/**
 * Whether a gated regex can match in a lower-cased text that is not a block (a link's text): false
 * only when no word with one of its triggers, followed by a literal one of its parts starts with,
 * starts in it.
 */
export function mayMatch(text: string, gated: GatedRegex): boolean {
  if (!gated.triggers) return true;
  const triggers = new Set(gated.triggers);
  const literals = gated.parts?.literals;
  let found = false;
  forEachWordStart(text, (offset, key) => {
    if (found) return;
    const selecting = [
      key.slice(0, 1),
      key.slice(0, 2),
      key.length < TRIGGER_LENGTH ? `=${key}` : key,
    ];
    for (const trigger of selecting) {
      if (!triggers.has(trigger)) continue;
      const list = literals?.get(trigger);
      if (!list || list.some((entry) => text.startsWith(entry.literal, offset))) found = true;
    }
  });
  return found;
}

/**
 * The ordinals of the word starts a trigger stands for, as lists: a three-letter trigger's own
 * list; `=we`, the word "we" itself; a one- or two-letter trigger, every word starting with it.
 */
function startsFor(starts: WordStarts, trigger: string): readonly number[][] {
  if (trigger.startsWith('=')) {
    const list = starts.byKey.get(trigger.slice(1));
    return list ? [list] : [];
  }
  if (trigger.length >= TRIGGER_LENGTH) {
    const list = starts.byKey.get(trigger);
    return list ? [list] : [];
  }
  if (!starts.byShortPrefix) {
    const grouped = new Map<string, number[][]>();
    for (const [key, list] of starts.byKey) {
      for (let n = 1; n < TRIGGER_LENGTH && n <= key.length; n++) {
        const prefix = key.slice(0, n);
        const lists = grouped.get(prefix);
        if (lists) lists.push(list);
        else grouped.set(prefix, [list]);
      }
    }
    starts.byShortPrefix = grouped;
  }
  return starts.byShortPrefix.get(trigger) ?? [];
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** Offsets inside a word (with non-ASCII letters) where a pattern's leading word edge can hold. */
function innerStarts(word: string): number[] {
  const found: number[] = [];
  let previous = word.codePointAt(0) as number;
  for (let i = previous > 0xffff ? 2 : 1; i < word.length; ) {
    const code = word.codePointAt(i) as number;
    const asciiAfterOther = previous > 0x7f && isAsciiLetterOrDigit(code);
    const afterMark =
      previous > 0x7f &&
      MARK.test(String.fromCodePoint(previous)) &&
      LETTER_OR_DIGIT.test(String.fromCodePoint(code));
    if (asciiAfterOther || afterMark) found.push(i);
    previous = code;
    i += code > 0xffff ? 2 : 1;
  }
  return found;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Marks, per block, whether it holds a word start with one of the triggers. */
function markedBlocks(model: DocumentModel, triggers: readonly string[]): Uint8Array {
  const starts = wordStarts(model);
  const marked = new Uint8Array(model.blocks.length);
  for (const t of triggers) {
    for (const list of startsFor(starts, t)) {
      for (const o of list) marked[starts.blockOf[o] as number] = 1;
    }
  }
  return marked;
}

export interface GatedRegex {
  /** Global, Unicode, no `i`: run it on `lowered(block)`. */
  regex: RegExp;
  /** Word prefixes one of which a block must contain; `null` when every block must be scanned. */
  triggers: string[] | null;
  /**
   * The sources one by one, so that a word start is tried only with the sources that can match
   * there, and only if the literal text one of them starts with follows ("contact", "we need ").
   * Absent: every word start with a trigger is tried with the whole regex.
   */
  parts?: GatedParts;
}

export interface GatedParts {
  /** Each source as `regex` holds it: `(?:...)`, or `(?<name>...)`. */
  bodies: readonly string[];
  /** The flags of the sticky regex each part is tried with. */
  flags: string;
  /** Per trigger, each literal a match can start with there and the sources that start so. */
  literals: ReadonlyMap<string, readonly PartLiteral[]>;
}

interface PartLiteral {
  literal: string;
  sources: number[];
}

/** Sources are numbered within an ordinal as `ordinal * PART_SPAN + source`: fewer than this. */
const PART_SPAN = 1024;

/** The parts of a gated regex: its sources, by the literals they start with. */
export function gatedParts(
  sources: readonly string[],
  bodies: readonly string[],
  flags: string,
): GatedParts | undefined {
  if (sources.length >= PART_SPAN) return undefined;
  const literals = new Map<string, PartLiteral[]>();
  sources.forEach((source, index) => {
    for (const literal of leadingLiterals(source) ?? []) {
      const trigger = triggerOf(wordOf(literal));
      let list = literals.get(trigger);
      if (!list) {
        list = [];
        literals.set(trigger, list);
      }
      const entry = list.find((e) => e.literal === literal);
      if (!entry) list.push({ literal, sources: [index] });
      else if (!entry.sources.includes(index)) entry.sources.push(index);
    }
  });
  return { bodies, flags, literals };
}

const partEntries = new WeakMap<GatedParts, [string, readonly PartLiteral[]][]>();

/** A gated regex's triggers with their literals, as a list. */
function literalEntries(parts: GatedParts): [string, readonly PartLiteral[]][] {
  let entries = partEntries.get(parts);
  if (!entries) {
    entries = [...parts.literals];
    partEntries.set(parts, entries);
  }
  return entries;
}

const stickyParts = new WeakMap<GatedParts, RegExp[]>();

/** Part `index` alone, sticky; compiled when first needed. */
function stickyPart(parts: GatedParts, index: number): RegExp {
  let compiled = stickyParts.get(parts);
  if (!compiled) {
    compiled = [];
    stickyParts.set(parts, compiled);
  }
  let regex = compiled[index];
  if (!regex) {
    regex = new RegExp(parts.bodies[index] as string, parts.flags);
    compiled[index] = regex;
  }
  return regex;
}

const wholePartsCache = new WeakMap<GatedRegex, GatedParts>();

/** A gated regex without parts as one part: every word start with a trigger tries all of it. */
function wholeParts(gated: GatedRegex): GatedParts {
  let parts = wholePartsCache.get(gated);
  if (!parts) {
    const anywhere = [{ literal: '', sources: [0] }];
    parts = {
      bodies: [gated.regex.source],
      flags: `${gated.regex.flags.replace('g', '')}y`,
      literals: new Map((gated.triggers ?? []).map((trigger) => [trigger, anywhere])),
    };
    wholePartsCache.set(gated, parts);
  }
  return parts;
}

const gatedCache = new Map<string, GatedRegex>();
const gatedByArray = new WeakMap<readonly string[], GatedRegex>();

/**
 * One regex for all the sources, run on lower-cased text. With `groupNames`, each source is a named
 * group (`(?<name>...)`) so the caller can tell which one matched. With `keepCase`, the patterns
 * are not lower-cased and the regex runs on the block's own text (acronyms).
 */
export function gatedRegex(
  sources: readonly string[],
  groupNames?: readonly string[],
  { keepCase = false }: { keepCase?: boolean } = {},
): GatedRegex {
  // A rule's pattern list is the same array for every document: find it without building the key.
  const plain = !groupNames && !keepCase;
  const byArray = plain ? gatedByArray.get(sources) : undefined;
  if (byArray) return byArray;
  const key = `${keepCase ? 'K' : ''}${groupNames?.join(',') ?? ''}\u0001${sources.join('\u0000')}`;
  let gated = gatedCache.get(key);
  if (gated) {
    if (plain) gatedByArray.set(sources, gated);
    return gated;
  }
  const bodies = sources.map((s, i) => {
    const words = unicodeWords(s);
    const body = keepCase ? words : lowerPattern(words);
    return groupNames ? `(?<${groupNames[i]}>${body})` : `(?:${body})`;
  });
  const triggers = triggersOf(sources);
  const parts = triggers ? gatedParts(sources, bodies, 'uy') : undefined;
  gated = lazilyCompiled(bodies.join('|'), 'gu', triggers, parts);
  gatedCache.set(key, gated);
  if (plain) gatedByArray.set(sources, gated);
  return gated;
}

/**
 * A gated regex whose whole regex is compiled only when something asks for it: with parts, the
 * checks try the parts one by one and never need it, and V8 takes a long time over a regex of
 * thousands of characters with Unicode classes.
 */
function lazilyCompiled(
  source: string,
  flags: string,
  triggers: string[] | null,
  parts: GatedParts | undefined,
): GatedRegex {
  let regex: RegExp | undefined;
  const gated: GatedRegex = {
    get regex() {
      regex ??= new RegExp(source, flags);
      return regex;
    },
    triggers,
  };
  if (parts) gated.parts = parts;
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

/** The indices of the blocks a gated regex can match in, in document order. */
export function candidateBlocks(
  model: DocumentModel,
  gated: Pick<GatedRegex, 'triggers'>,
): number[] {
  if (!gated.triggers) return model.blocks.map((_, i) => i);
  const marked = markedBlocks(model, gated.triggers);
  const found: number[] = [];
  for (let i = 0; i < marked.length; i++) if (marked[i]) found.push(i);
  return found;
}

/** A match of a gated regex and the index of the block (in `model.blocks`) it is in. */
export interface BlockMatch {
  blockIndex: number;
  match: RegExpExecArray;
}

/**
 * Every match of a gated regex in the blocks `accept` lets through, in document order: the same
 * matches as running `gated.regex` over each block's lower-cased text (or `textOf(block)`, a text of
 * the same length and word edges, such as the original for case-sensitive acronyms). A regex with triggers is
 * tried only where a word with one of them starts (sticky, at that offset) instead of at every
 * character, skipping starts inside the previous match as a global scan does.
 */
export function gatedMatches(
  model: DocumentModel,
  gated: GatedRegex,
  accept: (blockIndex: number) => boolean = () => true,
  textOf: (block: TextBlock) => string = lowered,
): BlockMatch[] {
  const found: BlockMatch[] = [];
  const blocks = model.blocks;
  if (!gated.triggers) {
    const regex = gated.regex;
    for (let b = 0; b < blocks.length; b++) {
      if (!accept(b)) continue;
      const text = textOf(blocks[b] as TextBlock);
      regex.lastIndex = 0;
      for (let match = regex.exec(text); match; match = regex.exec(text)) {
        if (match[0].length === 0) regex.lastIndex++;
        found.push({ blockIndex: b, match });
      }
    }
    return found;
  }
  matchParts(wordStarts(model), gated.parts ?? wholeParts(gated), blocks, accept, textOf, found);
  return found;
}

/**
 * The parts way: each word start where one of the parts' literals follows is tried with those
 * parts alone, in the order the whole regex holds them; the first that matches is the match the
 * whole regex finds there, since the others cannot start there.
 */
function matchParts(
  starts: WordStarts,
  parts: GatedParts,
  blocks: readonly TextBlock[],
  accept: (blockIndex: number) => boolean,
  textOf: (block: TextBlock) => string,
  found: BlockMatch[],
): void {
  const { texts, blockOf, offsetOf } = starts;
  const tries: number[] = [];
  for (const [trigger, literals] of literalEntries(parts)) {
    for (const list of startsFor(starts, trigger)) {
      for (const o of list) {
        const lower = texts[blockOf[o] as number] as string;
        const offset = offsetOf[o] as number;
        for (const { literal, sources } of literals) {
          if (!lower.startsWith(literal, offset)) continue;
          for (const source of sources) tries.push(o * PART_SPAN + source);
        }
      }
    }
  }
  if (tries.length === 0) return;
  tries.sort((a, b) => a - b);
  let previous = -1;
  let block = -1;
  let accepted = false;
  let text = '';
  let resumeAt = 0;
  let ordinal = -1;
  let settled = false;
  for (const at of tries) {
    if (at === previous) continue;
    previous = at;
    const o = Math.floor(at / PART_SPAN);
    if (o === ordinal && settled) continue;
    const offset = offsetOf[o] as number;
    if (o !== ordinal) {
      ordinal = o;
      settled = false;
      const b = blockOf[o] as number;
      if (b !== block) {
        block = b;
        accepted = accept(b);
        text = accepted ? textOf(blocks[b] as TextBlock) : '';
        resumeAt = 0;
      }
      if (!accepted || offset < resumeAt) {
        settled = true;
        continue;
      }
    }
    const sticky = stickyPart(parts, at - o * PART_SPAN);
    sticky.lastIndex = offset;
    const match = sticky.exec(text);
    if (!match) continue;
    resumeAt = match.index + Math.max(1, match[0].length);
    settled = true;
    found.push({ blockIndex: block, match });
  }
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
 * The words a pattern can start with, when it starts at a word edge (WORD_EDGE_FIRST) followed by
 * literal letters or a group of alternatives that each start so.
 * `null` when that cannot be told.
 */
export function leadingWords(source: string): string[] | null {
  return leadingLiterals(source)?.map(wordOf) ?? null;
}

/**
 * The literal text (lower case) a pattern's matches can start with, one per way it can start:
 * `\b(?:we need|volunteers?) ` gives "we need" and "volunteer". `null` when that cannot be told.
 */
export function leadingLiterals(source: string): string[] | null {
  const alternatives = topLevelAlternatives(source);
  // "\bsign language ...|\b(?:in|with) sign language": each alternative has its own start.
  if (alternatives.length > 1) {
    const literals: string[] = [];
    for (const alternative of alternatives) {
      const inner = leadingLiterals(alternative);
      if (!inner) return null;
      literals.push(...inner);
    }
    return literals;
  }
  const m = WORD_EDGE_FIRST.exec(source);
  if (!m) return null;
  return literalsAt(source, m[0].length);
}

/**
 * A word edge as patterns write it: `\b`, the Unicode edge compile.ts writes for `\b` beside a
 * non-ASCII letter, or the one phrasePattern writes before a phrase that starts with one.
 */
const WORD_EDGE_FIRST =
  /^(?:\\b|\(\?<!\[\\p\{L\}\\p\{M\}\\p\{N\}_\]\)|\(\?<!\[\\p\{L\}\\p\{N\}\]\))/;

/** A literal's first word; followed by a space when the literal goes on past it ("we " of "we need"). */
function wordOf(literal: string): string {
  const word = LEADING_WORD.exec(literal) as RegExpExecArray;
  // A word followed by a space, hyphen or apostrophe in the pattern is complete.
  return word[2] ? `${word[1]} ` : (word[1] as string);
}

const LEADING_WORD = /^([\p{L}\p{N}]+)([^\p{L}\p{N}])?/u;

const SPECIAL = new Set(['(', ')', '[', ']', '{', '}', '|', '?', '*', '+', '.', '\\', '^', '$']);

function literalsAt(source: string, start: number): string[] | null {
  if (source.startsWith('(?:', start)) {
    const end = groupEnd(source, start);
    if (end < 0) return null;
    const after = source[end + 1];
    if (after === '*' || after === '{') return null;
    const literals: string[] = [];
    for (const alternative of topLevelAlternatives(source.slice(start + 3, end))) {
      const inner = literalsAt(alternative, 0);
      if (!inner) return null;
      literals.push(...inner);
    }
    if (after !== '?') return literals;
    // An optional group: the pattern may also start with what follows it.
    const rest = literalsAt(source, end + 2);
    return rest ? [...literals, ...rest] : null;
  }
  let literal = '';
  let i = start;
  while (i < source.length && !SPECIAL.has(source[i] as string)) {
    literal += source[i];
    i++;
  }
  // A quantifier after the literal makes its last letter optional.
  if (['?', '*', '{'].includes(source[i] ?? '')) literal = literal.slice(0, -1);
  const lower = literal.toLowerCase();
  return LEADING_WORD.exec(lower)?.[1] ? [lower] : null;
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
