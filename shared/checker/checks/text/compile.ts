/** Regular expressions built once from data and shared by every document. */

const cache = new Map<string, RegExp>();

const WORD_CLASS_BODY = '\\p{L}\\p{M}\\p{N}_';
const WORD_CHAR = `[${WORD_CLASS_BODY}]`;
const UNICODE_BOUNDARY = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;

const NON_ASCII_LETTER = /[^\p{ASCII}](?<=\p{L})/u;
const NOT_AFTER_WORD = `(?<!${WORD_CHAR})`;
const NOT_BEFORE_WORD = `(?!${WORD_CHAR})`;

/**
 * JavaScript's `\b` and `\w` know only ASCII letters, even with the `u` flag: `\bárabe` never
 * matches and `\w+` stops at "é". Rule data is written in Spanish and French too, so in a pattern
 * that contains a non-ASCII letter every `\w` means a Unicode letter, digit or underscore, and a
 * `\b` next to something other than an ASCII letter means a Unicode word edge: "no word character
 * before" where a word starts, "none after" where one ends. Patterns in plain ASCII keep the native
 * forms, which V8 runs far faster.
 */
export function unicodeWords(source: string): string {
  if (!hasNonAsciiLetter(source)) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (next === 'w') out += inClass ? WORD_CLASS_BODY : WORD_CHAR;
      else if (next === 'b' && !inClass) out += wordEdge(source[i - 2], source[i + 1]);
      else out += `\\${next}`;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** Whether a pattern needs Unicode word edges (`unicodeWords`): it holds a letter beyond ASCII. */
export function hasNonAsciiLetter(source: string): boolean {
  return NON_ASCII_LETTER.test(source);
}

function wordEdge(before: string | undefined, after: string | undefined): string {
  const ascii = /[A-Za-z0-9]/;
  const letter = /\p{L}/u;
  if ((after && ascii.test(after)) || (before && ascii.test(before))) return '\\b';
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
