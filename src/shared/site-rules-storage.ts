/**
 * Site rules in storage: one item per host (`siteRules:<host>`) in storage.sync, so they follow
 * the reader, within sync's quotas; a site whose list does not fit (8 KB per item, 100 KB in all)
 * goes to storage.local instead. A host lives in one area at a time: writing it to one removes it
 * from the other.
 */
import { browser } from './browser.js';
import { type SiteRule, type SiteRules, validateStoredRules } from './site-rules.js';

const PREFIX = 'siteRules:';
/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM (Firefox uses the same figure): key + JSON value. */
const SYNC_ITEM_BYTES = 8192;
/** A margin under QUOTA_BYTES (102,400) for the options item and other sync data. */
const SYNC_TOTAL_BYTES = 90_000;

export const rulesKey = (host: string): string => `${PREFIX}${host}`;

type Area = 'sync' | 'local';

const byteLength = (s: string): number => new TextEncoder().encode(s).length;

async function readArea(area: Area, key: string | null): Promise<Record<string, unknown>> {
  try {
    return await browser.storage[area].get(key);
  } catch {
    // Sync can be switched off by policy; the other area still answers.
    return {};
  }
}

export async function loadSiteRules(host: string): Promise<SiteRule[]> {
  const key = rulesKey(host);
  const [sync, local] = await Promise.all([readArea('sync', key), readArea('local', key)]);
  return validateStoredRules([...(Array.isArray(local[key]) ? local[key] : []), ...(Array.isArray(sync[key]) ? sync[key] : [])]);
}

export async function loadAllSiteRules(): Promise<SiteRules> {
  const [sync, local] = await Promise.all([readArea('sync', null), readArea('local', null)]);
  const out: SiteRules = {};
  for (const area of [local, sync]) {
    for (const [key, value] of Object.entries(area)) {
      if (!key.startsWith(PREFIX)) continue;
      const host = key.slice(PREFIX.length);
      const merged = validateStoredRules([...(out[host] ?? []), ...(Array.isArray(value) ? value : [])]);
      if (merged.length) out[host] = merged;
    }
  }
  return out;
}

async function syncBytesWithout(key: string): Promise<number> {
  const all = await readArea('sync', null);
  return Object.entries(all).reduce((n, [k, v]) => (k === key ? n : n + byteLength(k) + byteLength(JSON.stringify(v))), 0);
}

/** Writes one site's list (an empty list removes the site); returns the area it went to. */
export async function saveSiteRules(host: string, rules: readonly SiteRule[]): Promise<Area | null> {
  const key = rulesKey(host);
  if (rules.length === 0) {
    await Promise.all([browser.storage.sync.remove(key).catch(() => undefined), browser.storage.local.remove(key)]);
    return null;
  }
  const value = rules.map(({ selector, label, created }) => ({ selector, label, created }));
  const size = byteLength(key) + byteLength(JSON.stringify(value));
  const fitsSync = size <= SYNC_ITEM_BYTES && (await syncBytesWithout(key)) + size <= SYNC_TOTAL_BYTES;
  if (fitsSync) {
    try {
      await browser.storage.sync.set({ [key]: value });
      await browser.storage.local.remove(key);
      return 'sync';
    } catch {
      // Over a quota we could not see (write rate, another device's data): keep it on this device.
    }
  }
  await browser.storage.local.set({ [key]: value });
  await browser.storage.sync.remove(key).catch(() => undefined);
  return 'local';
}

/** Replaces every site's rules (the options page after an import or a delete). */
export async function saveAllSiteRules(rules: SiteRules, previous: SiteRules): Promise<void> {
  for (const host of Object.keys(previous)) if (!rules[host]?.length) await saveSiteRules(host, []);
  for (const [host, list] of Object.entries(rules)) await saveSiteRules(host, list);
}

/** Called with the host whose rules changed, in either area. */
export function onSiteRulesChanged(listener: (host: string) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' && area !== 'local') return;
    for (const key of Object.keys(changes)) if (key.startsWith(PREFIX)) listener(key.slice(PREFIX.length));
  });
}
