/**
 * An in-memory storage.sync that enforces the quotas as Chromium does: a set() with any item over
 * QUOTA_BYTES_PER_ITEM, or that would take the area over QUOTA_BYTES, is refused whole with
 * Chromium's message, and nothing is written.
 */
import { vi } from 'vitest';

const PER_ITEM = 8192;
const TOTAL = 102_400;
const bytes = (key: string, value: unknown): number => new TextEncoder().encode(key + JSON.stringify(value)).length;

export function fakeSyncStorage() {
  const data = new Map<string, unknown>();
  const listeners: Array<(changes: Record<string, { newValue?: unknown }>, area: string) => void> = [];
  const notify = (keys: string[]) => {
    const changes = Object.fromEntries(keys.map((k) => [k, { newValue: structuredClone(data.get(k)) }]));
    listeners.forEach((l) => l(changes, 'sync'));
  };
  const sync = {
    get: vi.fn(async (keys: string | string[] | null) => {
      const wanted = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    }),
    set: vi.fn(async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) if (bytes(k, v) > PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      const after = new Map(data);
      for (const [k, v] of Object.entries(items)) after.set(k, v);
      const total = [...after].reduce((sum, [k, v]) => sum + bytes(k, v), 0);
      if (total > TOTAL) throw new Error('QUOTA_BYTES quota exceeded');
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
      notify(Object.keys(items));
    }),
    remove: vi.fn(async (keys: string | string[]) => {
      const list = Array.isArray(keys) ? keys : [keys];
      list.forEach((k) => data.delete(k));
      notify(list);
    }),
  };
  const onChanged = { addListener: (l: (typeof listeners)[number]) => listeners.push(l) };
  const totalBytes = (): number => [...data].reduce((sum, [k, v]) => sum + bytes(k, v), 0);
  return { data, sync, onChanged, totalBytes };
}
