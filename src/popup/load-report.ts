/**
 * Which tab the popup is about, and what is on it. The popup reads `?tabId=N` (tests open the
 * popup page in a tab) and otherwise takes the active tab of its window.
 */
import { analyzeText, type TextAnalysis } from '../core/index.js';
import type { PageReport } from '../shared/article-data.js';
import { browser } from '../shared/browser.js';
import { canRunOn } from '../shared/can-run-on.js';
import { ensureContentScript } from '../shared/content-injection.js';
import { sendMessage } from '../shared/protocol.js';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'cannot-run'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; tabId: number; report: PageReport; analysis: TextAnalysis; nlpMs: number };

export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function loadReport(tabId: number, sentences: number): Promise<PopupState> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (tab?.url !== undefined) {
    const verdict = canRunOn(tab.url);
    if (!verdict.ok) return { kind: 'cannot-run', message: verdict.message };
  }
  try {
    await ensureContentScript(tabId);
  } catch {
    return { kind: 'cannot-run', message: 'The browser does not let extensions read this page.' };
  }
  const report = await sendMessage('getPageReport', undefined, tabId);
  const started = performance.now();
  const analysis = analyzeText(report.article.text, { sentences, title: report.article.title });
  return { kind: 'ready', tabId, report, analysis, nlpMs: performance.now() - started };
}
