import { beforeEach, expect, test, vi } from 'vitest';
import type { TextAnalysis } from '../../src/core/types.js';

/** An in-memory storage.session. */
const data = new Map<string, unknown>();
const session = {
  get: vi.fn(async (key: string) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {})),
  set: vi.fn(async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v)))),
  remove: vi.fn(async (keys: string[]) => keys.forEach((k) => data.delete(k))),
};
vi.mock('../../src/shared/browser.js', () => ({ browser: { storage: { session } } }));
const { MAX_CACHED_TABS, isFresh, readCached, writeCached } = await import('../../src/popup/analysis-cache.js');

const article = (text: string) => ({
  url: 'https://a.example/1', isArticle: true, articleReason: 'paragraphs', title: 'T', byline: null, siteName: null,
  publishedTime: null, lang: 'en', text, readingMinutes: 1,
});
const report = (text: string) => ({ cleaned: false, hidden: [{ id: 1, reason: 'trending', ruleId: 'label-heading', secondary: false, text: 'Trending', restored: false }], article: article(text) }) as never;
const analysis = (): TextAnalysis => ({
  summary: [{ text: 'abc', start: 0, end: 3 }],
  quotes: [{ text: 'b', speaker: 'Ann Lee', speakerRole: null, fragment: false, key: true, start: 1, end: 2 }],
  parties: [{ name: 'Ann Lee', kind: 'person', role: null, aliases: ['Lee'], mentions: [[0, 3]] }],
});
const entry = (url: string, text = 'abc', sentences = 3) => ({ url, textLength: text.length, sentences, report: report(text), analysis: analysis() });

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

const good = (): Record<string, unknown> => entry('https://a.example/1') as unknown as Record<string, unknown>;
const CORRUPT: Array<[string, () => unknown]> = [
  ['a null report', () => ({ ...good(), report: null })],
  ['a report without an article', () => ({ ...good(), report: { cleaned: false, hidden: [] } })],
  ['article text that is not a string', () => ({ ...good(), report: { ...(good().report as object), article: { ...article('abc'), text: 42 } } })],
  ['hidden items that are not a list', () => ({ ...good(), report: { ...(good().report as object), hidden: 'x' } })],
  ['a hidden item with an unknown reason', () => ({ ...good(), report: { ...(good().report as object), hidden: [{ id: 1, reason: 'evil', ruleId: 'x', secondary: false, text: '', restored: false }] } })],
  ['an analysis that is a string', () => ({ ...good(), analysis: 'oops' })],
  ['a summary that is not a list ("n.map is not a function")', () => ({ ...good(), analysis: { ...analysis(), summary: 'x' } })],
  ['quotes with the wrong fields', () => ({ ...good(), analysis: { ...analysis(), quotes: [{ text: 5, start: 'x' }] } })],
  ['a quote whose sentence is a string', () => ({ ...good(), analysis: { ...analysis(), quotes: [{ ...analysis().quotes[0], sentence: 'x' }] } })],
  ['a party with a negative offset', () => ({ ...good(), analysis: { ...analysis(), parties: [{ ...analysis().parties[0], mentions: [[-1, 2]] }] } })],
  ['a missing text length', () => ({ ...good(), textLength: undefined })],
  ['a number instead of an entry', () => 7],
  ['null', () => null],
];

test.each(CORRUPT)('a cached entry with %s is dropped (read as a miss and removed), never thrown', async (_name, make) => {
  data.set('analysis:7', make());
  await expect(readCached(7, 'https://a.example/1')).resolves.toBeNull();
  expect(data.has('analysis:7')).toBe(false);
});

test('a block hidden by a rule of the reader\'s ("user", with its selector) is a valid entry', async () => {
  const hidden = [{ id: 2, reason: 'user', ruleId: 'user-rule', secondary: false, text: 'Promo box', restored: false, rule: 'aside.css-1x2y3z' }];
  const withRule = { ...good(), report: { ...(good().report as object), hidden, sparedByRules: 1 } };
  data.set('analysis:7', withRule);
  await expect(readCached(7, 'https://a.example/1')).resolves.toEqual(withRule);
});

test('a good entry passes unchanged, fields added by a later version included', async () => {
  const withExtra = { ...good(), analysis: { ...analysis(), newField: [1] } };
  data.set('analysis:7', withExtra);
  await expect(readCached(7, 'https://a.example/1')).resolves.toEqual(withExtra);
});

test.each([
  ['an object', { not: 'a list' }],
  ['a string', 'oops'],
  ['a list with junk in it', [3, 'x', null]],
])('a "recent" index that is %s is started afresh, and the write goes through', async (_name, bad) => {
  data.set('analysis:recent', bad);
  await writeCached(7, entry('https://a.example/1') as never);
  expect(data.get('analysis:recent')).toEqual([7]);
  expect(await readCached(7, 'https://a.example/1')).not.toBeNull();
});
