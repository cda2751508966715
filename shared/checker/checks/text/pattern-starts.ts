/**
 * What a pattern's matches can start with, read from its source: the literal text after its
 * leading word edge (`\b(?:we need|volunteers?) ` starts with "we need ", "volunteers " or
 * "volunteer ") and the triggers derived from it, the first three letters of that text's first
 * word. Word-start indexes (word-starts.ts) use them to try a pattern only where it can match.
 */

/** Triggers are the first this many letters of a word (or the whole word when shorter). */
export const TRIGGER_LENGTH = 3;

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
export function triggerOf(w: string): string {
  const word = w.trimEnd();
  return w !== word && word.length < TRIGGER_LENGTH ? `=${word}` : word.slice(0, TRIGGER_LENGTH);
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
  const literals = leadingLiterals(source);
  return literals ? [...new Set(literals.map(wordOf))] : null;
}

/**
 * The literal text (lower case) a pattern's matches can start with, one per way it can start:
 * `\b(?:we need|volunteers?) ` gives "we need ", "volunteers " and "volunteer ". `null` when that
 * cannot be told.
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
export function wordOf(literal: string): string {
  const word = LEADING_WORD.exec(literal) as RegExpExecArray;
  // A word followed by a space, hyphen or apostrophe in the pattern is complete.
  return word[2] ? `${word[1]} ` : (word[1] as string);
}

// Combining marks belong to the word, as in the word-start index: the vowel signs of "हिन्दी".
const LEADING_WORD = /^([\p{L}\p{M}\p{N}]+)([^\p{L}\p{M}\p{N}])?/u;

const SPECIAL = new Set(['(', ')', '[', ']', '{', '}', '|', '?', '*', '+', '.', '\\', '^', '$']);
/** Escapes that stand for the character itself: punctuation, not `\b`, `\s`, `\d` or `\p{...}`. */
const ESCAPED_LITERAL = /^[.\-/'’&,:;#!@%+*?()[\]{}|^$\\]$/;

function literalsAt(source: string, start: number): string[] | null {
  const prefixes = prefixesAt(source, start);
  const literals: string[] = [];
  for (const { text } of prefixes) {
    const lower = text.toLowerCase();
    if (!LEADING_WORD.exec(lower)?.[1]) return null;
    if (!literals.includes(lower)) literals.push(lower);
  }
  return literals;
}

/**
 * A literal text every match from some point starts with; `open` when it runs to the end of the
 * source read, so that what follows an enclosing group can be appended ("(?:we|i) would" gives
 * "we would" and "i would", where stopping at the group would give "i", the start of every "in").
 */
interface Prefix {
  text: string;
  open: boolean;
}

/** Past this many prefixes, a group's alternatives are not combined with what follows. */
const MAX_PREFIXES = 16;

/** The literal prefixes of what `source` can match from `start`, one per way it can start. */
function prefixesAt(source: string, start: number): Prefix[] {
  if (start >= source.length) return [{ text: '', open: true }];
  if (source.startsWith('(?:', start)) return groupPrefixes(source, start);
  let text = '';
  let i = start;
  for (;;) {
    const c = source[i];
    if (c === undefined) break;
    if (!SPECIAL.has(c)) {
      text += c;
      i++;
      continue;
    }
    // "two[- ]hour", "parent[- /]teacher": a class of a few characters is as many literals.
    if (c === '[') {
      const chars = fewCharacters(source, i);
      const after = chars ? source[chars.end] : undefined;
      if (!chars || after === '*' || after === '+' || after === '{') break;
      const optional = after === '?';
      const rest = prefixesAt(source, chars.end + (optional ? 1 : 0));
      const branches = chars.list.map((char) => ({ text: text + char, open: true }));
      if (optional) branches.push({ text, open: true });
      return combinedWithin(branches, rest, MAX_PREFIXES);
    }
    // "p\.t\.a", "p\.?o\.? box": an escaped punctuation mark is literal text, so the literal goes
    // on past it instead of stopping at "p", the start of every "please" and "parent".
    const escaped = c === '\\' ? source[i + 1] : undefined;
    if (escaped === undefined || !ESCAPED_LITERAL.test(escaped)) break;
    text += escaped;
    i += 2;
  }
  const next = source[i];
  // An optional last letter ("volunteers? needed", "wi-?fi"): both ways, and on past it.
  if (next === '?' && text.length > 0) {
    const rest = prefixesAt(source, i + (source[i + 1] === '?' ? 2 : 1));
    const both = [
      { text, open: true },
      { text: text.slice(0, -1), open: true },
    ];
    return combinedWithin(both, rest, MAX_PREFIXES);
  }
  // Any other quantifier after the literal makes its last letter optional, and may repeat it.
  if (next === '?' || next === '*' || next === '{') {
    return [{ text: text.slice(0, -1), open: false }];
  }
  if (i === source.length) return [{ text, open: true }];
  if (next === '(' && source.startsWith('(?:', i)) return appended(text, groupPrefixes(source, i));
  return [{ text, open: false }];
}

function appended(text: string, prefixes: Prefix[]): Prefix[] {
  return prefixes.map((p) => ({ text: text + p.text, open: p.open }));
}

/** The prefixes of a non-capturing group at `open` and of what follows it. */
function groupPrefixes(source: string, open: number): Prefix[] {
  const end = groupEnd(source, open);
  if (end < 0) return [{ text: '', open: false }];
  const after = source[end + 1];
  if (after === '*' || after === '{') return [{ text: '', open: false }];
  const inner = topLevelAlternatives(source.slice(open + 3, end)).flatMap((a) => prefixesAt(a, 0));
  // "(?:x)+" repeats: what follows is not next.
  const optional = after === '?';
  const restAt = end + (optional || after === '+' ? 2 : 1);
  const rest = after === '+' ? [{ text: '', open: false }] : prefixesAt(source, restAt);
  const combined = combinedWithin(inner, rest, MAX_PREFIXES - (optional ? rest.length : 0));
  // An optional group: the pattern may also start with what follows it.
  return optional ? [...combined, ...rest] : combined;
}

/**
 * Each of a group's prefixes followed by each of what follows, within `limit`: when there would be
 * more, what follows is cut shorter ("the class needs", "the school needs"... become "the class",
 * "the schoo"...) until they fit.
 */
function combinedWithin(inner: Prefix[], rest: Prefix[], limit: number): Prefix[] {
  const openCount = inner.filter((p) => p.open).length;
  const longest = Math.max(...rest.map((r) => r.text.length));
  for (let length = longest; length >= 0; length--) {
    const cut = shortened(rest, length);
    if (openCount * cut.length + inner.length - openCount <= limit || length === 0) {
      return inner.flatMap((p) => (p.open ? appended(p.text, cut) : [p]));
    }
  }
  return inner;
}

/** The prefixes cut to at most `length` characters, without repeats; a cut one is no longer open. */
function shortened(prefixes: Prefix[], length: number): Prefix[] {
  const out = new Map<string, Prefix>();
  for (const p of prefixes) {
    const cut = p.text.length > length ? { text: p.text.slice(0, length), open: false } : p;
    const seen = out.get(cut.text);
    if (!seen) out.set(cut.text, cut);
    else if (seen.open !== cut.open) out.set(cut.text, { text: cut.text, open: false });
  }
  return [...out.values()];
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

/** A class this small is expanded into literals; a larger one ends the literal. */
const MAX_CLASS_CHARACTERS = 4;

/**
 * The characters of a class at `open` (`[- /]`) when it lists a few literal characters and nothing
 * else, and where the class ends; otherwise null (a range, a negation, an escape such as `\s`).
 */
function fewCharacters(source: string, open: number): { list: string[]; end: number } | null {
  const list: string[] = [];
  for (let i = open + 1; i < source.length; i++) {
    let c = source[i] as string;
    if (c === ']') return list.length > 0 ? { list, end: i + 1 } : null;
    if (c === '^' && i === open + 1) return null;
    if (c === '\\') {
      const escaped = source[i + 1];
      if (escaped === undefined || !ESCAPED_LITERAL.test(escaped)) return null;
      c = escaped;
      i++;
    } else if (c === '-' && i > open + 1 && source[i + 1] !== ']') {
      return null;
    } else if (c === '[') {
      return null;
    }
    if (!list.includes(c)) list.push(c);
    if (list.length > MAX_CLASS_CHARACTERS) return null;
  }
  return null;
}
