/**
 * Storage the popup reads can be corrupt (an older version's shape, a half-written entry, another
 * tool). Each corrupt shape planted here once broke the popup: a null report ("Cannot destructure
 * property 'article'"), a wrong-shaped analysis ("n.map is not a function"), a "recent" index
 * that is not an array (the internal-error view). Now a bad entry is dropped and recomputed.
 */
import { expect, test } from '@playwright/test';
import {
  type Harness, SCREENSHOTS, cachedAnalysis, openFixture, openPopupInFront, popupTimings, setOptions, startHarness, watchErrors,
} from './support/extension-fixture.js';

let h: Harness;
test.beforeAll(async () => {
  h = await startHarness({ extraHostPermissions: ['*://127.0.0.1/*'] });
});
test.afterAll(async () => {
  await h?.close();
});
test.beforeEach(async () => {
  await setOptions(h.worker, { summarySentences: 3, autoClean: 'off' });
  await h.worker.evaluate(() => chrome.storage.session.clear());
});

type Corrupt = (entry: Record<string, unknown>) => Record<string, unknown>;
const CORRUPT_ENTRIES: Array<[string, Corrupt]> = [
  ['a null report', (e) => ({ ...e, report: null })],
  ['a wrong-shaped analysis', (e) => ({ ...e, analysis: { summary: 'not a list', quotes: 7, parties: { a: 1 } } })],
  ['quotes with the wrong fields', (e) => ({ ...e, analysis: { ...(e.analysis as object), quotes: [{ text: 5, start: 'x' }] } })],
  ['a report whose article text is a number', (e) => ({ ...e, report: { ...(e.report as object), article: { text: 42 } } })],
  ['a string instead of an entry', () => 'garbage' as unknown as Record<string, unknown>],
];

for (const [name, corrupt] of CORRUPT_ENTRIES) {
  test(`a cached entry with ${name} is dropped and the article analysed again`, async () => {
    const { page, tabId } = await openFixture(h, 'harbour-ferry-strike.html');
    // A first popup writes a good entry; it is then corrupted in place, as a bad write would leave it.
    const first = await openPopupInFront(h, tabId);
    await expect.poll(() => cachedAnalysis(h.worker, tabId).then(() => true, () => false)).toBe(true);
    await first.close();
    const key = `analysis:${tabId}`;
    const good = await h.worker.evaluate(async (k) => (await chrome.storage.session.get(k))[k] as Record<string, unknown>, key);
    await h.worker.evaluate(([k, bad]) => chrome.storage.session.set({ [k]: bad }), [key, corrupt(good)] as const);

    const popup = await openPopupInFront(h, tabId);
    const errors = watchErrors(popup);
    await expect.poll(() => popupTimings(popup).then((t) => t.analysed !== null)).toBe(true);
    await expect(popup.locator('.summary li')).toHaveCount(3);
    await expect(popup.locator('.state.error')).toHaveCount(0);
    // The bad entry was replaced by a good one.
    await expect.poll(async () => {
      const { quotes } = ((await cachedAnalysis(h.worker, tabId)) as { analysis: { quotes: unknown } }).analysis;
      return Array.isArray(quotes) && quotes.length > 0 && quotes.every((q: { text?: unknown }) => typeof q.text === 'string');
    }).toBe(true);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });
}

test('a "recent" index that is not a list does not break the popup, and is repaired', async () => {
  await h.worker.evaluate(() => chrome.storage.session.set({ 'analysis:recent': { not: 'a list' } }));
  const { page, tabId } = await openFixture(h, 'harbour-ferry-strike.html');
  const popup = await openPopupInFront(h, tabId);
  const errors = watchErrors(popup);
  await expect.poll(() => popupTimings(popup).then((t) => t.analysed !== null)).toBe(true);
  await expect(popup.locator('.summary li')).toHaveCount(3);
  await expect.poll(() => h.worker.evaluate(async () => (await chrome.storage.session.get('analysis:recent'))['analysis:recent'])).toEqual([tabId]);
  await expect(popup.locator('.state.error')).toHaveCount(0);
  await popup.screenshot({ path: `${SCREENSHOTS}/popup-after-corrupt-cache.png` });
  expect(errors).toEqual([]);
  await popup.close();
  await page.close();
});
