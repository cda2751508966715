/**
 * Keeps very large HTML within what can be checked in a few seconds. Pages over `compactAbove`
 * characters lose what never reaches a reader: the bodies of scripts and styles (their tags and
 * `src` stay, so translate widgets are still found), comments, and the payload of long `data:` URIs.
 * If the markup is still over `maxCharacters`, it is cut at a tag boundary and a note says so.
 */
export interface PreparedHtml {
  html: string;
  notes: string[];
}

export const DEFAULT_MAX_HTML_CHARACTERS = 4_000_000;
const COMPACT_ABOVE = 1_000_000;

export function prepareHtml(
  html: string,
  maxCharacters = DEFAULT_MAX_HTML_CHARACTERS,
): PreparedHtml {
  if (html.length <= COMPACT_ABOVE) return { html, notes: [] };
  let compact = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, '$1$2')
    .replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2')
    .replace(/(data:[\w/+.-]+(?:;[\w=.-]+)*,)[^"')\s]{200,}/gi, '$1');
  const notes: string[] = [];
  if (compact.length > maxCharacters) {
    const cut = compact.lastIndexOf('<', maxCharacters);
    const kept = cut > maxCharacters / 2 ? cut : maxCharacters;
    notes.push(
      `The page is very large (${megabytes(html.length)} of HTML): only its first ${megabytes(kept)} of markup, after scripts, styles and embedded images, was checked.`,
    );
    compact = compact.slice(0, kept);
  }
  return { html: compact, notes };
}

function megabytes(characters: number): string {
  return `${(characters / 1_000_000).toFixed(1)} million characters`;
}
