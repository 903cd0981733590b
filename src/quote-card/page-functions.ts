/**
 * The two functions "Copy as quote card" runs IN the page with scripting.executeScript. They are
 * serialised as source text, so neither may use anything from outside its own body.
 */

export interface PageContext {
  selection: string;
  paragraph: string;
  siteName: string | null;
  published: string | null;
  url: string;
}

/** Runs in the page: the selection, its paragraph (for the speaker) and the page's outlet/date. */
export function readSelectionContext(): PageContext {
  // Inlined (not module constants): the function travels to the page as source text alone.
  const MAX_PARAGRAPH_CHARS = 5000;
  const selection = getSelection();
  const anchor = selection?.anchorNode ?? null;
  const element = anchor instanceof Element ? anchor : (anchor?.parentElement ?? null);
  const block = element?.closest('p, blockquote, li, figcaption, dd, td, article, section, div');
  const meta = (selector: string): string | null => document.querySelector<HTMLMetaElement>(selector)?.content || null;
  return {
    selection: selection?.toString() ?? '',
    paragraph: (block?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_PARAGRAPH_CHARS),
    siteName: meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]'),
    published: meta('meta[property="article:published_time"]') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    url: location.href,
  };
}

/** Runs in the page: write the card (and its citation as text) to the clipboard; null or the error. */
export async function writeCardInPage(pngBase64: string, text: string): Promise<string | null> {
  try {
    const bytes = Uint8Array.from(atob(pngBase64), (c) => c.charCodeAt(0));
    const item = new ClipboardItem({ 'image/png': new Blob([bytes], { type: 'image/png' }), 'text/plain': new Blob([text], { type: 'text/plain' }) });
    await navigator.clipboard.write([item]);
    return null;
  } catch (error) {
    return String(error);
  }
}
