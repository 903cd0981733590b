/**
 * What a new user gets, in real Chromium: the welcome page opens once on a fresh profile (not on
 * a restart); its primary button turns on auto-clean for every site (the test copy of the
 * manifest pre-grants http/https, so the browser asks nothing) and an article is then cleaned
 * at load with no click; "Not now" leaves pages as published until the popup opens, and
 * opening the popup cleans the article; "Never clean this site" holds across a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { contentScriptLoaded, hiddenCount } from './support/declutter-page.js';
import {
  type Harness, SCREENSHOTS, badgeText, expectNoSeriousAxe, openFixture, openPopupInFront, setOptions, startHarness, watchErrors,
} from './support/extension-fixture.js';

const ARTICLE = 'harbour-ferry-strike.html';
/** Long enough for a content script registered at document_idle to have run on a local page. */
const SETTLE_MS = 800;

let h: Harness;
test.beforeAll(async () => {
  h = await startHarness({ extraHostPermissions: ['http://*/*', 'https://*/*'] });
});
test.afterAll(async () => {
  await h?.close();
});

const welcomePages = (harness: Harness): Page[] => harness.context.pages().filter((p) => p.url().endsWith('/welcome.html'));
const stored = (): Promise<Record<string, unknown>> =>
  h.worker.evaluate(async () => ((await chrome.storage.sync.get('options')).options ?? {}) as Record<string, unknown>);
const registered = () => h.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ matches: s.matches, excludeMatches: s.excludeMatches ?? [] })));
const trending = (page: Page) => page.getByRole('heading', { name: 'Trending' });

async function welcome(): Promise<Page> {
  await expect.poll(() => welcomePages(h).length, { timeout: 10_000 }).toBe(1);
  const page = welcomePages(h)[0]!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Precis');
  return page;
}

