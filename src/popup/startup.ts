/**
 * The popup's first moves, started before Preact renders anything (an effect would run only
 * after the first paint): find the tab, ask it for its report (injection, the clean on open,
 * Readability: the long pole, in the tab's own process), then load the NLP while the tab works;
 * meanwhile read the options and the tab's address. Everything waits on what it needs only.
 */
import type { Options } from '../shared/options.js';
import { loadOptions } from '../shared/options-storage.js';
import { startAnalysis } from './analysis-client.js';
import { type PageLoad, loadPage, tabUrl, targetTabId } from './load-report.js';
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
  const tabId = targetTabId(search);
  const url = tabId.then((id) => (id === null ? null : tabUrl(id)));
  let waiting = true;
  // The NLP loads once the tab has its requests (see analysis-client.ts).
  const page = tabId
    .then((id) => (id === null ? null : loadPage(id, url, () => startAnalysis(() => waiting))))
    .finally(() => (waiting = false));
  const options = loadOptions();
  // Awaited later by the data hook; settled here so an early failure is not reported as unhandled.
  for (const p of [tabId, url, page, options]) p.catch(() => undefined);
  return { tabId, page, url, options };
}
