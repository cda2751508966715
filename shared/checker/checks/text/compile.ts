/** Regular expressions built once from data and shared by every document. */

const cache = new Map<string, RegExp>();

const WORD_CLASS_BODY = '\\p{L}\\p{M}\\p{N}_';
const WORD_CHAR = `[${WORD_CLASS_BODY}]`;
const UNICODE_BOUNDARY = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;

/**
 * JavaScript's `\b` and `\w` know only ASCII letters, even with the `u` flag: `\bárabe` never
 * matches and `\w+` stops at "é". Rule data is written in Spanish and French too, so every `\b`
 * and `\w` in a pattern means a Unicode word boundary and a Unicode letter, digit or underscore.
 */
export function unicodeWords(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (next === 'w') out += inClass ? WORD_CLASS_BODY : WORD_CHAR;
      else if (next === 'b' && !inClass) out += UNICODE_BOUNDARY;
      else out += `\\${next}`;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** One case-insensitive Unicode regex matching any of the sources, cached by its text. */
export function anyOf(sources: readonly string[], flags = 'iu'): RegExp {
  const source = sources.map((s) => `(?:${unicodeWords(s)})`).join('|');
  const key = `${flags}/${source}`;
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(source, flags);
    cache.set(key, re);
  }
  return re;
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

/** A phrase as a pattern: words separated by any run of white space, bounded by word edges. */
export function phrasePattern(phrase: string): string {
  const body = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  const start = /^[\p{L}\p{N}]/u.test(phrase) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = /[\p{L}\p{N}]$/u.test(phrase) ? '(?![\\p{L}\\p{N}])' : '';
  return `${start}${body}${end}`;
}
