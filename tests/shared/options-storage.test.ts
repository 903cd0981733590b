import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeSyncStorage } from './fake-sync-storage.js';

const fake = fakeSyncStorage();
vi.mock('../../src/shared/browser.js', () => ({ browser: { storage: { sync: fake.sync, onChanged: fake.onChanged } } }));
const { loadOptions, migrateStoredOptions, onOptionsChanged, saveOptions } = await import('../../src/shared/options-storage.js');
const { SyncStorageFullError, syncedList } = await import('../../src/shared/synced-list.js');

/** n distinct, realistic hosts of about 25 characters. */
const hosts = (n: number, prefix = 'site'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}.news-example.com`).sort();

beforeEach(() => fake.data.clear());

describe('site lists beyond one sync item', () => {
  test('1,000 sites (over 3x the 8 KB item quota) are saved, sharded, and read back whole', async () => {
    const sites = hosts(1000);
    await saveOptions({ autoClean: 'sites', sites });
    const loaded = await loadOptions();
    expect(loaded.sites).toEqual(sites);
    expect(loaded.autoClean).toBe('sites');
    const shards = [...fake.data.keys()].filter((k) => k.startsWith('list:sites:'));
    expect(shards.length).toBeGreaterThan(3);
    expect(fake.data.get('options')).not.toHaveProperty('sites');
  });

  test('a shorter list leaves no stale shards behind', async () => {
    await saveOptions({ sites: hosts(1000) });
    await saveOptions({ sites: hosts(3) });
    expect((await loadOptions()).sites).toEqual(hosts(3));
    expect([...fake.data.keys()].filter((k) => k.startsWith('list:sites:'))).toEqual(['list:sites:0']);
  });

  test('at the quota of the whole area the save is refused with SyncStorageFullError, and nothing changes', async () => {
    await saveOptions({ sites: hosts(100) });
    const before = structuredClone([...fake.data]);
    await expect(saveOptions({ sites: hosts(5000) })).rejects.toBeInstanceOf(SyncStorageFullError);
    expect([...fake.data]).toEqual(before);
    expect((await loadOptions()).sites).toEqual(hosts(100));
  });

  test('the largest list that fits is well over the old ~300', async () => {
    let n = 2000;
    while (n < 10_000) {
      try {
        await saveOptions({ sites: hosts(n) });
      } catch {
        break;
      }
      n += 250;
    }
    // About 3,500 hosts of 25 characters fill the 100 KB area.
    expect(n).toBeGreaterThan(3000);
    expect(fake.totalBytes()).toBeLessThanOrEqual(102_400);
  });

  test('a corrupt shard loses only its own items; junk items are dropped', async () => {
    await saveOptions({ sites: hosts(1000) });
    fake.data.set('list:sites:1', { not: 'a list' });
    fake.data.set('list:sites:0', [...(fake.data.get('list:sites:0') as string[]), 7, null, 'a..b']);
    const { sites } = await loadOptions();
    expect(sites.length).toBeGreaterThan(600);
    expect(sites.length).toBeLessThan(1000);
    expect(sites.every((h) => /^[a-z0-9.-]+$/.test(h) && !h.includes('..'))).toBe(true);
  });

  test.each([
    ['a string', 'oops'],
    ['negative count', { shards: -1 }],
    ['a count past the shards', { shards: 9 }],
    ['a count no area can hold (would loop for ever)', { shards: 1e9 }],
  ])('a corrupt head (%s) never throws', async (_name, head) => {
    await saveOptions({ sites: hosts(10) });
    fake.data.set('list:sites', head);
    await expect(loadOptions()).resolves.toMatchObject({ autoClean: 'off' });
  });
});

describe('migration from the single-item layout', () => {
  test('sites stored inside options are read, then moved into the lists', async () => {
    fake.data.set('options', { version: 1, autoClean: 'sites', sites: ['b.example', 'a.example'], neverSites: ['c.example'], cardTheme: 'dark' });
    expect(await loadOptions()).toMatchObject({ sites: ['a.example', 'b.example'], neverSites: ['c.example'], cardTheme: 'dark' });
    await migrateStoredOptions();
    expect(fake.data.get('options')).not.toHaveProperty('sites');
    expect(fake.data.get('list:sites:0')).toEqual(['a.example', 'b.example']);
    expect(await loadOptions()).toMatchObject({ sites: ['a.example', 'b.example'], neverSites: ['c.example'], cardTheme: 'dark' });
  });

  test('a list written in the old layout after migration (an older device) wins', async () => {
    await saveOptions({ sites: ['new.example'] });
    fake.data.set('options', { ...(fake.data.get('options') as object), sites: ['old-device.example'] });
    expect((await loadOptions()).sites).toEqual(['old-device.example']);
  });

  test('nothing to migrate: no write', async () => {
    await saveOptions({ sites: ['a.example'] });
    fake.sync.set.mockClear();
    await migrateStoredOptions();
    expect(fake.sync.set).not.toHaveBeenCalled();
  });
});

test('a change to a list alone is reported to onOptionsChanged', async () => {
  const seen: string[][] = [];
  onOptionsChanged((o) => seen.push(o.neverSites));
  await saveOptions({ neverSites: ['x.example'] });
  await vi.waitFor(() => expect(seen.at(-1)).toEqual(['x.example']));
});

test('syncedList is reusable for any item shape (e.g. per-site rules)', async () => {
  const isRule = (v: unknown): v is { host: string; selector: string } =>
    !!v && typeof (v as { host?: unknown }).host === 'string' && typeof (v as { selector?: unknown }).selector === 'string';
  const rules = syncedList('hideRules', isRule);
  const many = Array.from({ length: 400 }, (_, i) => ({ host: `s${i}.example`, selector: `div.css-${i}x > aside` }));
  await rules.write(many);
  expect(await rules.read()).toEqual(many);
  fake.data.set('list:hideRules:0', [{ host: 1 }, ...(fake.data.get('list:hideRules:0') as object[])]);
  expect(await rules.read()).toEqual(many);
});
