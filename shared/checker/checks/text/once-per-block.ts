import type { TextBlock } from '../../document-model';

/**
 * A function of a block worked out once per block: several checks ask the same of every block
 * (its lower-cased text, its word count), and a block belongs to one document, whose analysis
 * does not change.
 */
export function oncePerBlock<T>(compute: (block: TextBlock) => T): (block: TextBlock) => T {
  const cache = new WeakMap<TextBlock, T>();
  return (block) => {
    // One lookup, not has() then get(): these run for every block in most checks. A value that
    // is undefined is worked out again each time, which is still right.
    const cached = cache.get(block);
    if (cached !== undefined) return cached;
    const value = compute(block);
    cache.set(block, value);
    return value;
  };
}
