/** Regular expressions built once from data and shared by every document. */

const cache = new Map<string, RegExp>();

const WORD_CLASS_BODY = '\\p{L}\\p{M}\\p{N}_';
const WORD_CHAR = `[${WORD_CLASS_BODY}]`;
const UNICODE_BOUNDARY = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;

const NON_ASCII_LETTER = /[^\p{ASCII}](?<=\p{L})/u;
const NOT_AFTER_WORD = `(?<!${WORD_CHAR})`;
const NOT_BEFORE_WORD = `(?!${WORD_CHAR})`;
/**
 * Latin letters and combining marks beyond ASCII (Latin-1, Extended-A and B, Vietnamese), spelled
 * out: next to an ASCII letter they continue its word ("entérinée"). Letters of other scripts do not
 * ("PTA获取" in Chinese text, "involvedβ€”" where a dash was decoded wrongly). Without the long s
 * "ſ", which case-insensitive regexes read as "s" ("interpreters " would have no edge after it).
 * Written as ranges, because a property escape in each of the rules' thousands of edges made
 * compiling them all take 5.5 s instead of 3.
 */
const LATIN_RANGES =
  '\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u017e\\u0180-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff';
const LATIN_BEYOND_ASCII = `[${LATIN_RANGES}]`;
const NOT_AFTER_LATIN = `(?<!${LATIN_BEYOND_ASCII})`;
const NOT_BEFORE_LATIN = `(?!${LATIN_BEYOND_ASCII})`;

/**
 * JavaScript's `\b` and `\w` know only ASCII letters, even with the `u` flag: `\bárabe` never
 * matches, `\w+` stops at "é", and `\bent\b` matches the start of "entérinée" (an ASCII letter
 * beside "é" is a word edge to it). Rule data is written in Spanish and French too, so:
 * - in a pattern that contains a non-ASCII letter every `\w` means a Unicode letter, digit or
 *   underscore, and a `\b` next to something other than an ASCII letter means a Unicode word edge:
 *   "no word character before" where a word starts, "none after" where one ends;
 * - in every pattern, a `\b` next to an ASCII letter or digit stays native, which V8 runs far
 *   faster, and is followed by the same lookaround, so that a letter beyond ASCII on its other side
 *   is part of the word.
 * - in plain-ASCII patterns, `\w` takes in Latin letters beyond ASCII too, so that `eleg\w+\b`
 *   reads the whole of "elegirán".
 */
