/**
 * The popup's first moves, started before Preact renders anything (an effect would run only
 * after the first paint). The tab work (find the tab, inject the content scripts, which read the
 * article: Readability, the long pole, in the tab's own process) began even earlier, in
 * popup-start.js (tab-start.ts); from here: load the NLP while the tab reads, take the report,
 * and read the options. Everything waits on what it needs only.
 */
import { browser } from '../shared/browser.js';
import type { Options } from '../shared/options.js';
import { loadOptions } from '../shared/options-storage.js';
import { startAnalysis } from './analysis-client.js';
import { type PageLoad, loadPage } from './load-report.js';
import { type TabApi, startTabWork, takeTabStart } from './tab-start.js';
import { markStep } from './timings.js';

export interface PopupStartup {
  tabId: Promise<number | null>;
  /** null when there is no tab to talk about. */
  page: Promise<PageLoad | null>;
  url: Promise<string | null>;
  options: Promise<Options>;
}

export function startPopup(search: string): PopupStartup {
  markStep('started');
  // popup-start.js's work, or (no such script ran: the unit tests) the same work begun now.
  const { tabId, url, injection } = takeTabStart() ?? startTabWork(search, browser as unknown as TabApi);
  let waiting = true;
  // The tab's requests left from popup-start.js already: nothing here holds them up any more.
  startAnalysis(() => waiting);
  const page = injection
    .then(async (injected): Promise<PageLoad | null> => {
      if (injected === null || injected.kind === 'cannot-run') return injected;
      return loadPage(injected);
    })
    .finally(() => (waiting = false));
  const options = loadOptions();
  // Awaited later by the data hook; settled here so an early failure is not reported as unhandled.
  for (const p of [page, options]) p.catch(() => undefined);
  return { tabId, page, url, options };
}
