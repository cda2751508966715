import type { TranslateWidget } from '../document-model';

/**
 * Markers left by the translation widgets schools embed. Google's element is documented at
 * https://translate.google.com/intl/en/about/website/ (the `google_translate_element` div and
 * `translate_a/element.js`); GTranslate and Weglot load scripts and containers named after them.
 */
const scriptMarkers: [RegExp, TranslateWidget['kind']][] = [
  [/translate\.google(?:apis)?\.com\/translate_a\/element\.js/i, 'google-translate'],
  [/gtranslate/i, 'gtranslate'],
  [/weglot/i, 'weglot'],
];

const elementMarkers: [RegExp, TranslateWidget['kind']][] = [
  [/google_translate_element|\bgoog-te-/i, 'google-translate'],
  [/gtranslate/i, 'gtranslate'],
  [/weglot/i, 'weglot'],
];

export function widgetForScript(src: string): TranslateWidget['kind'] | undefined {
  for (const [marker, kind] of scriptMarkers) if (marker.test(src)) return kind;
  return undefined;
}

/** Looks at the element's id and class only: cheap enough to run on every element. */
export function widgetForElement(element: Element): TranslateWidget['kind'] | undefined {
  const id = element.getAttribute('id');
  const className = element.getAttribute('class');
  if (!id && !className) return undefined;
  const names = `${id ?? ''} ${className ?? ''}`;
  for (const [marker, kind] of elementMarkers) if (marker.test(names)) return kind;
  return undefined;
}
