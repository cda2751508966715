/**
 * Small DOM helpers that work the same on linkedom and in a live page. Nothing here reads a global:
 * every function takes the nodes it works on.
 */
import { collapseWhiteSpace } from './block-text';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_FRAGMENT_NODE = 11;

/** Elements whose content is never text a reader sees. */
export const SKIPPED_ELEMENTS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'meta',
  'link',
  'title',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'svg',
  'math',
]);

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

const displayNone = /(?:^|;)\s*display\s*:\s*none\b/i;
const visibilityHidden = /(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\b/i;

/**
 * Hidden by its own markup: `hidden`, `aria-hidden="true"`, an inline `display:none` or
 * `visibility:hidden`, a closed `<dialog>`, `<input type=hidden>`. Styles from style sheets need
 * the browser: the extension passes `isHidden` built on computed style as well.
 */
export function isHiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style && (displayNone.test(style) || visibilityHidden.test(style))) return true;
  const tag = element.localName;
  if (tag === 'dialog' && !element.hasAttribute('open')) return true;
  if (tag === 'input' && element.getAttribute('type')?.toLowerCase() === 'hidden') return true;
  return false;
}

const justify = /(?:^|;)\s*text-align\s*:\s*justify\b/i;
const notJustify = /(?:^|;)\s*text-align\s*:\s*(?!justify)[a-z-]+/i;

/** `true`/`false` when the element's own markup sets the alignment, `undefined` when it inherits. */
export function justifiedByMarkup(element: Element): boolean | undefined {
  const style = element.getAttribute('style');
  if (style) {
    if (justify.test(style)) return true;
    if (notJustify.test(style)) return false;
  }
  const align = element.getAttribute('align');
  if (align) return align.toLowerCase() === 'justify';
  return undefined;
}

/** The root to look ids up in: the shadow root or document the element lives in. */
export function idScope(element: Element): { getElementById(id: string): Element | null } | null {
  const root = element.getRootNode?.() as unknown as
    | { getElementById?: (id: string) => Element | null }
    | undefined;
  if (root && typeof root.getElementById === 'function') {
    return root as { getElementById(id: string): Element | null };
  }
  return element.ownerDocument;
}

const TEXT_SKIP = new Set([...SKIPPED_ELEMENTS, 'select', 'textarea', 'option', 'datalist']);

/**
 * The visible text inside an element, white space collapsed, stopping after `maxChars`.
 * Iterative: inputs may nest thousands of elements deep. Image alt text is included when
 * `withAlt` is set (an image inside a link or a label names it).
 */
export function textOf(
  element: Element,
  options: { maxChars?: number; withAlt?: boolean; includeHidden?: boolean } = {},
): string {
  const max = options.maxChars ?? Number.POSITIVE_INFINITY;
  let out = '';
  const stack: Node[] = [element];
  while (stack.length > 0 && out.length < max) {
    const node = stack.pop() as Node;
    if (isText(node)) {
      out += node.data;
      continue;
    }
    if (!isElement(node)) continue;
    if (node !== element) {
      if (TEXT_SKIP.has(node.localName)) continue;
      if (!options.includeHidden && isHiddenByMarkup(node)) continue;
    }
    if (node.localName === 'br') out += ' ';
    if (options.withAlt && node.localName === 'img') out += ` ${node.getAttribute('alt') ?? ''} `;
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  const text = collapseWhiteSpace(out);
  return text.length > max ? text.slice(0, max) : text;
}

/** The text of the elements an `aria-labelledby` names, in order. */
export function textOfIdRefs(element: Element, ids: string): string {
  const scope = idScope(element);
  if (!scope) return '';
  const parts: string[] = [];
  for (const id of ids.split(/\s+/)) {
    if (!id) continue;
    const target = scope.getElementById(id);
    if (!target) continue;
    const label = target.getAttribute('aria-label')?.trim();
    parts.push(label || textOf(target, { withAlt: true, includeHidden: true }));
  }
  return collapseWhiteSpace(parts.join(' '));
}

/** The element's parent, crossing out of a shadow root to its host. */
export function parentAcrossShadow(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode as (Node & { host?: Element }) | null;
  return parent?.host ?? null;
}

export function numberAttribute(element: Element, name: string): number | undefined {
  const value = element.getAttribute(name);
  if (value === null) return undefined;
  const parsed = Number.parseFloat(value);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
}
