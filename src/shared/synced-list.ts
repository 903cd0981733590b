/**
 * A list that follows the reader across devices (storage.sync) however long it gets: sites to
 * auto-clean, sites never to clean, per-site rules. One item of storage.sync holds 8 KB (about
 * 300 hosts) and a longer write used to be refused without a word; a synced list is sharded
 * (see sync-shards.ts) and, at the whole area's quota (100 KB), the write fails with
 * SyncStorageFullError, which the UI turns into a message. Nothing is lost silently.
 *
 * Use: `const rules = syncedList('hideRules', isHideRule)`, then `await rules.read()`,
 * `await rules.write(next)`, `rules.onChanged(listener)`. To write a list together with other
 * keys in one atomic set(), use planWrite() with a snapshot and commitWrite().
 */
import { browser } from './browser.js';
import { type ShardWrite, SYNC_QUOTA_BYTES, headKey, isListKey, planShardWrite, readShards, shardKeysOf } from './sync-shards.js';

/** storage.sync said no: the area (or one item) is at its quota. */
export class SyncStorageFullError extends Error {
  readonly limitBytes = SYNC_QUOTA_BYTES;
  constructor(cause: unknown) {
    super(`storage.sync is full: ${String(cause)}`);
  }
}

/**
 * Chromium: "QUOTA_BYTES quota exceeded" (or QUOTA_BYTES_PER_ITEM, MAX_ITEMS); Firefox:
 * "QuotaExceededError: storage.sync API call exceeded its quota". Chromium's write-rate limits
 * (MAX_WRITE_OPERATIONS_PER_MINUTE/HOUR) pass with time: they are not "full".
 */
const isQuotaError = (error: unknown): boolean => /quota/i.test(String(error)) && !/MAX_WRITE_OPERATIONS/.test(String(error));

export interface SyncedList<T> {
  readonly name: string;
  /** The list in a snapshot from readSyncSnapshot(), or null if it was never stored. */
  fromSnapshot(snapshot: Record<string, unknown>): T[] | null;
  read(): Promise<T[]>;
  /** Keys to set and remove for `items`; combine with other keys, then commitWrite(). */
  planWrite(snapshot: Record<string, unknown>, items: readonly T[]): ShardWrite;
  write(items: readonly T[]): Promise<void>;
  /** Does this storage key belong to the list? */
  owns(key: string): boolean;
  onChanged(listener: (items: T[]) => void): void;
}

/**
 * `keys` and the lists, read from storage.sync in two get()s (heads, then the shards they name):
 * never the whole area, which other features may fill with data this reader does not need.
 */
export async function readSyncSnapshot(keys: readonly string[], lists: ReadonlyArray<{ name: string }>): Promise<Record<string, unknown>> {
  const sync = browser.storage.sync;
  const heads = await sync.get([...keys, ...lists.map((l) => headKey(l.name))]);
  const shardKeys = lists.flatMap((l) => shardKeysOf(heads, l.name));
  return shardKeys.length > 0 ? { ...heads, ...(await sync.get(shardKeys)) } : heads;
}

/** One set() with everything (atomic: all or nothing), then the removal of stale shards. */
export async function commitWrite(write: ShardWrite): Promise<void> {
  try {
    await browser.storage.sync.set(write.set);
  } catch (error) {
    throw isQuotaError(error) ? new SyncStorageFullError(error) : error;
  }
  // Stale shards are past the head's count, so readers already ignore them: a failure is harmless.
  if (write.remove.length > 0) await browser.storage.sync.remove(write.remove).catch(() => undefined);
}

export function syncedList<T>(name: string, isItem: (value: unknown) => value is T): SyncedList<T> {
  const list: SyncedList<T> = {
    name,
    fromSnapshot: (snapshot) => readShards(snapshot, name, isItem),
    read: async () => list.fromSnapshot(await readSyncSnapshot([], [list])) ?? [],
    planWrite: (snapshot, items) => planShardWrite(snapshot, name, items),
    write: async (items) => commitWrite(list.planWrite(await readSyncSnapshot([], [list]), items)),
    owns: (key) => isListKey(key, name),
    onChanged(listener) {
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'sync' && Object.keys(changes).some(list.owns)) void list.read().then(listener);
      });
    },
  };
  return list;
}
