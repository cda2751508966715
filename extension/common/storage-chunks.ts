/**
 * chrome.storage.sync holds at most 8 KB per item and about 100 KB in all. A value too big for one
 * item (a district's framework JSON, a long jargon list) is stored as a run of string chunks under
 * keys `<key>/<generation>/<n>`, with a small head item `<key>` that names the generation and the
 * number of chunks. A new generation is written before the head moves to it, so a failed write
 * never leaves a half-written value behind; the old generation is removed afterwards.
 */

/** Chrome's documented sync quotas (chrome.storage.sync.QUOTA_BYTES_PER_ITEM, QUOTA_BYTES, MAX_ITEMS). */
export const SYNC_QUOTA = { perItem: 8192, total: 102_400, maxItems: 512 } as const;

export interface ChunkHead {
  generation: string;
  chunks: number;
  /** UTF-8 bytes of the JSON text, for messages. */
  bytes: number;
}

export interface ChunkPlan {
  head: ChunkHead;
  items: Record<string, unknown>;
  /** Bytes the plan takes against the total quota, as Chrome counts them. */
  quotaBytes: number;
}

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** Chrome counts an item as its key's length plus the JSON text of its value. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value));
}

export function chunkKey(key: string, generation: string, index: number): string {
  return `${key}/${generation}/${index}`;
}

/**
 * Splits `text` into strings whose stored size (key + JSON-escaped string) stays within `perItem`.
 * Splits between code points only: Chrome stores strings as UTF-8, which cannot hold half a
 * surrogate pair.
 */
export function splitForItems(
  text: string,
  keyFor: (index: number) => string,
  perItem: number = SYNC_QUOTA.perItem,
): string[] {
  const chunks: string[] = [];
  let current = '';
  // The two quotes around the JSON string.
  let used = utf8Length(keyFor(0)) + 2;
  for (const char of text) {
    const size = utf8Length(JSON.stringify(char)) - 2;
    if (used + size > perItem && current) {
      chunks.push(current);
      current = '';
      used = utf8Length(keyFor(chunks.length)) + 2;
    }
    current += char;
    used += size;
  }
  if (current || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** How a value would be stored, with every item within the per-item quota. */
export function planChunks(key: string, value: unknown, generation: string): ChunkPlan {
  const json = JSON.stringify(value);
  const chunks = splitForItems(json, (i) => chunkKey(key, generation, i));
  const head: ChunkHead = { generation, chunks: chunks.length, bytes: utf8Length(json) };
  const items: Record<string, unknown> = { [key]: head };
  let quotaBytes = itemBytes(key, head);
  chunks.forEach((chunk, i) => {
    const k = chunkKey(key, generation, i);
    items[k] = chunk;
    quotaBytes += itemBytes(k, chunk);
  });
  return { head, items, quotaBytes };
}

export function isChunkHead(value: unknown): value is ChunkHead {
  if (typeof value !== 'object' || value === null) return false;
  const head = value as Partial<ChunkHead>;
  return (
    typeof head.generation === 'string' &&
    typeof head.chunks === 'number' &&
    Number.isInteger(head.chunks) &&
    head.chunks >= 0
  );
}

/** Reads a chunked value back; `undefined` when absent, an Error when chunks are missing. */
export function joinChunks(key: string, stored: Record<string, unknown>): unknown {
  const head = stored[key];
  if (head === undefined) return undefined;
  if (!isChunkHead(head)) throw new Error(`Stored value "${key}" is not in the expected format.`);
  let json = '';
  for (let i = 0; i < head.chunks; i++) {
    const part = stored[chunkKey(key, head.generation, i)];
    if (typeof part !== 'string') {
      throw new Error(
        `Stored value "${key}" is incomplete (part ${i + 1} of ${head.chunks} is missing).`,
      );
    }
    json += part;
  }
  return JSON.parse(json);
}

/** Keys of every stored chunk of `key`, whatever its generation. */
export function chunkKeysOf(key: string, stored: Record<string, unknown>): string[] {
  const prefix = `${key}/`;
  return Object.keys(stored).filter((k) => k.startsWith(prefix));
}

/** The part of chrome.storage.StorageArea that chunked storage uses. */
export interface KeyValueArea {
  get(keys?: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export class TooLargeError extends Error {
  constructor(
    readonly bytes: number,
    readonly availableBytes: number,
  ) {
    super(`The value takes ${bytes} bytes; ${availableBytes} bytes are free in synced storage.`);
    this.name = 'TooLargeError';
  }
}

/**
 * Stores `value` under `key` in chunks. Throws TooLargeError, before writing anything, when the
 * value would not fit beside everything else already stored.
 */
export async function writeChunked(
  area: KeyValueArea,
  key: string,
  value: unknown,
  generation: string = Date.now().toString(36),
): Promise<ChunkHead> {
  const stored = await area.get(null);
  const oldKeys = [key, ...chunkKeysOf(key, stored)];
  const plan = planChunks(key, value, generation);
  let othersBytes = 0;
  let otherItems = 0;
  for (const [k, v] of Object.entries(stored)) {
    if (oldKeys.includes(k)) continue;
    othersBytes += itemBytes(k, v);
    otherItems++;
  }
  const available = SYNC_QUOTA.total - othersBytes;
  const itemsAfter = otherItems + Object.keys(plan.items).length;
  if (plan.quotaBytes > available || itemsAfter > SYNC_QUOTA.maxItems) {
    throw new TooLargeError(plan.quotaBytes, available);
  }
  const oldChunkKeys = chunkKeysOf(key, stored);
  const oldChunkBytes = oldChunkKeys.reduce((n, k) => n + itemBytes(k, stored[k]), 0);
  const { [key]: head, ...chunks } = plan.items;
  if (plan.quotaBytes + oldChunkBytes > available) {
    // Old and new together do not fit: the old value has to go first.
    await area.remove(oldKeys);
  }
  await area.set(chunks);
  await area.set({ [key]: head });
  const stale = oldChunkKeys.filter((k) => !(k in plan.items));
  if (stale.length > 0) await area.remove(stale);
  return plan.head;
}

export async function readChunked(area: KeyValueArea, key: string): Promise<unknown> {
  return joinChunks(key, await area.get(null));
}

export async function removeChunked(area: KeyValueArea, key: string): Promise<void> {
  const stored = await area.get(null);
  await area.remove([key, ...chunkKeysOf(key, stored)]);
}
