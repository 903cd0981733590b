/**
 * A page cannot switch Precis off or steer what it hides. Variants of a fixture article, served
 * with hostile markup added: elements whose names clobber window properties (what stopped the
 * content script from starting when its "already loaded" flag was `window.__precisContentLoaded`),
 * the page's own `data-precis-*` attributes (which used to hide article text, keep clutter
 * visible, and get overwritten, then removed by "restore all"), and JSON-LD nested 100,000 deep.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { contentScriptLoaded, hiddenCount } from './support/declutter-page.js';
import { type Harness, SCREENSHOTS, openPopup, setOptions, startHarness, tabIdOf } from './support/extension-fixture.js';

const BASE = readFileSync('tests/fixtures/pages/harbour-ferry-strike.html', 'utf8');
const TITLE = 'Ferry Crews Vote To Strike As Harbour Transit Talks Collapse';
const FIRST_PARAGRAPH = 'Ferry crews across the Northgate harbour voted on Friday';
const TRENDING_BOX = '<div class="css-5mnb2e" role="complementary">';

let h: Harness;
test.beforeAll(async () => {
  h = await startHarness();
  await setOptions(h.worker, { autoClean: 'sites', sites: ['127.0.0.1'] });
  await expect
    .poll(() => h.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id)))
    .toContain('precis-auto-clean');
});
test.afterAll(async () => {
  await setOptions(h.worker, { autoClean: 'off', sites: [] });
  await h?.close();
});

/** The fixture with `edit` applied, served at /hostile-<name>.html on the fixture server. */
async function openVariant(name: string, edit: (html: string) => string): Promise<{ page: Page; tabId: number; errors: string[] }> {
  const html = edit(BASE);
  expect(html).not.toBe(BASE);
  const file = `hostile-${name}.html`;
  const page = await h.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(`**/${file}`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(h.server.url(file));
  return { page, tabId: await tabIdOf(h.worker, file), errors };
}

async function showEverything(tabId: number, page: Page): Promise<void> {
  const popup = await openPopup(h, tabId);
  await popup.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(() => hiddenCount(page)).toBe(0);
  await popup.close();
}

const CLOBBERS: Array<[string, string]> = [
  ['div-id', '<div id="__precisContentLoaded"></div>'],
  ['img-name', '<img name="__precisContentLoaded" alt="" src="data:,">'],
  ['form-name', '<form name="__precisContentLoaded"></form><embed name="precisContent">'],
  ['iframe-name', '<iframe name="__precisContentLoaded" srcdoc="x"></iframe>'],
];

for (const [name, markup] of CLOBBERS) {
  test(`a page with ${markup} is still cleaned and the popup still reads it`, async () => {
    const { page, tabId, errors } = await openVariant(name, (html) => html.replace('<body>', `<body>${markup}`));
    await expect(page.getByRole('heading', { name: 'Trending' })).toBeHidden();
    expect(await contentScriptLoaded(h.worker, tabId)).toBe(true);
    // The page's own global is untouched: it is still its element.
    expect(await page.evaluate(() => typeof (window as unknown as Record<string, unknown>).__precisContentLoaded)).toBe('object');
    const popup = await openPopup(h, tabId);
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(popup.locator('.hidden-count')).toHaveText(/^[1-9]\d* items? hidden/);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });
}

test("a page's own data-precis-hidden on an article paragraph hides nothing, is not listed, and is left as it was", async () => {
  const { page, tabId } = await openVariant('own-hidden', (html) => html.replace(`<p>${FIRST_PARAGRAPH}`, `<p data-precis-hidden="feedback" id="own">${FIRST_PARAGRAPH}`));
  await expect(page.getByRole('heading', { name: 'Trending' })).toBeHidden();
  await expect(page.getByText(FIRST_PARAGRAPH)).toBeVisible();
  const popup = await openPopup(h, tabId);
  await popup.getByText('What was hidden').click();
  await expect(popup.locator('.hidden-list')).toBeVisible();
  await expect(popup.locator('.hidden-list')).not.toContainText(FIRST_PARAGRAPH.slice(0, 30));
  await popup.screenshot({ path: `${SCREENSHOTS}/hostile-own-hidden-popup.png`, fullPage: true });
  await popup.close();
  expect(await page.locator('#own').getAttribute('data-precis-hidden')).toBe('feedback');
  await showEverything(tabId, page);
  expect(await page.locator('#own').getAttribute('data-precis-hidden')).toBe('feedback');
  await page.close();
});

test("a page's own data-precis-restored does not keep its Trending box visible, and survives restore-all", async () => {
  const { page, tabId } = await openVariant('own-restored', (html) => html.replace(TRENDING_BOX, '<div class="css-5mnb2e" role="complementary" id="box" data-precis-restored="">'));
  await expect(page.getByRole('heading', { name: 'Trending' })).toBeHidden();
  await page.screenshot({ path: `${SCREENSHOTS}/hostile-own-restored.png`, fullPage: true });
  await showEverything(tabId, page);
  await expect(page.getByRole('heading', { name: 'Trending' })).toBeVisible();
  expect(await page.locator('#box').getAttribute('data-precis-restored')).toBe('');
  await page.close();
});

test("the page's own data-precis-* values on a block we hide are neither overwritten nor removed", async () => {
  const own = 'data-precis-hidden="page-value" data-precis-restored="also-page"';
  const { page, tabId } = await openVariant('own-values', (html) => html.replace(TRENDING_BOX, `<div class="css-5mnb2e" role="complementary" id="box" ${own}>`));
  await expect(page.getByRole('heading', { name: 'Trending' })).toBeHidden();
  const attrs = () => page.locator('#box').evaluate((el) => Object.fromEntries(el.getAttributeNames().filter((n) => n.startsWith('data-precis')).map((n) => [n.replace(/^(data-precis-(?:hidden|restored))-[a-z0-9]{8}$/, '$1-<token>'), el.getAttribute(n)])));
  expect(await attrs()).toEqual({ 'data-precis-hidden': 'page-value', 'data-precis-restored': 'also-page', 'data-precis-hidden-<token>': 'trending' });
  await showEverything(tabId, page);
  expect(await attrs()).toEqual({ 'data-precis-hidden': 'page-value', 'data-precis-restored': 'also-page' });
  await page.close();
});

test('JSON-LD nested 100,000 levels deep does not stop the content script: the page is cleaned and the popup reads it', async () => {
  const deep = `${'['.repeat(100_000)}{"name":"Deep"}${']'.repeat(100_000)}`;
  const mainEntity = `${'{"@type":"WebPage","mainEntity":'.repeat(50_000)}{}${'}'.repeat(50_000)}`;
  const script = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${TITLE}","author":${deep}}</script>`
    + `<script type="application/ld+json">${mainEntity}</script>`;
  const { page, tabId, errors } = await openVariant('deep-json-ld', (html) => html.replace('<head>', `<head>${script}`));
  await expect(page.getByRole('heading', { name: 'Trending' })).toBeHidden();
  const popup = await openPopup(h, tabId);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(popup.locator('.summary')).toContainText('Ferry crews');
  expect(errors).toEqual([]);
  await popup.close();
  await page.close();
});
