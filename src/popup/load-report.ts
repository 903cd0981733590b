/**
 * What is on the popup's tab (tab-start.ts found it and injected the content scripts). The
 * content scripts extract the article; the NLP runs here, in the popup, so the page never pays
 * for it.
 */
import type { TextAnalysis } from '../core/types.js';
import type { CleanState, DraftReport, PageReport } from '../shared/article-data.js';
import { sendMessage } from '../shared/protocol.js';
import { analyseText, finishDraft, summariseText } from './analysis-client.js';
import type { CannotRunKind, Injected } from './tab-start.js';
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

/** The tab's report with its article finished here (the chunk cleaner runs in the popup); its read times were marked already. */
async function finished({ draft, readTimes: _readTimes, ...state }: DraftReport): Promise<PageReport> {
  return { ...state, article: await finishDraft(draft) };
}

const cleanOnOpenIn = (tabId: number): Promise<CleanState | null> =>
  sendMessage('cleanOnOpen', undefined, tabId).then(
    (clean) => (clean.cleaned && markPageCleaned(), clean),
    // A failed clean must not cost the reader the summary.
    () => null,
  );

/**
 * The tab's report, once tab-start.ts has injected the scripts: the one content-on-demand.js read
 * as it arrived, or (content.js was already running there) content.js's answer. Then the clean on
 * open: the content script decides (an article, the setting on, the site not on the never list).
 */
export async function loadPage(injected: Injected): Promise<PageOnTab> {
  const { tabId, url, firstRead } = injected;
  if (firstRead) {
    // content.js was asked for right behind the read; the clean waits for it, the analysis does not.
    const cleanOnOpen = injected.contentScript.then(() => cleanOnOpenIn(tabId), () => null);
    const report = await finished(firstRead);
    markStep('report');
    return { kind: 'page', tabId, url: url ?? report.article.url, report, cleanOnOpen };
  }
  await injected.contentScript;
  // Both requests leave now, the report first: the tab reads the article (Readability, the long
  // pole), answers, and then cleans, so the analysis is not held up by the clean.
  const reply = sendMessage('getPageReport', undefined, tabId);
  const cleanOnOpen = cleanOnOpenIn(tabId);
  const report = await finished(await reply);
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
