/**
 * Options in storage.sync (they follow the user across devices), always validated on the way in.
 * The settings are one item, `options`; the two site lists are synced lists of their own
 * (synced-list.ts), because one item holds only about 300 hosts. Everything is written with one
 * set(), so a reader never sees a half-saved change.
 *
 * Migration: earlier versions kept `sites` and `neverSites` inside `options`. Such a field, when
 * present, is what the reader last saved (an older version on another device may still write
 * it), so it wins; the next save moves it into the lists and drops it from `options`.
 */
import { browser } from './browser.js';
import { type Options, validateOptions } from './options.js';
import { commitWrite, readSyncSnapshot, syncedList } from './synced-list.js';

const KEY = 'options';

const isString = (value: unknown): value is string => typeof value === 'string';
/** Hosts auto-cleaned in 'sites' mode, and hosts never cleaned. Items are re-checked by validateOptions. */
export const siteLists = {
  sites: syncedList('sites', isString),
  neverSites: syncedList('neverSites', isString),
} as const;

type ListField = keyof typeof siteLists;
const LIST_FIELDS = Object.keys(siteLists) as ListField[];
const readSnapshot = (): Promise<Record<string, unknown>> => readSyncSnapshot([KEY], Object.values(siteLists));

function optionsFrom(snapshot: Record<string, unknown>): Options {
  const stored = snapshot[KEY];
  const raw: Record<string, unknown> = stored && typeof stored === 'object' ? { ...(stored as Record<string, unknown>) } : {};
  for (const field of LIST_FIELDS) {
    if (Array.isArray(raw[field])) continue; // the older layout: it wins (see above)
    raw[field] = siteLists[field].fromSnapshot(snapshot) ?? [];
  }
  return validateOptions(raw);
}

export async function loadOptions(): Promise<Options> {
  return optionsFrom(await readSnapshot());
}

/**
 * Save a change. Throws SyncStorageFullError (synced-list.ts) when storage.sync is at its quota:
 * nothing is then written, and the caller tells the reader.
 */
export async function saveOptions(patch: Partial<Options>): Promise<Options> {
  const snapshot = await readSnapshot();
  const next = validateOptions({ ...optionsFrom(snapshot), ...patch });
  const { sites, neverSites, ...settings } = next;
  const lists = { sites, neverSites };
  const writes = LIST_FIELDS.map((field) => siteLists[field].planWrite(snapshot, lists[field]));
  await commitWrite({
    set: Object.assign({ [KEY]: settings }, ...writes.map((w) => w.set)),
    remove: writes.flatMap((w) => w.remove),
  });
  return next;
}

/** Rewrite options stored by an earlier version in today's layout (on install or update). */
export async function migrateStoredOptions(): Promise<void> {
  const stored = (await browser.storage.sync.get(KEY))[KEY];
  if (stored && typeof stored === 'object' && LIST_FIELDS.some((f) => f in stored)) await saveOptions({});
}

export function onOptionsChanged(listener: (options: Options) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync') return;
    const keys = Object.keys(changes);
    if (keys.includes(KEY) || keys.some((k) => LIST_FIELDS.some((f) => siteLists[f].owns(k)))) void loadOptions().then(listener);
  });
}
