/**
 * Which tab the popup is about, and what is on it. The popup reads `?tabId=N` (tests open the
 * popup page in a tab) and otherwise takes the active tab of its window. The content script
 * extracts the article; the NLP runs here, in the popup, so the page never pays for it.
 */
import type { TextAnalysis } from '../core/types.js';
import type { CleanState, PageReport } from '../shared/article-data.js';
import { browser } from '../shared/browser.js';
import { canRunOn } from '../shared/can-run-on.js';
import { ensureContentScript } from '../shared/content-injection.js';
import { sendMessage } from '../shared/protocol.js';
import { analyseText, summariseText } from './analysis-client.js';
import { markPageCleaned, markStep } from './timings.js';

export type CannotRunKind = 'browser-page' | 'store' | 'pdf' | 'not-web' | 'invalid' | 'blocked';

export interface PageOnTab {
  kind: 'page';
  tabId: number;
  url: string | null;
  /** The article and the clean state when it was read (before the clean on open, if one runs). */
  report: PageReport;
  /** The clean on open's reply: the state after it (null if the tab could not say). */
  cleanOnOpen: Promise<CleanState | null>;
}

export type PageLoad = { kind: 'cannot-run'; why: CannotRunKind } | PageOnTab;

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

/** `onAsked`: both requests to the tab are on their way (the popup's own heavy work may start). */
export async function loadPage(tabId: number, knownUrl: Promise<string | null> = tabUrl(tabId), onAsked?: () => void): Promise<PageLoad> {
  const url = await knownUrl;
  markStep('tab-address');
  if (url !== null) {
    const verdict = canRunOn(url);
    if (!verdict.ok) return { kind: 'cannot-run', why: verdict.kind };
  }
  try {
    // Readability and the picker come too: the report below needs the first.
    await ensureContentScript(tabId, undefined, true);
  } catch {
    // No URL and no injection: a browser page we may not even see the address of.
    return { kind: 'cannot-run', why: 'blocked' };
  }
  markStep('scripts-injected');
  // Both requests leave now, the report first: the tab reads the article (Readability, the long
  // pole), answers, and then cleans an article (the content script decides: an article, the
  // setting on, the site not on the never list), so the analysis is not held up by the clean.
  // A failed clean must not cost the reader the summary.
  const reply = sendMessage('getPageReport', undefined, tabId);
  const cleanOnOpen = sendMessage('cleanOnOpen', undefined, tabId).then(
    (clean) => (clean.cleaned && markPageCleaned(), clean),
    () => null,
  );
  onAsked?.();
  const report = await reply;
  markStep('report');
  return { kind: 'page', tabId, url: url ?? report.article.url, report, cleanOnOpen };
}

export async function analyse(report: PageReport, sentences: number): Promise<TextAnalysis> {
  const { title, byline, siteName } = report.article;
  return analyseText(report.article.text, { sentences, title, byline, siteName });
}

export async function resummarise(report: PageReport, sentences: number): Promise<TextAnalysis['summary']> {
  return summariseText(report.article.text, sentences, report.article.title);
}
