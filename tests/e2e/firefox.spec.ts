/**
 * Firefox ESR smoke test (puppeteer-core over WebDriver BiDi, no geckodriver): the add-on
 * installs from the same dist/, its background runs, and its content script cleans a page
 * served from 127.0.0.1 once auto-clean is on for that site; the welcome page opens at install
 * and renders in light and dark.
 */
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX, findBrowser } from '../../scripts/lib/browsers.js';
import { type StaticServer, startStaticServer } from '../../scripts/lib/static-server.js';
import { makeTestDist } from '../../scripts/lib/test-dist.js';
import manifest from '../../manifest.json' with { type: 'json' };
import { SCREENSHOTS } from './support/extension-fixture.js';

const GECKO_ID = manifest.browser_specific_settings.gecko.id;
const UUID = '6c0f3d2e-5b1a-4c9e-9f57-3a1d2b4c5e6f';

let browser: Browser;
let server: StaticServer;

test.beforeAll(async () => {
  server = await startStaticServer('tests/fixtures/pages');
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser(FIREFOX),
    headless: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  await browser.installExtension(makeTestDist(resolve('dist'), resolve('dist-test-firefox')));
});
test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Firefox refuses driver navigation to moz-extension:// URLs; a local page navigates there. */
async function openExtensionPage(page: Page, path: string): Promise<void> {
  await page.goto(server.url('harbour-ferry-strike.html'));
  await page.evaluate((url) => {
    location.href = url;
  }, `moz-extension://${UUID}/${path}`);
  // page.url() is not updated for this navigation: ask the document itself.
  await expect
    .poll(() => page.evaluate(() => location.href + (document.querySelector('#app *') ? ' rendered' : '')).catch(() => ''), { timeout: 10_000 })
    .toMatch(/^moz-extension:.* rendered$/);
}

/** To the popup for a tab (a page navigates there: Firefox refuses driver navigation to moz-extension://). */
async function goToPopup(page: Page, tabId: number): Promise<void> {
  await page.evaluate((url) => {
    location.href = url;
  }, `moz-extension://${UUID}/popup.html?tabId=${tabId}`);
}

/** What the popup shows: title, summary and quote counts, the hidden count (null while it navigates). */
function popupView(page: Page) {
  return page
    .evaluate(() => ({
      title: document.querySelector('h1')?.textContent ?? '',
      summary: document.querySelectorAll('.summary li').length,
      quotes: document.querySelectorAll('.quotes blockquote').length,
      hidden: document.querySelector('.hidden-count')?.textContent?.match(/^(\d+) items? hidden/)?.[1] ?? '0',
    }))
    .catch(() => null);
}

test('Firefox: installing the add-on opens the welcome page, once', async () => {
  // The driver reports extension tabs as about:blank: ask each document where it is.
  const welcomeTabs = async () => {
    const where = await Promise.all((await browser.pages()).map((p) => p.evaluate(() => location.href).catch(() => '')));
    return where.filter((href) => href.startsWith('moz-extension:') && href.endsWith('/welcome.html')).length;
  };
  await expect.poll(welcomeTabs, { timeout: 10_000 }).toBe(1);
  await new Promise((r) => setTimeout(r, 500));
  expect(await welcomeTabs()).toBe(1);
});

test('Firefox: the add-on installs, its pages run, and the content script cleans a 127.0.0.1 page', async () => {
  const page = await browser.newPage();
  await openExtensionPage(page, 'options.html');
  // What the options page does when the user picks "sites I choose" and adds this site.
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    await api.storage.sync.set({ options: { autoClean: 'sites', sites: ['127.0.0.1'] } });
  });
  await expect
    .poll(
      () => page.evaluate(async () => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        return (await api.scripting.getRegisteredContentScripts()).length;
      }),
      { timeout: 10_000 },
    )
    .toBeGreaterThan(0);

  const article = await browser.newPage();
  await article.goto(server.url('harbour-ferry-strike.html'));
  await expect
    .poll(() => article.evaluate(() => Array.from(document.querySelectorAll('*')).filter((el) => el.getAttributeNames().some((n) => /^data-precis-hidden-[a-z0-9]{8}$/.test(n))).length), { timeout: 10_000 })
    .toBeGreaterThan(0);
  const trendingVisible = await article.evaluate(() => {
    const heading = Array.from(document.querySelectorAll('h3')).find((h) => h.textContent === 'Trending');
    return heading ? (heading as HTMLElement).offsetParent !== null : null;
  });
  expect(trendingVisible).toBe(false);
  await article.screenshot({ path: `${SCREENSHOTS}/firefox-page-cleaned.png` });
});

