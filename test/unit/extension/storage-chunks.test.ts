import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  chunkKeysOf,
  itemBytes,
  joinChunks,
  type KeyValueArea,
  planChunks,
  readChunked,
  removeChunked,
  SYNC_QUOTA,
  TooLargeError,
  writeChunked,
} from '../../../extension/common/storage-chunks';
import { builtInFramework } from '../../../shared/frameworks';

/**
 * An in-memory storage area that enforces chrome.storage.sync's documented quotas the way Chrome
 * counts them (key length + JSON text of the value), rejecting a write that would break them.
 */
class QuotaArea implements KeyValueArea {
  items = new Map<string, string>();
  writes = 0;
  async get(): Promise<Record<string, unknown>> {
    return Object.fromEntries([...this.items].map(([k, v]) => [k, JSON.parse(v)]));
  }
  async set(items: Record<string, unknown>): Promise<void> {
    const next = new Map(this.items);
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > SYNC_QUOTA.perItem)
        throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded (${key})`);
      next.set(key, JSON.stringify(value));
    }
    const total = [...next].reduce((n, [k, v]) => n + itemBytes(k, JSON.parse(v)), 0);
    if (total > SYNC_QUOTA.total) throw new Error('QUOTA_BYTES quota exceeded');
    if (next.size > SYNC_QUOTA.maxItems) throw new Error('MAX_ITEMS quota exceeded');
    this.items = next;
    this.writes++;
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const key of Array.isArray(keys) ? keys : [keys]) this.items.delete(key);
  }
}

describe('chunked sync storage', () => {
  test('a built-in framework is too big for one item but round-trips in chunks', async () => {
    const framework = builtInFramework('pta-2022');
    expect(itemBytes('customFramework', framework)).toBeGreaterThan(SYNC_QUOTA.perItem);
    const area = new QuotaArea();
    const head = await writeChunked(area, 'customFramework', framework, 'g1');
    expect(head.chunks).toBeGreaterThan(1);
    expect(await readChunked(area, 'customFramework')).toEqual(framework);
  });

  test('every planned item fits the per-item quota, whatever the characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20_000 }), (text) => {
        const plan = planChunks('k', { text }, 'g');
        for (const [key, value] of Object.entries(plan.items)) {
          expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.perItem);
        }
        expect(joinChunks('k', plan.items)).toEqual({ text });
      }),
      { numRuns: 60 },
    );
  });

  test('text full of characters JSON escapes, and emoji, is split without breaking them', () => {
    const text = `${'"\\\n\t'.repeat(3000)}${'👪'.repeat(3000)}é`;
    const plan = planChunks('k', text, 'g');
    expect(Object.keys(plan.items).length).toBeGreaterThan(3);
    for (const [key, value] of Object.entries(plan.items)) {
      expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.perItem);
      if (typeof value === 'string') expect(value).not.toMatch(/[\uD800-\uDBFF]$/);
    }
    expect(joinChunks('k', plan.items)).toBe(text);
  });

  test('saving again replaces the old chunks and leaves none behind', async () => {
    const area = new QuotaArea();
    await writeChunked(area, 'fw', 'x'.repeat(30_000), 'g1');
    await writeChunked(area, 'fw', 'y'.repeat(9_000), 'g2');
    const stored = await area.get();
    expect(chunkKeysOf('fw', stored).every((k) => k.startsWith('fw/g2/'))).toBe(true);
    expect(await readChunked(area, 'fw')).toBe('y'.repeat(9_000));
    await removeChunked(area, 'fw');
    expect(await area.get()).toEqual({});
  });

  test('a value too large for what is free is refused before anything is written, and the old value stays', async () => {
    const area = new QuotaArea();
    await area.set({ settings: { jargon: 'z'.repeat(7000) } });
    await writeChunked(area, 'fw', 'old', 'g1');
    const writes = area.writes;
    const error = await writeChunked(area, 'fw', 'x'.repeat(120_000), 'g2').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TooLargeError);
    expect((error as TooLargeError).bytes).toBeGreaterThan(120_000);
    expect((error as TooLargeError).availableBytes).toBeLessThan(SYNC_QUOTA.total - 7000);
    expect(area.writes).toBe(writes);
    expect(await readChunked(area, 'fw')).toBe('old');
  });

  test('a value that fits only once the old one is gone replaces it', async () => {
    const area = new QuotaArea();
    await writeChunked(area, 'fw', 'a'.repeat(60_000), 'g1');
    await writeChunked(area, 'fw', 'b'.repeat(60_000), 'g2');
    expect(await readChunked(area, 'fw')).toBe('b'.repeat(60_000));
  });

  test('a missing chunk is reported, not silently read as less', () => {
    const plan = planChunks('fw', 'q'.repeat(20_000), 'g');
    const { 'fw/g/1': _dropped, ...rest } = plan.items;
    // It does not tell the user to save again: saving what the page shows then would replace the
    // stored value with defaults (the options page blocks that instead).
    expect(() => joinChunks('fw', rest)).toThrow(
      new Error(`Stored value "fw" is incomplete (part 2 of ${plan.head.chunks} is missing).`),
    );
  });
});
