/**
 * How a list too big for one storage.sync item is split over several (pure, tested in Node).
 * storage.sync refuses any one item over QUOTA_BYTES_PER_ITEM (8,192 bytes: about 300 hosts), so
 * a list lives in numbered shards `list:<name>:<i>` with a head `list:<name>` = { shards: n }.
 * The head is written in the same set() call as the shards, so a reader sees the old list or
 * the new one, never a mix; shards past the head's count are ignored (and then removed).
 */

/** storage.sync's per-item limit in both browsers: key length + JSON of the value, in bytes. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
/** storage.sync's limit for everything the extension stores there. */
export const SYNC_QUOTA_BYTES = 102_400;
/** Room left in each shard: the browsers count slightly differently (UTF-8 vs string length). */
const SHARD_MARGIN_BYTES = 192;
const SHARD_BUDGET_BYTES = SYNC_QUOTA_BYTES_PER_ITEM - SHARD_MARGIN_BYTES;
const LAYOUT_VERSION = 1;
/** storage.sync's MAX_ITEMS: a head claiming more shards than this is corrupt. */
export const SYNC_MAX_ITEMS = 512;

const encoder = new TextEncoder();
export const jsonBytes = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;

export const headKey = (name: string): string => `list:${name}`;
export const shardKey = (name: string, index: number): string => `list:${name}:${index}`;

export interface ShardWrite {
  /** Items for storage.sync.set(): the head and every shard. */
  set: Record<string, unknown>;
  /** Shards of a longer earlier list, to remove after the set. */
  remove: string[];
}

/** A single item too big for any shard (a list of hosts never has one). */
export class ItemTooLargeError extends Error {}

/** Items packed greedily into shards that each fit the per-item quota. */
export function packShards<T>(name: string, items: readonly T[]): T[][] {
  const shards: T[][] = [];
  let shard: T[] = [];
  // Key of the longest index, brackets, and a comma per item.
  const overhead = shardKey(name, 999).length + 2;
  let bytes = overhead;
  for (const item of items) {
    const size = jsonBytes(item) + 1;
    if (overhead + size > SHARD_BUDGET_BYTES) throw new ItemTooLargeError(`An item of list ${name} is too large to sync`);
    if (bytes + size > SHARD_BUDGET_BYTES) {
      shards.push(shard);
      shard = [];
      bytes = overhead;
    }
    shard.push(item);
    bytes += size;
  }
  if (shard.length > 0) shards.push(shard);
  return shards;
}

function shardCount(snapshot: Record<string, unknown>, name: string): number | null {
  const head = snapshot[headKey(name)];
  if (!head || typeof head !== 'object') return null;
  const shards = (head as { shards?: unknown }).shards;
  return typeof shards === 'number' && Number.isInteger(shards) && shards >= 0 && shards <= SYNC_MAX_ITEMS ? shards : null;
}

/** The shard keys a snapshot's head for list `name` names (none when there is no valid head). */
export function shardKeysOf(snapshot: Record<string, unknown>, name: string): string[] {
  return Array.from({ length: shardCount(snapshot, name) ?? 0 }, (_, i) => shardKey(name, i));
}

/**
 * The list as stored in a snapshot of storage.sync, or null when it was never stored this way.
 * Items that fail `isItem` are dropped; a missing or malformed shard loses only its own items.
 */
export function readShards<T>(snapshot: Record<string, unknown>, name: string, isItem: (value: unknown) => value is T): T[] | null {
  if (shardCount(snapshot, name) === null) return null;
  const items: T[] = [];
  for (const key of shardKeysOf(snapshot, name)) {
    const shard = snapshot[key];
    if (Array.isArray(shard)) items.push(...shard.filter(isItem));
  }
  return items;
}

/** What to set and remove so that the snapshot holds `items` as list `name`. */
export function planShardWrite<T>(snapshot: Record<string, unknown>, name: string, items: readonly T[]): ShardWrite {
  const shards = packShards(name, items);
  const set: Record<string, unknown> = { [headKey(name)]: { v: LAYOUT_VERSION, shards: shards.length } };
  shards.forEach((shard, i) => (set[shardKey(name, i)] = shard));
  const remove: string[] = [];
  for (let i = shards.length; shardKey(name, i) in snapshot; i++) remove.push(shardKey(name, i));
  return { set, remove };
}

/** Is this storage key part of list `name`? (For change listeners.) */
export function isListKey(key: string, name: string): boolean {
  return key === headKey(name) || key.startsWith(`${headKey(name)}:`);
}