export function unicodeWords(source: string): string {
  const unicode = hasNonAsciiLetter(source);
  if (!unicode && !source.includes('\\b') && !source.includes('\\w')) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (next === 'w' && unicode) out += inClass ? WORD_CLASS_BODY : WORD_CHAR;
      else if (next === 'w') out += inClass ? `\\w${LATIN_RANGES}` : `[\\w${LATIN_RANGES}]`;
      else if (next === 'b' && !inClass) {
        out += unicode ? wordEdge(source[i - 2], source[i + 1]) : asciiWordEdge(source, i);
      } else out += `\\${next}`;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * A `\b` of a plain-ASCII pattern (the backslash at `at - 1`): native, then no Latin letter beyond
 * ASCII on the side the word is on; where the pattern does not tell (`)\b ` between a group and a
 * space), on either side (the ASCII side passes anyway).
 */
function asciiWordEdge(source: string, at: number): string {
  // After `\w+` or before `\w`, which take in Latin letters beyond ASCII here, the edge is one of
  // that wider class: native `\b` would end "envoy\w*" inside "envoyé" and then refuse the "é".
  // So too after a group, whose alternatives may end so ("(?:envoy\w*|publi\w*)\b").
  if (QUANTIFIED_WORD_CHARS.test(source.slice(0, at - 1)) || endsGroup(source, at)) {
    return `(?![\\w${LATIN_RANGES}])`;
  }
  if (source.startsWith('\\w', at + 1)) return `(?<![\\w${LATIN_RANGES}])`;
  // An escaped character before (`\)\b`) is a literal, not a group's end or a letter.
  const before = source[at - 3] === '\\' ? '\\' : source[at - 2];
  const after = source[at + 1];
  if (after && ASCII_WORD.test(after)) return `\\b${NOT_AFTER_LATIN}`;
  if (before && ASCII_WORD.test(before)) return `\\b${NOT_BEFORE_LATIN}`;
  if (before === undefined || before === '|' || before === '(') return `\\b${NOT_AFTER_LATIN}`;
  if (after === undefined || after === '|' || after === ')') return `\\b${NOT_BEFORE_LATIN}`;
  return `\\b${NOT_AFTER_LATIN}${NOT_BEFORE_LATIN}`;
}

/**
 * Whether the `\b` whose backslash is at `at - 1` follows a group and ends a word: what comes next
 * cannot start one (a space, a negated class, `|`, the end, a lookaround), so "(?:envoy\w*)\b" is
 * a word's end and "(?<![\d:.])\b\d" a start.
 */
function endsGroup(source: string, at: number): boolean {
  if (source[at - 2] !== ')' || source[at - 3] === '\\') return false;
  const next = source.slice(at + 1);
  return !WORD_ATOM.test(next);
}

/** Pattern text that ends with `\w` and a quantifier (`\w+`, `\w*`, `\w{2,}`, lazy or not). */
const QUANTIFIED_WORD_CHARS = /\\w(?:[*+?]|\{\d*,?\d*\})\??$/;

/** Pattern text that starts with something that can match a word character. */
const WORD_ATOM = /^(?:[A-Za-z0-9_]|\\[wdpu]|\[(?!\^)|\((?!\?(?:[=!]|<[=!])))/;

/** Whether a pattern needs Unicode word edges (`unicodeWords`): it holds a letter beyond ASCII. */
export function hasNonAsciiLetter(source: string): boolean {
  return NON_ASCII_LETTER.test(source);
}

const ASCII_WORD = /[A-Za-z0-9]/;

function wordEdge(before: string | undefined, after: string | undefined): string {
  const letter = /\p{L}/u;
  if (after && ASCII_WORD.test(after)) return `\\b${NOT_AFTER_LATIN}`;
  if (before && ASCII_WORD.test(before)) return `\\b${NOT_BEFORE_LATIN}`;
  // Where an alternative starts, a word starts; where one ends, a word ends.
  if (before === undefined || before === '|' || before === '(' || (after && letter.test(after))) {
    return NOT_AFTER_WORD;
  }
  if (after === undefined || after === '|' || after === ')' || letter.test(before)) {
    return NOT_BEFORE_WORD;
  }
  return UNICODE_BOUNDARY;
}

/** One case-insensitive Unicode regex matching any of the sources, cached by its text. */
export function anyOf(sources: readonly string[], flags = 'iu'): RegExp {
  const source = sources.map((s) => `(?:${unicodeWords(s)})`).join('|');
  const key = `${flags}/${source}`;
  let re = cache.get(key);
  if (!re) {
    const compiled = new RegExp(source, flags);
    re = compiled;
    cache.set(key, re);
    compileLater(() => compiled);
  }
  return re;
}

/**
 * Regexes to compile ahead of the first check. V8 parses a regex when it is made, compiles it to
 * bytecode on its first run and to machine code on its second (apart for one-byte and two-byte
 * strings); for the checker's long alternations that makes the first check of a session several
 * times slower than the next. A caller with time to spare (the extension, while the user looks at
 * the popup) calls compileAhead; a check that comes first compiles what it uses itself.
 */
const compileQueue: (() => RegExp)[] = [];
let compiledCount = 0;
const COMPILE_SUBJECTS = ['a', 'a', 'a\u2019'];

export function compileLater(regex: () => RegExp): void {
  compileQueue.push(regex);
}

/** Compiles queued regexes for about `budgetMs`; true once all queued so far are compiled. */
export function compileAhead(budgetMs: number): boolean {
  const deadline = performance.now() + budgetMs;
  while (compiledCount < compileQueue.length) {
    if (performance.now() >= deadline) return false;
    const regex = (compileQueue[compiledCount++] as () => RegExp)();
    for (const subject of COMPILE_SUBJECTS) {
      regex.lastIndex = 0;
      regex.exec(subject);
    }
  }
  return true;
}

/** Every match of a global regex in `text`, never looping on an empty match. */
export function* allMatches(re: RegExp, text: string): Generator<RegExpExecArray> {
  const global = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  global.lastIndex = 0;
  for (;;) {
    const match = global.exec(text);
    if (!match) return;
    if (match[0].length === 0) global.lastIndex++;
    yield match;
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A phrase as a pattern: words separated by any run of white space, bounded by word edges. Edges
 * next to an ASCII letter use the fast native `\b`; others a Unicode lookaround.
 */
export function phrasePattern(phrase: string): string {
  const text = phrase.trim();
  const body = text.split(/\s+/).map(escapeRegExp).join('\\s+');
  const edge = (c: string, before: boolean) => {
    if (/[A-Za-z0-9]/.test(c)) return '\\b';
    if (!/[\p{L}\p{N}]/u.test(c)) return '';
    return before ? '(?<![\\p{L}\\p{N}])' : '(?![\\p{L}\\p{N}])';
  };
  return `${edge(text[0] ?? '', true)}${body}${edge(text.at(-1) ?? '', false)}`;
}