test('a fresh profile opens the welcome page exactly once; it reads well in light and dark, with no axe violations', async () => {
  const page = await welcome();
  const errors = watchErrors(page);
  await page.waitForTimeout(SETTLE_MS);
  expect(welcomePages(h)).toHaveLength(1);
  await expect(page.getByRole('img', { name: /cleaned by Precis/ })).toBeVisible();
  // The screenshot really loaded (a broken image has no natural size).
  expect(await page.locator('img.screenshot').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(1000);
  await expect(page.getByText('Everything stays on your device')).toBeVisible();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.screenshot({ path: `${SCREENSHOTS}/welcome-light.png`, fullPage: true });
  await expectNoSeriousAxe(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SCREENSHOTS}/welcome-dark.png`, fullPage: true });
  await expectNoSeriousAxe(page);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(errors).toEqual([]);
});

test('the options page links back to the welcome page', async () => {
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.getByRole('link', { name: 'Welcome page and first steps' }).click();
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Welcome to Precis');
  await options.close();
});

test('"Not now": pages stay as published until the popup opens; opening it cleans the article', async () => {
  const page = await welcome();
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByRole('status')).toHaveText('Fine. Pages stay as published until you click the Precis icon.');
  await expect.poll(stored).toMatchObject({ autoClean: 'off', cleanOnOpen: true });
  await expect.poll(registered).toEqual([]);

  const { page: article, tabId } = await openFixture(h, ARTICLE);
  await article.waitForTimeout(SETTLE_MS);
  expect(await hiddenCount(article)).toBe(0);
  await expect(trending(article)).toBeVisible();

  const popup = await openPopupInFront(h, tabId);
  await expect(trending(article)).toBeHidden();
  const count = await hiddenCount(article);
  expect(count).toBeGreaterThan(1);
  await expect(popup.locator('.hidden-count')).toHaveText(`${count} items hidden · Show all`);
  await expect.poll(() => badgeText(h.worker, tabId)).toBe(String(count));
  await popup.getByRole('button', { name: 'Show all' }).click();
  await expect(trending(article)).toBeVisible();
  await expect.poll(() => badgeText(h.worker, tabId)).toBe('');
  // Shown again by the reader: reopening the popup leaves it that way.
  await popup.close();
  const again = await openPopupInFront(h, tabId);
  await expect(again.locator('.hidden-count')).toHaveText('This page is shown as published.');
  expect(await hiddenCount(article)).toBe(0);
  await again.close();
  await article.close();
});

test('with "Clean the page when I open Precis" off, opening the popup leaves the page alone', async () => {
  await setOptions(h.worker, { autoClean: 'off', cleanOnOpen: false });
  const { page: article, tabId } = await openFixture(h, ARTICLE);
  const popup = await openPopupInFront(h, tabId);
  await expect(popup.locator('.summary li').first()).toBeVisible({ timeout: 15_000 });
  await expect(popup.locator('.hidden-count')).toHaveText('This page is shown as published.');
  expect(await hiddenCount(article)).toBe(0);
  await expect(trending(article)).toBeVisible();
  await setOptions(h.worker, { cleanOnOpen: true });
  await popup.close();
  await article.close();
});

test('primary button: auto-clean on every site; an article on 127.0.0.1 is cleaned at load, with no click', async () => {
  const page = await welcome();
  await page.getByRole('button', { name: 'Auto-clean articles on every site' }).click();
  await expect(page.getByRole('status')).toContainText('Articles are now cleaned as they load.');
  await expect.poll(stored).toMatchObject({ autoClean: 'all' });
  await expect.poll(registered).toEqual([{ matches: ['http://*/*', 'https://*/*'], excludeMatches: [] }]);

  const { page: article, tabId } = await openFixture(h, ARTICLE);
  await expect(trending(article)).toBeHidden();
  await expect(article.getByText('Ferry crews across the Northgate harbour voted')).toBeVisible();
  await expect.poll(() => badgeText(h.worker, tabId)).toBe(String(await hiddenCount(article)));
  await article.close();
});

test('"Never clean this site" holds across a reload, even in all-sites mode (and beats clean-on-open)', async () => {
  await setOptions(h.worker, { autoClean: 'all', neverSites: [] });
  await expect.poll(registered).toEqual([{ matches: ['http://*/*', 'https://*/*'], excludeMatches: [] }]);
  const { page: article, tabId } = await openFixture(h, ARTICLE);
  await expect(trending(article)).toBeHidden();

  const popup = await openPopupInFront(h, tabId);
  const errors = watchErrors(popup);
  await expect(popup.getByRole('button', { name: 'Always clean this site' })).toHaveAttribute('aria-pressed', 'true');
  await popup.getByRole('button', { name: 'Never clean this site' }).click();
  await expect(popup.getByRole('button', { name: 'Never clean this site' })).toHaveAttribute('aria-pressed', 'true');
  await expect(popup.getByRole('button', { name: 'Always clean this site' })).toHaveAttribute('aria-pressed', 'false');
  await expect(trending(article)).toBeVisible();
  await expect.poll(stored).toMatchObject({ autoClean: 'all', neverSites: ['127.0.0.1'] });
  await expect.poll(registered).toEqual([{ matches: ['http://*/*', 'https://*/*'], excludeMatches: ['*://127.0.0.1/*'] }]);
  await popup.screenshot({ path: `${SCREENSHOTS}/popup-never-site.png` });
  await expectNoSeriousAxe(popup);
  await popup.close();

  await article.reload();
  await article.waitForTimeout(SETTLE_MS);
  expect(await contentScriptLoaded(h.worker, tabId)).toBe(false);
  expect(await hiddenCount(article)).toBe(0);
  const again = await openPopupInFront(h, tabId);
  await expect(again.locator('.summary li').first()).toBeVisible({ timeout: 15_000 });
  await expect(again.locator('.hidden-count')).toHaveText('This page is shown as published.');
  expect(await hiddenCount(article)).toBe(0);
  await expect(trending(article)).toBeVisible();
  expect(errors).toEqual([]);
  await setOptions(h.worker, { autoClean: 'off', neverSites: [] });
  await again.close();
  await article.close();
});

test('a browser restart with the same profile does not open the welcome page again', async () => {
  const profileDir = h.profileDir;
  // Closed first, so a tab the browser restores from the last session is not taken for a new one.
  for (const page of welcomePages(h)) await page.close();
  await h.close();
  h = await startHarness({ extraHostPermissions: ['http://*/*', 'https://*/*'], profileDir });
  await h.context.newPage();
  await new Promise((r) => setTimeout(r, 1500));
  expect(welcomePages(h)).toHaveLength(0);
});

test('German: the welcome page follows the browser language', async () => {
  const de = await startHarness({ language: 'de' });
  try {
    await expect.poll(() => welcomePages(de).length, { timeout: 10_000 }).toBe(1);
    const page = welcomePages(de)[0]!;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen bei Precis');
    await expect(page.getByRole('button', { name: 'Artikel auf allen Websites automatisch aufräumen' })).toBeVisible();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.screenshot({ path: `${SCREENSHOTS}/welcome-de.png`, fullPage: true });
    await expectNoSeriousAxe(page);
  } finally {
    await de.close();
  }
});

test('the shortcut (Alt+Shift+P) still toggles: clean, then show all; the popup then leaves the page as the reader left it', async () => {
  await setOptions(h.worker, { autoClean: 'off', neverSites: [], cleanOnOpen: true });
  const { page: article, tabId } = await openFixture(h, ARTICLE);
  await article.bringToFront();
  const shortcut = () => h.worker.evaluate(() => (globalThis as unknown as { precisToggleActiveTab: () => Promise<void> }).precisToggleActiveTab());
  await shortcut();
  await expect(trending(article)).toBeHidden();
  await expect.poll(() => badgeText(h.worker, tabId)).toBe(String(await hiddenCount(article)));
  await shortcut();
  await expect(trending(article)).toBeVisible();
  await expect.poll(() => badgeText(h.worker, tabId)).toBe('');
  const popup = await openPopupInFront(h, tabId);
  await expect(popup.locator('.hidden-count')).toHaveText('This page is shown as published.');
  expect(await hiddenCount(article)).toBe(0);
  await popup.close();
  await article.close();
});
