/**
 * Every UI string comes from _locales through chrome.i18n, so the UI follows the browser's language.
 * A key missing from messages.json is a bug: it shows as the key itself and is logged.
 */
export function t(key: string, substitutions?: string | string[]): string {
  const message = chrome.i18n.getMessage(key, substitutions);
  if (!message) {
    console.error(`Missing UI string "${key}" in _locales.`);
    return key;
  }
  return message;
}

const ATTRIBUTES = [
  ['data-i18n-placeholder', 'placeholder'],
  ['data-i18n-aria-label', 'aria-label'],
  ['data-i18n-title', 'title'],
] as const;

/** Fills `data-i18n` (text) and `data-i18n-*` (attribute) placeholders in an extension page. */
export function localizePage(root: ParentNode = document): void {
  document.documentElement.lang = chrome.i18n.getUILanguage();
  document.documentElement.dir = chrome.i18n.getMessage('@@bidi_dir') || 'ltr';
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n ?? '');
  }
  for (const [data, attribute] of ATTRIBUTES) {
    for (const el of root.querySelectorAll<HTMLElement>(`[${data}]`)) {
      el.setAttribute(attribute, t(el.getAttribute(data) ?? ''));
    }
  }
}
