/**
 * Right-click a selection -> "Copy as quote card". The click grants activeTab, so we may read
 * the selection's paragraph and the page's outlet/date with one injected function. The card is
 * drawn here on an OffscreenCanvas (a service worker has no DOM, but has OffscreenCanvas; so does
 * Firefox's event page), and written to the clipboard from the page, whose document has focus
 * right after the menu closes (a service worker has no clipboard at all).
 */
// Straight from its module: the worker then loads the quote finder, not the whole NLP chunk.
import { findQuotes } from '../core/quotes/find-quotes.js';
import { browser, type Tabs } from '../shared/browser.js';
import { canRunOn } from '../shared/can-run-on.js';
import { t, uiLanguage } from '../shared/i18n.js';
import { loadOptions } from '../shared/options-storage.js';
import { citationText } from '../quote-card/citation.js';
import { renderCardPng } from '../quote-card/render-card.js';
import { quoteForSelection, selectionText } from '../quote-card/selection-quote.js';
import { createPickMenuItem } from './pick-menu.js';

const MENU_ID = 'precis-quote-card';

interface PageContext {
  selection: string;
  paragraph: string;
  siteName: string | null;
  published: string | null;
  url: string;
}

/** Runs IN the page (serialised by executeScript): must not use anything from outside itself. */
function readSelectionContext(): PageContext {
  const selection = getSelection();
  const anchor = selection?.anchorNode ?? null;
  const element = anchor instanceof Element ? anchor : (anchor?.parentElement ?? null);
  const block = element?.closest('p, blockquote, li, figcaption, dd, td, article, section, div');
  const meta = (selector: string): string | null => document.querySelector<HTMLMetaElement>(selector)?.content || null;
  return {
    selection: selection?.toString() ?? '',
    paragraph: (block?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 5000),
    siteName: meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]'),
    published: meta('meta[property="article:published_time"]') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    url: location.href,
  };
}

/** Runs IN the page: write the card (and its citation as text) to the clipboard. */
async function writeCardInPage(pngBase64: string, text: string): Promise<string | null> {
  try {
    const bytes = Uint8Array.from(atob(pngBase64), (c) => c.charCodeAt(0));
    const item = new ClipboardItem({ 'image/png': new Blob([bytes], { type: 'image/png' }), 'text/plain': new Blob([text], { type: 'text/plain' }) });
    await navigator.clipboard.write([item]);
    return null;
  } catch (error) {
    return String(error);
  }
}

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode's argument list within the engine's limits.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The whole menu action; also what the E2E test calls, since it cannot click a native menu. */
export async function copySelectionAsCard(tabId: number, fallbackSelection = ''): Promise<void> {
  const [injected] = await browser.scripting.executeScript({ target: { tabId }, func: readSelectionContext });
  const page = injected?.result as PageContext | undefined;
  if (!page) throw new Error('The page did not answer');
  const words = selectionText(page.selection || fallbackSelection);
  if (!words) return;
  const quote = quoteForSelection(words, findQuotes(page.paragraph));
  const options = await loadOptions();
  const locale = uiLanguage();
  const source = { url: page.url, outlet: page.siteName, publishedTime: page.published };
  const png = await renderCardPng({ quote: words, speaker: quote?.speaker ?? null, speakerRole: quote?.speakerRole ?? null, source, theme: options.cardTheme, ratio: options.cardRatio, locale });
  const citation = citationText({ text: words, speaker: quote?.speaker ?? null, speakerRole: quote?.speakerRole ?? null }, source, locale);
  const [written] = await browser.scripting.executeScript({ target: { tabId }, func: writeCardInPage, args: [await toBase64(png), citation] });
  const pageError = written?.result as string | null | undefined;
  if (pageError === null) return;
  // Firefox's background is a page with the clipboardWrite permission: it may write itself.
  if (typeof document !== 'undefined') {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png, 'text/plain': new Blob([citation], { type: 'text/plain' }) })]);
    return;
  }
  throw new Error(`Clipboard refused the card: ${pageError ?? 'no answer'}`);
}

function createMenu(): void {
  // removeAll first: onInstalled and onStartup can both run, and ids must be unique.
  browser.contextMenus
    .removeAll()
    .then(() => {
      browser.contextMenus.create({ id: MENU_ID, title: t('contextMenuQuoteCard'), contexts: ['selection'] });
      createPickMenuItem();
    })
    .catch((error: unknown) => console.warn('[Precis] context menu', error));
}

function registerQuoteCardMenu(): void {
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab?: Tabs.Tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined || !canRunOn(tab.url ?? info.pageUrl).ok) return;
    copySelectionAsCard(tab.id, info.selectionText ?? '').catch((error: unknown) => console.warn('[Precis] quote card', error));
  });
  // Reachable only from this extension's own worker (tests drive it here; pages cannot).
  (globalThis as { precisCopySelectionAsCard?: typeof copySelectionAsCard }).precisCopySelectionAsCard = copySelectionAsCard;
}

// Listeners must be added on the worker's first run, synchronously: importing this module does it.
registerQuoteCardMenu();
