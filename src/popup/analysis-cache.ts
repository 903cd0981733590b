/**
 * Reopening the popup on the same page is instant: the analysis is kept in storage.session
 * (memory only, cleared when the browser closes, never synced) under the tab and its URL.
 * The text length is part of the key, so a page that changed is analysed again.
 * What is read back is validated: a corrupt entry is dropped (and recomputed by the caller),
 * a corrupt index is started afresh; neither ever reaches the UI.
 */
import type { TextAnalysis } from '../core/types.js';
import type { PageReport } from '../shared/article-data.js';
import { analysisKey } from '../shared/analysis-cache-key.js';
import { browser } from '../shared/browser.js';
import { CachedAnalysisSchema, RecentTabsSchema, parseStored } from '../shared/stored-shapes.js';

export interface CachedAnalysis {
  url: string;
  textLength: number;
  sentences: number;
  report: PageReport;
  analysis: TextAnalysis;
}

const keyFor = analysisKey;

function session(): typeof browser.storage.session | null {
  // Older Firefox builds lack storage.session; then there is simply no cache.
  return browser.storage.session ?? null;
}

export async function readCached(tabId: number, url: string | null): Promise<CachedAnalysis | null> {
  const store = session();
  if (!store || url === null) return null;
  const key = keyFor(tabId);
  const stored: unknown = (await store.get(key))[key];
  if (stored === undefined) return null;
  const entry = parseStored(CachedAnalysisSchema, stored);
  if (!entry) {
    await store.remove([key]).catch(() => undefined);
    return null;
  }
  return entry.url === url ? entry : null;
}

export function isFresh(entry: CachedAnalysis, report: PageReport, sentences: number): boolean {
  return entry.textLength === report.article.text.length && entry.sentences === sentences;
}

/** How many tabs keep an analysis: storage.session holds 10 MB, and old tabs are rarely reopened. */
export const MAX_CACHED_TABS = 20;
const INDEX_KEY = 'analysis:recent';

export async function writeCached(tabId: number, entry: CachedAnalysis): Promise<void> {
  const store = session();
  if (!store) return;
  const recent = parseStored(RecentTabsSchema, (await store.get(INDEX_KEY))[INDEX_KEY]) ?? [];
  const next = [tabId, ...recent.filter((id) => id !== tabId)];
  const dropped = next.splice(MAX_CACHED_TABS);
  await store.set({ [keyFor(tabId)]: entry, [INDEX_KEY]: next });
  if (dropped.length > 0) await store.remove(dropped.map(keyFor));
}
