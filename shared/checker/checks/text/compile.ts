/** Regular expressions built once from data and shared by every document. */

const cache = new Map<string, RegExp>();

/** One case-insensitive Unicode regex matching any of the sources, cached by its text. */
export function anyOf(sources: readonly string[], flags = 'iu'): RegExp {
  const source = sources.map((s) => `(?:${s})`).join('|');
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
