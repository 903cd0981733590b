/**
 * A single-page site changes story without a page load: the fixture's router pushes a new
 * address, then swaps in a whole new <body>; "back" swaps the first one in again. Its <head> keeps
 * describing the first story. Precis must clean the new story when the site auto-cleans, drop the
 * analysis it cached for the old one, and never show one story's headline over the other's text.
 */
import { expect, test, type Page } from '@playwright/test';
import { hiddenCount } from './support/declutter-page.js';
import { type Harness, SCREENSHOTS, badgeText, openPopup, setOptions, startHarness, tabIdOf } from './support/extension-fixture.js';

const DEPOT = 'Tram Depot Expansion Approved After Late Council Session';
const LIBRARY = 'Library Opens A Night Reading Room For Shift Workers';

let h: Harness;
test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => {
  await h?.close();
});

async function autoClean(on: boolean): Promise<void> {
  await setOptions(h.worker, on ? { autoClean: 'sites', sites: ['127.0.0.1'] } : { autoClean: 'off', sites: [] });
  const want = on ? ['precis-auto-clean'] : [];
  await expect.poll(() => h.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id))).toEqual(want);
}

const cachedUrl = (tabId: number): Promise<string | null> =>
  h.worker.evaluate(async (id) => {
    const entry = (await chrome.storage.session.get(`analysis:${id}`))[`analysis:${id}`] as { url?: string } | undefined;
    return entry?.url ?? null;
  }, tabId);

/** The popup shows `title` and text of that story only: nothing of `other`. */
async function expectPopupShows(tabId: number, title: string, words: string, other: string): Promise<Page> {
  const popup = await openPopup(h, tabId);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(popup.locator('.summary')).toContainText(words);
  await expect(popup.locator('body')).not.toContainText(other);
  return popup;
}

test('auto-clean: after pushState and a new <body>, the new story is cleaned, the old analysis dropped, the popup shows only the new story', async () => {
  await autoClean(true);
  const page = await h.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(h.server.url('spa-story-swap.html'));
  const tabId = await tabIdOf(h.worker, 'spa-story-swap');
  await expect(page.getByRole('heading', { name: 'Trending' })).toBeHidden();

  let popup = await expectPopupShows(tabId, DEPOT, 'tram depot', LIBRARY);
  await expect.poll(() => cachedUrl(tabId)).toContain('spa-story-swap.html');
  await popup.close();

  await page.getByRole('link', { name: /Next story/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LIBRARY);
  // The new story's clutter, which was not in the page at load, is hidden; its text is not.
  await expect(page.getByRole('heading', { name: 'Most read' })).toBeHidden();
  await expect(page.getByText('Was this article helpful?')).toBeHidden();
  await expect(page.getByText('keep its east reading room open')).toBeVisible();
  await expect.poll(() => badgeText(h.worker, tabId)).toBe(String(await hiddenCount(page)));
  // The analysis cached for the old story is gone.
  await expect.poll(() => cachedUrl(tabId)).toBeNull();
  await page.screenshot({ path: `${SCREENSHOTS}/spa-second-story-cleaned.png`, fullPage: true });

  popup = await expectPopupShows(tabId, LIBRARY, 'reading room', DEPOT);
  await popup.screenshot({ path: `${SCREENSHOTS}/spa-second-story-popup.png`, fullPage: true });
  await popup.close();

  // Back: the first story's body returns (popstate); it is cleaned again and read again.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEPOT);
  await expect(page.getByRole('heading', { name: 'Trending' })).toBeHidden();
  await expect(page.getByText('Councillors approved a long-delayed expansion')).toBeVisible();
  popup = await expectPopupShows(tabId, DEPOT, 'tram depot', LIBRARY);
  await popup.close();
  expect(errors).toEqual([]);
  await page.close();
});

test('without auto-clean, the popup opened after an in-page navigation reads the new story, not the old headline', async () => {
  await autoClean(false);
  const page = await h.context.newPage();
  await page.goto(h.server.url('spa-story-swap.html'));
  const tabId = await tabIdOf(h.worker, 'spa-story-swap');
  const first = await expectPopupShows(tabId, DEPOT, 'tram depot', LIBRARY);
  await first.close();
  await page.getByRole('link', { name: /Next story/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LIBRARY);
  const popup = await expectPopupShows(tabId, LIBRARY, 'reading room', DEPOT);
  // Whatever the popup cleaned on opening is the new story's clutter, never its text.
  await expect(page.getByText('keep its east reading room open')).toBeVisible();
  await popup.close();
  await page.close();
});
