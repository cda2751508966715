import type { DocumentModel, TextBlock } from '../../document-model';
import { compileLater, unicodeWords } from './compile';
import {
  leadingLiterals,
  lowerPattern,
  TRIGGER_LENGTH,
  triggerOf,
  triggersOf,
  wordOf,
} from './pattern-starts';
import { withWordRanges } from './word-class';
import { forEachWordStart, lowered, startsFor, type WordStarts, wordStarts } from './word-starts';

/**
 * Fast pattern matching for text rules. Case-insensitive Unicode regexes scan slowly in V8, so:
 * - block texts are lower-cased once per document (length kept, so offsets still point into the
 *   original text) and patterns are lower-cased and compiled without the `i` flag;
 * - each pattern that starts at a word edge with literal text (`\b(?:volunteer|donat)...`) gets
 *   triggers and literals (pattern-starts.ts); a per-document index of where words start
 *   (word-starts.ts) tells where a match can start at all, and each such place is tried, sticky,
 *   with the patterns whose literal follows it and no others. Patterns without triggers (one that
 *   starts with a class or an optional group) are scanned over every block, so recall never
 *   depends on the index; tests compare both ways on every fixture and evaluation text.
 */

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

const partEntries = new WeakMap<GatedParts, ReadonlyMap<string, LiteralNode<PartLiteral>>>();

/**
 * A trigger's literals as a small tree, by the character at one place past what is already known:
 * a word start the trigger selects already begins with the trigger's letters, so only the literals
 * with the character found there need comparing, and so on down while a branch holds more than a
 * few. The place is the one that tells the literals apart best: for "the class needs", "the school
 * needs"... it is the letter after "the ", not the space.
 */
interface LiteralNode<E extends PartLiteral> {
  /** Literals compared whole here: those that end before `at`, or all of them in a leaf. */
  short: readonly E[];
  /** Where the character that tells the others apart is, from the word start; -1 in a leaf. */
  at: number;
  /**
   * The branches by character code: ASCII ones in an array, read at every word start the trigger
   * selects (an array index costs a fraction of a Map lookup), others in a Map.
   */
  byAscii: readonly (LiteralNode<E> | undefined)[];
  byOther: ReadonlyMap<number, LiteralNode<E>>;
}

/** Queues each part for compileAhead. */
export function compilePartsLater(parts: GatedParts): void {
  for (let i = 0; i < parts.bodies.length; i++) compileLater(() => stickyPart(parts, i));
}

/** A set of parts' literals by trigger, each trigger's as a tree. */
function literalEntries(parts: GatedParts): ReadonlyMap<string, LiteralNode<PartLiteral>> {
  let entries = partEntries.get(parts);
  if (!entries) {
    entries = new Map(
      [...parts.literals].map(([trigger, literals]) => [trigger, literalTree(trigger, literals)]),
    );
    partEntries.set(parts, entries);
  }
  return entries;
}

/** A trigger's literals as a tree: the words it selects already begin with its letters. */
function literalTree<E extends PartLiteral>(
  trigger: string,
  literals: readonly E[],
): LiteralNode<E> {
  return literalNode(literals, trigger.replace('=', '').length);
}

/** A branch this small is a leaf: its literals are compared one by one. */
const LEAF_SIZE = 4;
const NO_BRANCHES = new Map<number, never>();

function literalNode<E extends PartLiteral>(literals: readonly E[], from: number): LiteralNode<E> {
  const leaf = { short: literals, at: -1, byAscii: [], byOther: NO_BRANCHES };
  if (literals.length <= LEAF_SIZE) return leaf;
  let best: { at: number; short: E[]; branches: Map<number, E[]> } | undefined;
  let bestCost = literals.length;
  // Far enough to get past a space or an apostrophe after a short word.
  for (let at = from; at <= from + 2; at++) {
    const short: E[] = [];
    const branches = new Map<number, E[]>();
    for (const entry of literals) {
      if (entry.literal.length <= at) {
        short.push(entry);
        continue;
      }
      const code = entry.literal.charCodeAt(at);
      const list = branches.get(code);
      if (list) list.push(entry);
      else branches.set(code, [entry]);
    }
    const cost = short.length + Math.max(0, ...[...branches.values()].map((l) => l.length));
    if (cost < bestCost) {
      best = { at, short, branches };
      bestCost = cost;
    }
  }
  if (!best) return leaf;
  const byAscii: (LiteralNode<E> | undefined)[] = new Array(128).fill(undefined);
  const byOther = new Map<number, LiteralNode<E>>();
  for (const [code, list] of best.branches) {
    const node = literalNode(list, best.at + 1);
    if (code < 128) byAscii[code] = node;
    else byOther.set(code, node);
  }
  return { short: best.short, at: best.at, byAscii, byOther };
}

