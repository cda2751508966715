/**
 * Which item is active in a list (the popup's results, the options page's language suggestions),
 * moved by the keyboard like a listbox (WAI-ARIA combobox pattern: focus stays in the search box,
 * `aria-activedescendant` follows).
 * `-1` means none is active.
 */
export type NavigationKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

const PAGE = 5;

export function isNavigationKey(key: string): key is NavigationKey {
  return ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'].includes(key);
}

export function moveActive(active: number, key: NavigationKey, count: number): number {
  if (count <= 0) return -1;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return active < 0 ? 0 : Math.min(active + 1, last);
    case 'ArrowUp':
      return active <= 0 ? 0 : active - 1;
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return active < 0 ? Math.min(PAGE - 1, last) : Math.min(active + PAGE, last);
    case 'PageUp':
      return Math.max(active - PAGE, 0);
  }
}
