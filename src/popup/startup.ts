/**
 * The popup's first moves, started before Preact renders anything (an effect would run only
 * after the first paint). The tab work (find the tab, inject the content scripts) began even
 * earlier, in popup-start.js (tab-start.ts); from here: ask the tab for its report (the clean
 * on open and Readability, the long pole, in the tab's own process), then load the NLP while
 * the tab works; meanwhile read the options. Everything waits on what it needs only.
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
  // The NLP loads once the tab has its requests (see analysis-client.ts).
  const page = injection
    .then(async (injected): Promise<PageLoad | null> => {
      if (injected === null || injected.kind === 'cannot-run') return injected;
      return loadPage(injected.tabId, injected.url, () => startAnalysis(() => waiting));
    })
    .finally(() => (waiting = false));
  const options = loadOptions();
  // Awaited later by the data hook; settled here so an early failure is not reported as unhandled.
  for (const p of [page, options]) p.catch(() => undefined);
  return { tabId, page, url, options };
}
