import { HIGHLIGHT_NAME } from './agent-protocol';

/**
 * Highlights with the CSS Custom Highlight API: ranges are registered with the page's highlight
 * registry and painted by a user style sheet, so the page's DOM is never modified and nothing can
 * be left behind in it.
 */

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function showHighlight(range: Range): void {
  CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
}

export function clearHighlight(): void {
  if (highlightApiAvailable()) CSS.highlights.delete(HIGHLIGHT_NAME);
}

/** Brings the passage to the middle of the viewport, without moving focus. */
export function scrollToRange(range: Range): void {
  const element =
    range.startContainer instanceof Element
      ? range.startContainer
      : range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
}
