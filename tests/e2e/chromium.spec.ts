import { expect, test } from '@playwright/test';
import { type Harness, SCREENSHOTS, badgeText, openPopup, setOptions, startHarness, tabIdOf } from './support/extension-fixture.js';

let h: Harness;
test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => {
  await h?.close();
});

test('the service worker starts and has an extension id', () => {
  expect(h.extensionId).toMatch(/^[a-p]{32}$/);
  expect(h.worker.url()).toContain('/background.js');
});

test('the popup injects the content script through the tab and renders the article', async () => {
  const page = await h.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(h.server.url('harbour-ferry-strike.html'));
  const tabId = await tabIdOf(h.worker, 'harbour-ferry-strike');

  const popup = await openPopup(h, tabId);
  const popupErrors: string[] = [];
  popup.on('console', (m) => m.type() === 'error' && popupErrors.push(m.text()));
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Ferry Crews Vote To Strike As Harbour Transit Talks Collapse');
  await expect(popup.locator('.summary')).toContainText('Ferry crews across the Northgate harbour');
  await popup.screenshot({ path: `${SCREENSHOTS}/popup-skeleton.png`, fullPage: true });
  expect(errors).toEqual([]);
  expect(popupErrors).toEqual([]);
  await popup.close();
  await page.close();
});

test('auto-clean for a granted site hides clutter, counts it on the badge, and undo restores the page exactly', async () => {
  await setOptions(h.worker, { autoClean: 'sites', sites: ['127.0.0.1'] });
  await expect
    .poll(() => h.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id)))
    .toContain('precis-auto-clean');

  const page = await h.context.newPage();
  await page.goto(h.server.url('harbour-ferry-strike.html'));
  await expect(page.getByRole('heading', { name: 'Trending' })).toBeHidden();
  await expect(page.getByText('Ferry crews across the Northgate harbour voted')).toBeVisible();
  const tabId = await tabIdOf(h.worker, 'harbour-ferry-strike');
  await expect.poll(() => badgeText(h.worker, tabId)).toMatch(/^[1-9]\d*$/);
  await page.screenshot({ path: `${SCREENSHOTS}/page-cleaned.png`, fullPage: true });

  const popup = await openPopup(h, tabId);
  await popup.getByRole('button', { name: 'Show all' }).click();
  await expect(page.getByRole('heading', { name: 'Trending' })).toBeVisible();
  const restored = await page.evaluate(() => document.documentElement.outerHTML);
  const fresh = await (await fetch(h.server.url('harbour-ferry-strike.html'))).text();
  expect(restored).not.toContain('data-precis');
  expect(restored.length).toBeGreaterThan(fresh.length * 0.9);
  await setOptions(h.worker, { autoClean: 'off', sites: [] });
  await popup.close();
  await page.close();
});
