/**
 * The popup in real Chromium, opened as popup.html?tabId=N beside a served fixture page.
 * What the popup shows is compared with what the core computes for the same text (the NLP is
 * still improving, so the expectations come from the core, not from a frozen list).
 */
import { expect, test, type Page } from '@playwright/test';
import { analyzeText } from '../../src/core/index.js';
import { passageText } from './support/passage-text.js';
import {
  type CachedReport, type Harness, SCREENSHOTS, cachedAnalysis, clipboardPng, clipboardText, expectNoSeriousAxe, openFixture,
  layoutShift, openPopupInFront, openUnreadableTab, popupTimings, setOptions, startHarness, watchErrors,
} from './support/extension-fixture.js';

let h: Harness;
test.beforeAll(async () => {
  h = await startHarness({ extraHostPermissions: ['*://127.0.0.1/*'] });
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
test.afterAll(async () => {
  await h?.close();
});
test.beforeEach(async () => {
  await setOptions(h.worker, { summarySentences: 3, cardRatio: '1:1', cardTheme: 'light', autoClean: 'off', sites: [], neverSites: [], cleanOnOpen: true });
});

async function readyPopup(file: string): Promise<{ page: Page; popup: Page; tabId: number; errors: string[]; cached: CachedReport }> {
  const { page, tabId } = await openFixture(h, file);
  const errors = watchErrors(page);
  const popup = await openPopupInFront(h, tabId);
  errors.push(...watchErrors(popup));
  await expect.poll(() => popupTimings(popup).then((t) => t.analysed !== null)).toBe(true);
  // The cache is written just after the results are on screen.
  await expect.poll(() => cachedAnalysis(h.worker, tabId).then(() => true, () => false)).toBe(true);
  const cached = await cachedAnalysis(h.worker, tabId);
  return { page, popup, tabId, errors, cached };
}

test('summary, key quotes and parties are what the core computes, in light and dark, with no axe violations', async () => {
  const { page, popup, errors, cached } = await readyPopup('harbour-ferry-strike.html');
  const { article } = cached.report;
  const core = analyzeText(article.text, { sentences: 3, title: article.title, byline: article.byline, siteName: article.siteName });

  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Ferry Crews Vote To Strike As Harbour Transit Talks Collapse');
  await expect(popup.locator('.meta')).toHaveText(/Northgate Ledger · March 14, 2026 · \d+ min read/);
  await expect(popup.locator('.summary li')).toHaveText(core.summary.map((s) => s.text));
  const keyQuotes = core.quotes.filter((q) => q.key);
  expect(keyQuotes.length).toBeGreaterThan(0);
  await expect(popup.locator('.quotes blockquote')).toHaveText(keyQuotes.map(passageText));
  if (core.parties.length === 0) await expect(popup.getByText('No people, organisations or places found.')).toBeVisible();
  // Grouping by kind reorders the core's list: compare as sets.
  else expect((await popup.locator('.party .name').allTextContents()).sort()).toEqual(core.parties.map((p) => p.name).sort());

  const timings = await popupTimings(popup);
  console.log(`[timing] harbour fixture (${article.text.split(/\s+/).length} words): first paint ${timings.paint} ms, headline ${timings.contentful} ms, analysis on screen ${timings.analysed} ms`);

  await popup.screenshot({ path: `${SCREENSHOTS}/popup-light.png`, fullPage: true });
  // What the reader sees first in a real 400x600 popup, before scrolling.
  await popup.screenshot({ path: `${SCREENSHOTS}/popup-light-fold.png` });
  await expectNoSeriousAxe(popup);
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.screenshot({ path: `${SCREENSHOTS}/popup-dark.png`, fullPage: true });
  await expectNoSeriousAxe(popup);
  expect(errors).toEqual([]);
  await popup.close();
  await page.close();
});

test('the quote "We had a deal on the table..." is attributed to Mara Okafor (behind "more" when not key)', async () => {
  const { page, popup } = await readyPopup('harbour-ferry-strike.html');
  const more = popup.getByRole('button', { name: /More quotes/ });
  if (await more.isVisible()) await more.click();
  const quote = popup.locator('.quote').filter({ hasText: 'We had a deal on the table' });
  await expect(quote.locator('.speaker')).toHaveText('Mara Okafor');
  await popup.close();
  await page.close();
});

test('a 1,500-word article: the clean on open does not hold up first paint; first paint, page-cleaned and analysis times; reopening is served from the cache', async () => {
  // Baseline: the same article with the setting off, so the popup only reads the page.
  await setOptions(h.worker, { cleanOnOpen: false });
  const plain = await readyPopup('popup-long-article.html');
  const baseline = await popupTimings(plain.popup);
  expect(await plain.page.locator('[data-precis-hidden]').count()).toBe(0);
  await plain.popup.close();
  await plain.page.close();
  await setOptions(h.worker, { cleanOnOpen: true });

  const { page, popup, tabId, cached } = await readyPopup('popup-long-article.html');
  const words = cached.report.article.text.split(/\s+/).filter(Boolean).length;
  const first = await popupTimings(popup);
  await expect(popup.locator('.summary li')).toHaveCount(3);
  await expect(page.getByRole('heading', { name: 'Most read' })).toBeHidden();
  const shift = await layoutShift(popup);
  console.log(`[layout] long article: cumulative layout shift from skeleton to results ${shift.toFixed(3)}`);
  // 0.1 is the web-vitals line for "good": the skeleton keeps the results from jumping about.
  expect(shift).toBeLessThan(0.1);
  // The popup paints its skeleton first; the clean is a message sent after, never awaited before rendering.
  expect(first.paint).not.toBeNull();
  expect(first.cleaned).not.toBeNull();
  expect(first.paint!).toBeLessThanOrEqual(first.cleaned!);
  await popup.close();
  const again = await openPopupInFront(h, tabId);
  await expect.poll(() => popupTimings(again).then((t) => t.analysed !== null)).toBe(true);
  const second = await popupTimings(again);
  console.log(`[timing] long article (${words} words), popup cleans on open: first paint ${first.paint} ms, page cleaned ${first.cleaned} ms, headline ${first.contentful} ms, full analysis ${first.analysed} ms; setting off: first paint ${baseline.paint} ms, full analysis ${baseline.analysed} ms; reopened: first paint ${second.paint} ms, analysis on screen ${second.analysed} ms`);
  expect(words).toBeGreaterThan(1200);
  await again.close();
  await page.close();
});

/** Click-to-clipboard times of the cards, in test order: the first is the fresh browser's first card. */
const copyTimes: number[] = [];
for (const ratio of ['1:1', '4:5', '16:9'] as const) {
  test(`copy image puts a ${ratio} PNG on the clipboard`, async () => {
    const theme = ratio === '1:1' ? 'light' : ratio === '4:5' ? 'dark' : 'accent';
    await setOptions(h.worker, { cardRatio: ratio, cardTheme: theme });
    const { page, popup } = await readyPopup('harbour-ferry-strike.html');
    const clicked = Date.now();
    await popup.locator('.quote').first().getByRole('button', { name: 'Copy image' }).click();
    // The toast says when the PNG is on the clipboard.
    await expect(popup.locator('.toast')).toHaveText('Image copied', { timeout: 15_000 });
    copyTimes.push(Date.now() - clicked);
    const measured = await popup.evaluate(() => ['precis-card-rendered', 'precis-card-copied'].map((n) => Math.round(performance.getEntriesByName(n)[0]?.duration ?? -1)));
    console.log(`[timing] Copy image ${ratio}: card ${copyTimes.length} of this browser: rendered ${measured[0]} ms, on the clipboard ${measured[1]} ms (${copyTimes.at(-1)} ms click to toast)`);
    // Chromium's idle-time PNG encoder (toBlob / convertToBlob) fell back to 1 s and 5 s timers
    // when the page had no idle period: a fresh browser's first card taking a second means it is
    // back. (Later, bigger cards are only printed: on a loaded machine a 16:9 encode nears 1 s.)
    expect(measured[1]).toBeGreaterThan(0);
    if (copyTimes.length === 1) expect(measured[1]).toBeLessThan(1000);
    const { png, bytes } = await clipboardPng(popup);
    const expected = { '1:1': [1080, 1080], '4:5': [1080, 1350], '16:9': [1920, 1080] }[ratio];
    expect([png.width, png.height]).toEqual(expected);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${SCREENSHOTS}/card-${ratio.replace(':', 'x')}-${theme}.png`, bytes);
    await popup.close();
    await page.close();
  });
}

test('copy text puts the quote, its citation and a #:~:text= link on the clipboard', async () => {
  const { page, popup } = await readyPopup('harbour-ferry-strike.html');
  const first = popup.locator('.quote').first();
  const shown = (await first.locator('blockquote').textContent()) ?? '';
  await first.getByRole('button', { name: 'Copy text' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const text = await clipboardText(popup);
  expect(text.split('\n')[0]).toBe(shown);
  expect(text).toContain('Northgate Ledger, March 14, 2026');
  expect(text).toMatch(/http:\/\/127\.0\.0\.1:\d+\/harbour-ferry-strike\.html#:~:text=[^\s]+/);
  const speaker = await first.locator('.speaker:not(.unknown)').textContent().catch(() => null);
  if (speaker) expect(text).toContain(`— ${speaker}`);
  // The link really jumps to the quote: Chromium selects nothing we can read, but the fragment must parse.
  const fragment = decodeURIComponent(text.slice(text.indexOf('#:~:text=') + 9).split(',')[0] ?? '');
  expect(shown).toContain(fragment.split(' ')[0]);
  await popup.close();
  await page.close();
});

test('opening the popup cleaned the article; restore one hidden block: exactly that block comes back', async () => {
  const { page, popup } = await readyPopup('harbour-ferry-strike.html');
  await expect(popup.getByRole('button', { name: 'Show all' })).toBeVisible();
  const hiddenNow = () => page.locator('[data-precis-hidden]:not([data-precis-restored])').count();
  const before = await hiddenNow();
  expect(before).toBeGreaterThan(1);
  await expect(popup.locator('.hidden-count')).toHaveText(`${before} items hidden · Show all`);
  await popup.getByText('What was hidden').click();
  await popup.screenshot({ path: `${SCREENSHOTS}/popup-hidden-list.png` });
  await popup.locator('.hidden-list').getByRole('button', { name: /^Restore/ }).first().click();
  await expect(popup.locator('.hidden-list .restored-note')).toHaveCount(1);
  expect(await hiddenNow()).toBe(before - 1);
  await expect(popup.locator('.hidden-count')).toHaveText(`${before - 1} items hidden · Show all`);
  await popup.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(hiddenNow).toBe(0);
  await popup.close();
  await page.close();
});

test('clicking a party marks its mentions in the page, or the empty state says none were found', async () => {
  const { page, popup, cached } = await readyPopup('harbour-ferry-strike.html');
  const core = analyzeText(cached.report.article.text, { sentences: 3, title: cached.report.article.title });
  if (core.parties.length === 0) {
    await expect(popup.getByText('No people, organisations or places found.')).toBeVisible();
  } else {
    await popup.locator('.party').first().click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('precis-mentions')?.size ?? 0)).toBeGreaterThan(0);
  }
  await popup.close();
  await page.close();
});

test('"Always clean this site" asks for the site and saves it', async () => {
  const { page, popup } = await readyPopup('harbour-ferry-strike.html');
  const always = popup.getByRole('button', { name: 'Always clean this site' });
  await expect(always).toHaveAttribute('aria-pressed', 'false');
  await always.click();
  await expect(always).toHaveAttribute('aria-pressed', 'true');
  const stored = await h.worker.evaluate(async () => (await chrome.storage.sync.get('options')).options);
  expect(stored).toMatchObject({ autoClean: 'sites', sites: ['127.0.0.1'] });
  await popup.close();
  await page.close();
});

test('a page that is not an article says why, and "analyse anyway" analyses it', async () => {
  const { page, tabId } = await openFixture(h, 'popup-section-front.html');
  const popup = await openPopupInFront(h, tabId);
  const errors = watchErrors(popup);
  await expect(popup.getByRole('heading', { name: 'This does not look like an article' })).toBeVisible();
  await expect(popup.getByText(/^Why: /)).toBeVisible();
  // Not an article: opening the popup cleaned nothing, and cleaning stays one click away.
  await expect(popup.locator('.hidden-count')).toHaveText('This page is shown as published.');
  await expect(popup.getByRole('button', { name: 'Clean anyway' })).toBeVisible();
  expect(await page.locator('[data-precis-hidden]').count()).toBe(0);
  await popup.screenshot({ path: `${SCREENSHOTS}/popup-not-article.png`, fullPage: true });
  await expectNoSeriousAxe(popup);
  await popup.getByRole('button', { name: 'Analyse anyway' }).click();
  await expect(popup.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await expect(popup.getByText('No quotes found in this article.')).toBeVisible();
  expect(errors).toEqual([]);
  await popup.close();
  await page.close();
});

test('pages the extension cannot run on: a browser page and a PDF', async () => {
  const { page: browserPage, tabId } = await openUnreadableTab(h, 'chrome://version');
  const popup = await openPopupInFront(h, tabId);
  const errors = watchErrors(popup);
  await expect(popup.getByRole('heading', { name: 'Precis cannot read this page' })).toBeVisible();
  await popup.screenshot({ path: `${SCREENSHOTS}/popup-cannot-run.png`, fullPage: true });
  await expectNoSeriousAxe(popup);
  await popup.close();
  await browserPage.close();

  const { page, tabId: pdfTab } = await openFixture(h, 'popup-report.pdf');
  const pdfPopup = await openPopupInFront(h, pdfTab);
  await expect(pdfPopup.getByText('This is a PDF shown in the browser’s viewer. Precis reads web pages only.')).toBeVisible();
  expect(errors).toEqual([]);
  await pdfPopup.close();
  await page.close();
});

test('a hostile page: markup in the title, quotes and links shows as text and runs nothing in the popup or the card', async () => {
  const { page, popup, errors } = await readyPopup('hostile-page.html');
  const dialogs: string[] = [];
  popup.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));

  await expect(popup.getByRole('heading', { level: 1 })).toContainText("<script>window.__pwned = 'title'</script>");
  await expect(popup.locator('.meta')).toContainText('The Millbrook <b onmouseover=');
  const more = popup.getByRole('button', { name: /More quotes/ });
  if (await more.isVisible()) await more.click();
  await expect(popup.locator('.quotes')).toContainText('<img src=x onerror=');
  await expect(popup.locator('.quotes')).toContainText('<a href=');

  // Nothing from the page became markup: no images, no links to javascript:, no new scripts.
  expect(await popup.locator('img, iframe, object, embed').count()).toBe(0);
  expect(await popup.locator('a[href^="javascript:"], [onerror], [onmouseover]').count()).toBe(0);
  expect(await popup.locator('script:not([src])').count()).toBe(0);

  const quote = popup.locator('.quote').filter({ hasText: '<img src=x onerror=' });
  // The clipboard only takes writes from the focused page; rendering the 2x card can be slow on a busy machine.
  await popup.bringToFront();
  await quote.getByRole('button', { name: 'Copy image' }).click();
  await expect(popup.locator('.toast')).toHaveText('Image copied', { timeout: 15_000 });
  const { png } = await clipboardPng(popup);
  expect([png.width, png.height]).toEqual([1080, 1080]);
  await quote.getByRole('button', { name: 'Copy text' }).click();
  await expect.poll(() => clipboardText(popup)).toContain('<img src=x onerror=');

  expect(await popup.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await popup.screenshot({ path: `${SCREENSHOTS}/popup-hostile.png`, fullPage: true });
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  await popup.close();
  await page.close();
});

test('download PNG saves the card; a summary sentence, by keyboard, selects itself in the page', async () => {
  await setOptions(h.worker, { cardRatio: '16:9' });
  const { page, popup } = await readyPopup('harbour-ferry-strike.html');
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('.quote').first().getByRole('button', { name: 'Download PNG' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^quote-northgate-ledger-[a-z0-9-]+\.png$/);
  const { PNG } = await import('pngjs');
  const { readFileSync } = await import('node:fs');
  const png = PNG.sync.read(readFileSync(await download.path()));
  expect([png.width, png.height]).toEqual([1920, 1080]);

  const first = popup.locator('.summary button').first();
  const sentence = (await first.textContent()) ?? '';
  await first.focus();
  await popup.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => getSelection()?.toString().replace(/\s+/g, ' ') ?? '')).toContain(sentence.slice(0, 40));
  await popup.close();
  await page.close();
});

test('a summary sentence that runs across a link and an <em> is still found and selected in the page', async () => {
  const { page, popup } = await readyPopup('popup-linked-sentences.html');
  const sentence = popup.locator('.summary button').filter({ hasText: 'Central Library in Eastbrook will open' });
  await expect(sentence).toHaveCount(1);
  const text = ((await sentence.textContent()) ?? '').trim();
  await sentence.click();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString().replace(/\s+/g, ' ').trim())).toBe(text);
  await popup.close();
  await page.close();
});
