import type { Hit } from '../types';

/** A hit on a whole node of the model (a link, image, control, table): offsets cover its text. */
export function nodeHit(ref: number, quote: string, message?: string): Hit {
  const hit: Hit = { quote, position: { ref, start: 0, end: quote.length } };
  if (message) hit.message = message;
  return hit;
}

/** A hit about the document as a whole (nothing to point at). */
export function documentHit(message?: string): Hit {
  return message ? { quote: '', message } : { quote: '' };
}

/** Patterns from rule data that apply to every language (`"any"`) plus those of the given ones. */
export function patternSources(
  patterns: Record<string, string[]> | undefined,
  languages?: readonly string[],
): string[] {
  if (!patterns) return [];
  const keys = languages ? ['any', ...languages] : Object.keys(patterns);
  return keys.flatMap((key) => patterns[key] ?? []);
}

/** The primary subtag of a BCP 47 tag: `es-MX` -> `es`. */
export function primarySubtag(tag: string | null | undefined): string | null {
  const code = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return code && /^[a-z]{2,3}$/.test(code) ? code : null;
}

const matchers = new Map<string, RegExp>();

/**
 * A test for "does any of these patterns occur in the text". V8 runs case-insensitive Unicode
 * regexes many times slower than case-sensitive ones, so the text is lower-cased and the patterns,
 * which rule data writes in lower case (a test checks), are compiled without the `i` flag.
 * `whole` anchors each pattern to the whole text.
 */
export function matcher(
  sources: readonly string[],
  whole = false,
): ((text: string) => boolean) | null {
  if (sources.length === 0) return null;
  const source = sources.map((s) => (whole ? `^(?:${s})$` : `(?:${s})`)).join('|');
  let re = matchers.get(source);
  if (!re) {
    re = new RegExp(source, 'u');
    matchers.set(source, re);
  }
  const compiled = re;
  return (text) => compiled.test(text.toLowerCase());
}
