/**
 * Which tab the popup is about, and what is on it. The popup reads `?tabId=N` (tests open the
 * popup page in a tab) and otherwise takes the active tab of its window. The content script
 * extracts the article; the NLP runs here, in the popup, so the page never pays for it.
 */
import type { TextAnalysis } from '../core/types.js';
import type { PageReport } from '../shared/article-data.js';
import { browser } from '../shared/browser.js';
import { canRunOn } from '../shared/can-run-on.js';
import { ensureContentScript } from '../shared/content-injection.js';
import { sendMessage } from '../shared/protocol.js';
import { markPageCleaned } from './timings.js';

export type CannotRunKind = 'browser-page' | 'store' | 'pdf' | 'not-web' | 'invalid' | 'blocked';

export type PageLoad = { kind: 'cannot-run'; why: CannotRunKind } | { kind: 'page'; tabId: number; url: string | null; report: PageReport };

export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The tab's URL when the browser lets us see it (activeTab, or a granted host), else null. */
export async function tabUrl(tabId: number): Promise<string | null> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return tab?.url ?? tab?.pendingUrl ?? null;
}

export async function loadPage(tabId: number): Promise<PageLoad> {
  const url = await tabUrl(tabId);
  if (url !== null) {
    const verdict = canRunOn(url);
    if (!verdict.ok) return { kind: 'cannot-run', why: verdict.kind };
  }
  try {
    performance.mark('t-start-inject');
    await ensureContentScript(tabId, undefined, true);
    performance.mark('t-injected');
  } catch {
    // No URL and no injection: a browser page we may not even see the address of.
    return { kind: 'cannot-run', why: 'blocked' };
  }
  // The toolbar click cleans an article first (the content script decides: an article, the
  // setting on, the site not on the never list); the slower Readability report comes after,
  // so the page is clean while the popup still shows its skeleton.
  // A failed clean must not cost the reader the summary: the report below still comes.
  const clean = await sendMessage('cleanOnOpen', undefined, tabId).catch(() => null);
  performance.mark('t-cleanOnOpen');
  if (clean?.cleaned) markPageCleaned();
  const report = await sendMessage('getPageReport', undefined, tabId);
  performance.mark('t-report');
  return { kind: 'page', tabId, url: url ?? report.article.url, report };
}

/**
 * The core (the NLP bundle with its lexicon) is its own chunk, fetched and compiled the moment
 * the popup starts: that work runs here while the tab's renderer injects the content script and
 * reads the article, instead of after it. A failed load surfaces on use, not at startup.
 */
let coreModule: Promise<typeof import('../core/index.js')> | null = null;
export function loadCore(): Promise<typeof import('../core/index.js')> {
  coreModule ??= import('../core/index.js');
  return coreModule;
}

export async function analyse(report: PageReport, sentences: number): Promise<TextAnalysis> {
  const { analyzeText } = await loadCore();
  performance.mark('t-imported');
  const { title, byline, siteName } = report.article;
  return analyzeText(report.article.text, { sentences, title, byline, siteName });
}

export async function resummarise(report: PageReport, sentences: number): Promise<TextAnalysis['summary']> {
  const { summarize } = await loadCore();
  return summarize(report.article.text, sentences, report.article.title);
}
