/**
 * "Copy as quote card" from the context menu. Playwright cannot click a native menu, so the test
 * selects text in the page and calls the menu's action in the service worker, the same function
 * the click calls, with the same tab.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { type Harness, SCREENSHOTS, clipboardPng, clipboardText, openFixture, setOptions, startHarness, watchErrors } from './support/extension-fixture.js';

let h: Harness;
test.beforeAll(async () => {
  h = await startHarness();
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
test.afterAll(async () => {
  await h?.close();
});

/** Select the first occurrence of `text` inside one text node of the page. */
async function select(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return true;
    }
    return false;
  }, text);
  expect(found).toBe(true);
}

async function copyCard(tabId: number): Promise<void> {
  await h.worker.evaluate(async (id) => {
    const copy = (globalThis as unknown as { precisCopySelectionAsCard: (tabId: number) => Promise<void> }).precisCopySelectionAsCard;
    await copy(id);
  }, tabId);
}

test('a selected quote becomes a card with its speaker, outlet and date, plus a citation as text', async () => {
  await setOptions(h.worker, { cardRatio: '4:5', cardTheme: 'light' });
  const { page, tabId } = await openFixture(h, 'harbour-ferry-strike.html');
  const errors = watchErrors(page);
  await page.bringToFront();
  await select(page, 'We had a deal on the table and they tore it up overnight,');
  const started = Date.now();
  await copyCard(tabId);
  console.log(`[timing] context-menu card rendered and copied in ${Date.now() - started} ms`);

  const { png, bytes } = await clipboardPng(page);
  expect([png.width, png.height]).toEqual([1080, 1350]);
  writeFileSync(`${SCREENSHOTS}/card-context-menu-4x5.png`, bytes);
  const text = await clipboardText(page);
  expect(text).toContain('“We had a deal on the table and they tore it up overnight.”');
  expect(text).toContain('— Mara Okafor');
  expect(text).toContain('Northgate Ledger, March 14, 2026');
  expect(text).toMatch(/harbour-ferry-strike\.html#:~:text=We%20had%20a%20deal,tore%20it%20up%20overnight$/);
  expect(errors).toEqual([]);
  await page.close();
});

test('a selection that is not a quote still makes a card, without inventing a speaker', async () => {
  await setOptions(h.worker, { cardRatio: '16:9', cardTheme: 'dark' });
  const { page, tabId } = await openFixture(h, 'harbour-ferry-strike.html');
  await page.bringToFront();
  await select(page, 'Around 52,000 passengers use the four routes on an ordinary weekday.');
  await copyCard(tabId);
  const { png } = await clipboardPng(page);
  expect([png.width, png.height]).toEqual([1920, 1080]);
  const text = await clipboardText(page);
  expect(text.split('\n')[1]).toBe('— Northgate Ledger, March 14, 2026');
  await page.close();
});

test('a hostile selection is drawn and copied as text, and runs nothing', async () => {
  await setOptions(h.worker, { cardRatio: '1:1', cardTheme: 'accent' });
  const { page, tabId } = await openFixture(h, 'hostile-page.html');
  await page.bringToFront();
  await select(page, '<img src=x onerror="window.__pwned=\'quote\'"> is what someone pasted');
  await copyCard(tabId);
  const { png, bytes } = await clipboardPng(page);
  expect([png.width, png.height]).toEqual([1080, 1080]);
  writeFileSync(`${SCREENSHOTS}/card-hostile-1x1.png`, bytes);
  expect(await clipboardText(page)).toContain('<img src=x onerror=');
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await page.close();
});
