/**
 * Auto-clean in real Chromium with the built extension, on every fixture page: the clutter each
 * fixture lists is hidden with its reason, the article stays visible, late clutter is caught, a
 * section front is left alone, the badge counts, per-item and full restore work, and "restore
 * all" gives back the page byte for byte.
 */
import { expect, test } from '@playwright/test';
import { loadFixtures } from '../extract/fixture-pages.js';
import { contentScriptLoaded, hiddenCount, notHidden, notVisible } from './support/declutter-page.js';
import { type Harness, SCREENSHOTS, badgeText, openPopup, setOptions, startHarness, tabIdOf } from './support/extension-fixture.js';

const fixtures = loadFixtures();
let h: Harness;

test.beforeAll(async () => {
  h = await startHarness();
});
test.afterAll(async () => {
  await h?.close();
});

async function autoCleanOn(on: boolean): Promise<void> {
  await setOptions(h.worker, on ? { autoClean: 'sites', sites: ['127.0.0.1'] } : { autoClean: 'off', sites: [] });
  const want = on ? ['precis-auto-clean'] : [];
  await expect.poll(() => h.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id))).toEqual(want);
}

test.describe('auto-clean on', () => {
  test.beforeAll(async () => autoCleanOn(true));

  for (const fixture of fixtures.filter((f) => f.expected.isArticle)) {
    test(`${fixture.name}: clutter hidden, article kept, badge counts`, async () => {
      const page = await h.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(h.server.url(fixture.file));
      const wanted = [...fixture.expected.mustHide, ...(fixture.expected.lateMustHide ?? [])];
      await expect.poll(() => notHidden(page, wanted), { timeout: 10_000 }).toEqual([]);
      expect(await notVisible(page, fixture.expected.mustKeep)).toEqual([]);
      const tabId = await tabIdOf(h.worker, fixture.file);
      const count = await hiddenCount(page);
      await expect.poll(() => badgeText(h.worker, tabId)).toBe(String(count));
      await page.screenshot({ path: `${SCREENSHOTS}/declutter-${fixture.name}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('late clutter: the Trending box (400 ms) and an infinite-scroll batch (900 ms) get hidden', async () => {
    const late = fixtures.find((f) => f.expected.lateMustHide)!;
    const page = await h.context.newPage();
    await page.goto(h.server.url(late.file));
    // Not in the page at first: the observer, not the first clean, must catch them.
    expect(await page.evaluate(() => document.getElementById('side')?.children.length)).toBe(0);
    await expect.poll(() => notHidden(page, late.expected.lateMustHide ?? []), { timeout: 5000 }).toEqual([]);
    await expect(page.getByRole('heading', { name: 'Trending' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'More from Science' })).toBeHidden();
    expect(await notVisible(page, late.expected.mustKeep)).toEqual([]);
    const tabId = await tabIdOf(h.worker, late.file);
    await expect.poll(() => badgeText(h.worker, tabId)).toBe(String(await hiddenCount(page)));
    expect(await hiddenCount(page)).toBe(3);
    await page.close();
  });

  test('a section front is not cleaned', async () => {
    const front = fixtures.find((f) => !f.expected.isArticle)!;
    const page = await h.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(h.server.url(front.file));
    const tabId = await tabIdOf(h.worker, front.file);
    await expect.poll(() => contentScriptLoaded(h.worker, tabId)).toBe(true);
    await page.waitForTimeout(500);
    expect(await hiddenCount(page)).toBe(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await badgeText(h.worker, tabId)).toBe('');
    expect(await notVisible(page, front.expected.mustKeep)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

test.describe('auto-clean off, cleaning from the popup', () => {
  test.beforeAll(async () => autoCleanOn(false));

  test('opening the popup cleans, restore one block, restore all: the page serialises exactly as before cleaning', async () => {
    const fixture = fixtures.find((f) => f.name === 'harbour-ferry-strike')!;
    const page = await h.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(h.server.url(fixture.file));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    expect(await hiddenCount(page)).toBe(0);

    const tabId = await tabIdOf(h.worker, fixture.file);
    // No click: "Clean the page when I open Precis" is on by default.
    const popup = await openPopup(h, tabId);
    await expect.poll(() => notHidden(page, fixture.expected.mustHide)).toEqual([]);
    await expect(page.getByRole('heading', { name: 'Trending' })).toBeHidden();
    const count = await hiddenCount(page);
    await expect.poll(() => badgeText(h.worker, tabId)).toBe(String(count));

    await popup.getByText('What was hidden').click();
    await popup.screenshot({ path: `${SCREENSHOTS}/declutter-popup-hidden-list.png`, fullPage: true });
    await popup.getByRole('button', { name: /^Restore Trending: Trending Harbour/ }).click();
    await expect(page.getByRole('heading', { name: 'Trending' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Related Articles' })).toBeHidden();
    await expect.poll(() => badgeText(h.worker, tabId)).toBe(String(count - 1));

    await popup.getByRole('button', { name: 'Show all' }).click();
    await expect(page.getByRole('heading', { name: 'Related Articles' })).toBeVisible();
    await expect.poll(() => page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await expect.poll(() => badgeText(h.worker, tabId)).toBe('');
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});