test('Firefox: the popup page reads the cleaned tab and shows the summary and quotes', async () => {
  const page = await browser.newPage();
  await openExtensionPage(page, 'options.html');
  const tabId = await page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const tabs = await api.tabs.query({ url: 'http://127.0.0.1/*' });
    return tabs.find((t) => t.url?.endsWith('/harbour-ferry-strike.html'))?.id ?? null;
  });
  expect(tabId).not.toBeNull();
  await goToPopup(page, tabId!);
  await expect.poll(async () => (await popupView(page))?.summary ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
  const view = await popupView(page);
  expect(view?.title).toBe('Ferry Crews Vote To Strike As Harbour Transit Talks Collapse');
  expect(view?.quotes).toBeGreaterThan(0);
  expect(Number(view?.hidden)).toBeGreaterThan(0);
  await page.setViewport({ width: 400, height: 600 });
  await page.screenshot({ path: `${SCREENSHOTS}/firefox-popup.png` });
});

/** The welcome page's text, choices and screenshot as Firefox rendered them. */
async function welcomeView(page: Page) {
  return page.evaluate(() => ({
    title: document.querySelector('h1')?.textContent ?? '',
    buttons: Array.from(document.querySelectorAll('button')).map((b) => b.textContent),
    screenshotWidth: (document.querySelector('img.screenshot') as HTMLImageElement | null)?.naturalWidth ?? 0,
    background: getComputedStyle(document.body).backgroundColor,
  }));
}

test('Firefox: the welcome page renders its choices and the screenshot', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  await openExtensionPage(page, 'welcome.html');
  const view = await welcomeView(page);
  expect(view.title).toBe('Welcome to Precis');
  expect(view.buttons).toEqual(['Auto-clean articles on every site', 'Only on sites I choose', 'Not now']);
  expect(view.screenshotWidth).toBeGreaterThan(1000);
  expect(view.background).toBe('rgb(255, 255, 255)');
  await page.screenshot({ path: `${SCREENSHOTS}/firefox-welcome.png`, fullPage: true });
});

test('Firefox: the welcome page in dark mode', async () => {
  // Firefox over BiDi cannot emulate the colour scheme: a second Firefox is told to prefer dark.
  const dark = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser(FIREFOX),
    headless: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }), 'layout.css.prefers-color-scheme.content-override': 0 },
  });
  try {
    await dark.installExtension(resolve('dist-test-firefox'));
    const page = await dark.newPage();
    await page.setViewport({ width: 1000, height: 900 });
    await openExtensionPage(page, 'welcome.html');
    const view = await welcomeView(page);
    expect(view.title).toBe('Welcome to Precis');
    expect(view.background).toBe('rgb(31, 32, 35)');
    await page.screenshot({ path: `${SCREENSHOTS}/firefox-welcome-dark.png`, fullPage: true });
  } finally {
    await dark.close();
  }
});

