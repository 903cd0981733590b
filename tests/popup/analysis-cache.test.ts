import { beforeEach, expect, test, vi } from 'vitest';

/** An in-memory storage.session. */
const data = new Map<string, unknown>();
const session = {
  get: vi.fn(async (key: string) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {})),
  set: vi.fn(async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v)))),
  remove: vi.fn(async (keys: string[]) => keys.forEach((k) => data.delete(k))),
};
vi.mock('../../src/shared/browser.js', () => ({ browser: { storage: { session } } }));
const { MAX_CACHED_TABS, isFresh, readCached, writeCached } = await import('../../src/popup/analysis-cache.js');

const report = (text: string) => ({ cleaned: false, hidden: [], article: { text } }) as never;
const entry = (url: string, text = 'abc', sentences = 3) => ({ url, textLength: text.length, sentences, report: report(text), analysis: { summary: [], quotes: [], parties: [] } });

beforeEach(() => data.clear());

test('an entry is found again for the same tab and URL only', async () => {
  await writeCached(7, entry('https://a.example/1'));
  expect((await readCached(7, 'https://a.example/1'))?.url).toBe('https://a.example/1');
  expect(await readCached(7, 'https://a.example/2')).toBeNull();
  expect(await readCached(8, 'https://a.example/1')).toBeNull();
  expect(await readCached(7, null)).toBeNull();
});

test('fresh only while the text and the summary length are the same', () => {
  const e = entry('u', 'abc', 3);
  expect(isFresh(e, report('abc'), 3)).toBe(true);
  expect(isFresh(e, report('abcd'), 3)).toBe(false);
  expect(isFresh(e, report('abc'), 4)).toBe(false);
});

test(`only the ${MAX_CACHED_TABS} most recent tabs are kept`, async () => {
  for (let tab = 1; tab <= MAX_CACHED_TABS + 3; tab++) await writeCached(tab, entry(`u${tab}`));
  await writeCached(2, entry('u2'));
  expect(await readCached(1, 'u1')).toBeNull();
  expect(await readCached(2, 'u2')).not.toBeNull();
  expect(await readCached(3, 'u3')).toBeNull();
  expect(await readCached(MAX_CACHED_TABS + 3, `u${MAX_CACHED_TABS + 3}`)).not.toBeNull();
  expect([...data.keys()].filter((k) => k !== 'analysis:recent')).toHaveLength(MAX_CACHED_TABS);
});