/** Calls `take` with each of a trigger's literals that follows `offset` in `lower`. */
function forEachFitting<E extends PartLiteral>(
  literals: LiteralNode<E>,
  lower: string,
  offset: number,
  take: (entry: E) => void,
): void {
  let node: LiteralNode<E> | undefined = literals;
  while (node) {
    for (const entry of node.short) if (lower.startsWith(entry.literal, offset)) take(entry);
    if (node.at < 0) return;
    const code = lower.charCodeAt(offset + node.at);
    node = code < 128 ? node.byAscii[code] : node.byOther.get(code);
  }
}

/**
 * Every set of parts matched against a document so far, numbered, so that one pass over a
 * document's word starts gathers the tries of all of them: a document's words are looked up once,
 * not once per rule, and a word that starts no literal of any rule is not visited again by each
 * rule with its trigger. Parts are registered when first matched against blocks, so parts used
 * only on short texts (matchesInText) cost the pass nothing.
 */
const registeredParts: GatedParts[] = [];
const partNumber = new WeakMap<GatedParts, number>();
let allTriggers: Map<string, LiteralNode<NumberedLiteral>> | undefined;

interface NumberedLiteral extends PartLiteral {
  part: number;
}

function numberOf(parts: GatedParts): number {
  let part = partNumber.get(parts);
  if (part === undefined) {
    part = registeredParts.length;
    partNumber.set(parts, part);
    registeredParts.push(parts);
    allTriggers = undefined;
  }
  return part;
}

/** The literals of every registered set of parts, by trigger. */
function triggerTable(): Map<string, LiteralNode<NumberedLiteral>> {
  if (!allTriggers) {
    const byTrigger = new Map<string, NumberedLiteral[]>();
    registeredParts.forEach((parts, part) => {
      for (const [trigger, literals] of parts.literals) {
        let list = byTrigger.get(trigger);
        if (!list) {
          list = [];
          byTrigger.set(trigger, list);
        }
        for (const { literal, sources } of literals) list.push({ literal, sources, part });
      }
    });
    allTriggers = new Map(
      [...byTrigger].map(([trigger, literals]) => [trigger, literalTree(trigger, literals)]),
    );
  }
  return allTriggers;
}

/** A document's tries for every set of parts registered when they were gathered. */
interface DocumentTries {
  /** Sets of parts numbered below this are covered. */
  covers: number;
  byPart: (number[] | undefined)[];
}

const documentTries = new WeakMap<WordStarts, DocumentTries>();

function triesOfDocument(starts: WordStarts): DocumentTries {
  let gathered = documentTries.get(starts);
  if (gathered) return gathered;
  const table = triggerTable();
  const byPart: (number[] | undefined)[] = [];
  const { texts, blockOf, offsetOf } = starts;
  let o = 0;
  const take = (entry: NumberedLiteral) => {
    let list = byPart[entry.part];
    if (!list) {
      list = [];
      byPart[entry.part] = list;
    }
    for (const source of entry.sources) list.push(o * PART_SPAN + source);
  };
  for (const [key, list] of starts.byKey) {
    for (const trigger of triggersSelecting(key)) {
      const literals = table.get(trigger);
      if (!literals) continue;
      for (o of list) {
        forEachFitting(
          literals,
          texts[blockOf[o] as number] as string,
          offsetOf[o] as number,
          take,
        );
      }
    }
  }
  gathered = { covers: registeredParts.length, byPart };
  documentTries.set(starts, gathered);
  return gathered;
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
    // Tried sticky at one place, the spelled-out ranges run as fast and compile three times faster.
    const body = parts.bodies[index] as string;
    regex = new RegExp(parts.flags.includes('i') ? body : withWordRanges(body), parts.flags);
    compiled[index] = regex;
  }
  return regex;
}

/** Part `index` tried alone at `offset`. */
function partMatchAt(
  parts: GatedParts,
  index: number,
  text: string,
  offset: number,
): RegExpExecArray | null {
  const sticky = stickyPart(parts, index);
  sticky.lastIndex = offset;
  return sticky.exec(text);
}

/** Every match of a global regex in `text`, past empty ones as `matchAll` does. */
function scanWhole(regex: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (match[0].length === 0) regex.lastIndex++;
    visit(match);
  }
}

/** Where a global scan resumes after a match: past it, and past an empty one by a character. */
function matchEnd(match: RegExpExecArray): number {
  return match.index + Math.max(1, match[0].length);
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
  // With parts, the whole regex is not needed to match (see lazilyCompiled).
  if (parts) compilePartsLater(parts);
  else {
    const whole = gated;
    compileLater(() => whole.regex);
  }
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
      // Scanned whole, V8 runs the property escapes far faster than the spelled-out ranges.
      regex ??= new RegExp(source, flags);
      return regex;
    },
    triggers,
  };
  if (parts) gated.parts = parts;
  return gated;
}