test('Firefox: "Hide something else…" opens the picker in the page, and a click saves a rule that hides the widget', async () => {
  const article = await browser.newPage();
  await article.goto(server.url('pick-tidewater-pier.html'));
  const page = await browser.newPage();
  await openExtensionPage(page, 'options.html');
  const tabId = await page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    await api.storage.sync.remove('siteRules:127.0.0.1');
    await api.storage.local.remove('siteRules:127.0.0.1');
    const tabs = await api.tabs.query({ url: 'http://127.0.0.1/*' });
    return tabs.find((t) => t.url?.endsWith('/pick-tidewater-pier.html'))?.id ?? null;
  });
  expect(tabId).not.toBeNull();
  await goToPopup(page, tabId!);
  const clickPick = () =>
    page
      .evaluate(() => {
        const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Hide something else…');
        button?.click();
        return !!button;
      })
      .catch(() => false);
  await expect.poll(clickPick, { timeout: 15_000 }).toBe(true);

  await article.bringToFront();
  await expect.poll(() => article.evaluate(() => document.querySelector('precis-picker')?.shadowRoot === null), { timeout: 10_000 }).toBe(true);
  const poll = await article.$('section.poll-widget');
  await poll?.scrollIntoView();
  const box = await poll?.boundingBox();
  if (!box) throw new Error('no poll widget box');
  await article.mouse.move(box.x + 5, box.y + 5);
  await article.mouse.move(box.x + 6, box.y + 6);
  await new Promise((r) => setTimeout(r, 150));
  await article.screenshot({ path: `${SCREENSHOTS}/firefox-picker.png` });
  await article.mouse.click(box.x + 6, box.y + 6);

  await expect.poll(() => article.evaluate(() => document.querySelector('section.poll-widget')?.checkVisibility()), { timeout: 10_000 }).toBe(false);
  expect(await article.evaluate(() => document.querySelector('precis-picker'))).toBeNull();
  const stored = await page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const key = 'siteRules:127.0.0.1';
    return ((await api.storage.sync.get(key))[key] ?? (await api.storage.local.get(key))[key]) as Array<{ selector: string }>;
  });
  expect(stored.map((r) => r.selector)).toEqual(['section.poll-widget']);
});

test("Firefox: where the content script is not running, the popup's first injection returns the article's draft, and the popup shows it and cleans", async () => {
  const page = await browser.newPage();
  await openExtensionPage(page, 'options.html');
  // Auto-clean off: the article's tab gets no content script at load, as on a first click.
  await page.evaluate(async () => {
    const b = (globalThis as unknown as { browser: typeof chrome }).browser;
    await b.storage.sync.set({ options: { autoClean: 'off', sites: [] } });
  });
  await expect.poll(() => page.evaluate(async () => (await (globalThis as unknown as { browser: typeof chrome }).browser.scripting.getRegisteredContentScripts()).length), { timeout: 10_000 }).toBe(0);
  const article = await browser.newPage();
  await article.goto(server.url('semantic-library-budget.html'));
  const tabId = await page.evaluate(async () => {
    const tabs = await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({ url: 'http://127.0.0.1/*' });
    return tabs.find((t) => t.url?.endsWith('/semantic-library-budget.html'))?.id ?? null;
  });
  expect(tabId).not.toBeNull();
  // What popup-start.js relies on: Firefox hands back the script's last value (content/on-demand/popup-read.ts).
  const draft = await page.evaluate(async (id) => {
    const [first] = await (globalThis as unknown as { browser: typeof chrome }).browser.scripting.executeScript({ target: { tabId: id! }, files: ['content-on-demand.js'] });
    const read = first?.result as { cleaned: boolean; draft: { title: string; chunks: unknown[] } } | null;
    return read ? { cleaned: read.cleaned, title: read.draft.title, chunks: read.draft.chunks.length } : null;
  }, tabId);
  expect(draft).toEqual({ cleaned: false, title: 'Library Branches Win Reprieve In Late Budget Deal', chunks: expect.any(Number) });
  expect(draft!.chunks).toBeGreaterThan(3);

  await goToPopup(page, tabId!);
  await expect.poll(async () => (await popupView(page))?.summary ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
  expect((await popupView(page))?.title).toBe('Library Branches Win Reprieve In Late Budget Deal');
  // The clean on open, asked of content.js once it followed the read.
  await expect.poll(async () => Number((await popupView(page))?.hidden ?? 0), { timeout: 10_000 }).toBeGreaterThan(0);
});
