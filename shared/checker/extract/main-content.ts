import { Readability } from '@mozilla/readability';
import { isElement } from './dom';

const INDEX_ATTRIBUTE = 'data-fsp-index';

/**
 * Finds the main content with Mozilla's Readability and answers "is this original element inside
 * it?". Readability rewrites the tree it parses, so it runs on a clone (never on the live page);
 * before parsing, each clone element is stamped with the index of its twin in the original (the
 * two trees list their elements in the same order), and the stamps that survive in the article
 * name the original elements it kept. An element counts as main content when its own twin was
 * kept, or when it sits in a list, table or form in the region the article came from. Returns undefined when Readability finds no article.
 */
export function readabilityArticle(
  document: Document,
): ((element: Element) => boolean) | undefined {
  const originals = document.querySelectorAll('*');
  const clone = document.cloneNode(true) as Document;
  const twins = clone.querySelectorAll('*');
  if (twins.length !== originals.length) return undefined;
  for (let i = 0; i < twins.length; i++) twins[i]?.setAttribute(INDEX_ATTRIBUTE, String(i));

  let article: Node | null | undefined;
  try {
    article = new Readability<Node>(clone, {
      serializer: (node) => node,
      disableJSONLD: true,
    }).parse()?.content;
  } catch {
    return undefined;
  }
  if (!article || !isElement(article)) return undefined;

  const kept = new Set<Element>();
  const stack: Element[] = [article];
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    const index = element.getAttribute(INDEX_ATTRIBUTE);
    const original = index === null ? undefined : originals[Number(index)];
    if (original) kept.add(original);
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      stack.push(child);
    }
  }
  if (kept.size === 0) return undefined;
  const region = articleRegion(article, originals);

  return (element: Element) => {
    const owner = lightDomHost(element);
    if (kept.has(owner)) return true;
    // Readability keeps the best-scoring container and its strong siblings, and drops lists,
    // tables and forms with many links or few words. In a newsletter those are event lists and
    // sign-up forms: count them back in when they sit in the region the article came from.
    let inStructure = false;
    for (let at: Element | null = owner; at; at = at.parentElement) {
      if (at !== owner && (kept.has(at) || at === region)) return inStructure;
      if (STRUCTURES.has(at.localName)) inStructure = true;
    }
    return false;
  };
}

const STRUCTURES = new Set(['ul', 'ol', 'dl', 'table', 'form', 'fieldset']);

/** The original element whose children Readability chose among: the top candidate's parent. */
function articleRegion(article: Element, originals: NodeListOf<Element>): Element | undefined {
  const page = article.querySelector('#readability-page-1') ?? article;
  for (let child = page.firstElementChild; child; child = child.nextElementSibling) {
    const index = child.getAttribute(INDEX_ATTRIBUTE);
    const original = index === null ? undefined : originals[Number(index)];
    if (original) return original.parentElement ?? undefined;
  }
  return undefined;
}

/** Content inside a shadow root is not cloned: it belongs where its outermost host does. */
function lightDomHost(element: Element): Element {
  let at = element;
  for (;;) {
    const root = at.getRootNode?.() as (Node & { host?: Element }) | undefined;
    if (!root?.host) return at;
    at = root.host;
  }
}