/**
 * Whether a gated regex can match in a lower-cased text that is not a block (a link's text): false
 * only when no word with one of its triggers, followed by a literal one of its parts starts with,
 * starts in it.
 */
export function mayMatch(text: string, gated: GatedRegex): boolean {
  if (!gated.triggers) return true;
  let found = false;
  forEachLiteralIn(text, gated.parts ?? wholeParts(gated), () => {
    found = true;
  });
  return found;
}

/** Each literal of the parts that follows a word start in a lower-cased text, with its offset. */
function forEachLiteralIn(
  text: string,
  parts: GatedParts,
  take: (offset: number, entry: PartLiteral) => void,
): void {
  const entries = literalEntries(parts);
  forEachWordStart(text, (offset, key) => {
    const takeHere = (entry: PartLiteral) => take(offset, entry);
    for (const trigger of triggersSelecting(key)) {
      const literals = entries.get(trigger);
      if (literals) forEachFitting(literals, text, offset, takeHere);
    }
  });
}

/**
 * The triggers that select a word start with this key (see startsFor), each once: its first letter,
 * its first two, and the key itself, or `=key` for a whole short word ("we": "w", "we", "=we").
 */
function triggersSelecting(key: string): string[] {
  if (key.length >= TRIGGER_LENGTH) return [key.slice(0, 1), key.slice(0, 2), key];
  if (key.length === 2) return [key.slice(0, 1), key, `=${key}`];
  return [key, `=${key}`];
}

/**
 * Every match of a gated regex in one lower-cased text that is not a block (a quote, a link's
 * text): the same matches as a global scan with `gated.regex`, found the parts way (see
 * matchParts). A long alternation such as every name of every language takes V8 microseconds per
 * character when scanned whole.
 */
export function matchesInText(text: string, gated: GatedRegex): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  if (!gated.triggers) {
    scanWhole(gated.regex, text, (match) => found.push(match));
    return found;
  }
  const parts = gated.parts ?? wholeParts(gated);
  // A text this short numbers its tries by offset (offset * PART_SPAN + source).
  const tries: number[] = [];
  forEachLiteralIn(text, parts, (offset, entry) => {
    for (const source of entry.sources) tries.push(offset * PART_SPAN + source);
  });
  tries.sort((a, b) => a - b);
  let resumeAt = 0;
  let settled = -1;
  for (const at of tries) {
    const offset = Math.floor(at / PART_SPAN);
    if (offset === settled || offset < resumeAt) continue;
    const match = partMatchAt(parts, at - offset * PART_SPAN, text, offset);
    if (!match) continue;
    resumeAt = matchEnd(match);
    settled = offset;
    found.push(match);
  }
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
    for (let b = 0; b < blocks.length; b++) {
      if (!accept(b)) continue;
      scanWhole(gated.regex, textOf(blocks[b] as TextBlock), (match) =>
        found.push({ blockIndex: b, match }),
      );
    }
    return found;
  }
  matchParts(wordStarts(model), gated.parts ?? wholeParts(gated), blocks, accept, textOf, found);
  return found;
}

/**
 * The tries of a set of parts in a document (ordinal * PART_SPAN + source), sorted: from the pass
 * over the document's word starts when the parts were registered before it, else (the first
 * document a rule reads) gathered for these parts alone. A typed array sorts numbers natively,
 * without a comparator.
 */
function triesFor(starts: WordStarts, parts: GatedParts): Float64Array | undefined {
  const part = numberOf(parts);
  const gathered = triesOfDocument(starts);
  if (part < gathered.covers) {
    const list = gathered.byPart[part];
    return list ? Float64Array.from(list).sort() : undefined;
  }
  const tries: number[] = [];
  for (const [trigger, literals] of literalEntries(parts)) {
    for (const list of startsFor(starts, trigger)) {
      for (const o of list) {
        const lower = starts.texts[starts.blockOf[o] as number] as string;
        forEachFitting(literals, lower, starts.offsetOf[o] as number, (entry) => {
          for (const source of entry.sources) tries.push(o * PART_SPAN + source);
        });
      }
    }
  }
  return tries.length > 0 ? Float64Array.from(tries).sort() : undefined;
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
  const { blockOf, offsetOf } = starts;
  const tries = triesFor(starts, parts);
  if (!tries) return;
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
    const match = partMatchAt(parts, at - o * PART_SPAN, text, offset);
    if (!match) continue;
    resumeAt = matchEnd(match);
    settled = true;
    found.push({ blockIndex: block, match });
  }
}
