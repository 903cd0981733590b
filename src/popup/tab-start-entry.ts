/**
 * popup-start.js: a classic script in the popup's <head>, run before its modules load. It starts
 * the tab work (tab-start.ts) and leaves it for the popup's module; once the tab's requests are
 * out, the NLP core's chunks start loading (preload-later.ts).
 */
import { preloadNow } from './preload-later.js';
import { type TabApi, leaveTabStart, startTabWork } from './tab-start.js';
import { markStep } from './timings.js';

markStep('start-script');

const realm = globalThis as unknown as { browser?: TabApi; chrome?: TabApi };
// Firefox has `browser` (and a callback-style `chrome`); Chrome has promise-returning `chrome` only.
const api = realm.browser ?? realm.chrome;
if (api?.tabs && api.scripting) {
  const start = startTabWork(location.search, api, () => preloadNow());
  leaveTabStart(start);
  // No injection to wait for (no tab, a page we cannot run on): the NLP may load now.
  start.injection.then((injected) => injected?.kind !== 'injected' && preloadNow(), () => preloadNow());
} else preloadNow();
