/**
 * What is on the popup's tab (tab-start.ts found it and injected the content scripts). The
 * content script extracts the article; the NLP runs here, in the popup, so the page never pays
 * for it.
 */
import type { TextAnalysis } from '../core/types.js';
import type { CleanState, PageReport } from '../shared/article-data.js';
import { sendMessage } from '../shared/protocol.js';
import { analyseText, summariseText } from './analysis-client.js';
import type { CannotRunKind } from './tab-start.js';
import { markPageCleaned, markStep } from './timings.js';

export type { CannotRunKind };

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

/**
 * Ask the tab for its report, once tab-start.ts has injected the content scripts. `onAsked`:
 * both requests are on their way (the popup's own heavy work may start).
 */
export async function loadPage(tabId: number, url: string | null, onAsked?: () => void): Promise<PageOnTab> {
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
