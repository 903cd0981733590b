/**
 * "Copy as quote card" for a text selection, start to end: read the selection and its context
 * from the page, find who said it, draw the card on an OffscreenCanvas (a service worker has no
 * DOM, but has OffscreenCanvas; so does Firefox's event page), and write it to the clipboard from
 * the page, whose document has focus right after the menu closes (a service worker has no
 * clipboard at all). The background only wires the menu click to this.
 */
// Straight from its module: the worker then loads the quote finder, not the whole NLP chunk.
import { findQuotes } from '../core/quotes/find-quotes.js';
import { browser } from '../shared/browser.js';
import { uiLanguage } from '../shared/i18n.js';
import { loadOptions } from '../shared/options-storage.js';
import { citationText } from './citation.js';
import { type PageContext, readSelectionContext, writeCardInPage } from './page-functions.js';
import { renderCardPng } from './render-card.js';
import { quoteForSelection, selectionText } from './selection-quote.js';

/** Bytes per String.fromCharCode call: keeps its argument list within the engines' limits. */
const BASE64_CHUNK = 0x8000;

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += BASE64_CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + BASE64_CHUNK));
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
  const speaker = quote?.speaker ?? null;
  const speakerRole = quote?.speakerRole ?? null;
  const png = await renderCardPng({ quote: words, speaker, speakerRole, source, theme: options.cardTheme, ratio: options.cardRatio, locale });
  const citation = citationText({ text: words, speaker, speakerRole }, source, locale);
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
