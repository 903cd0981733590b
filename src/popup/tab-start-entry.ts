/**
 * popup-start.js: a classic script in the popup's <head>, run before its modules load. It starts
 * the tab work (tab-start.ts) and leaves it for the popup's module.
 */
import { type TabApi, leaveTabStart, startTabWork } from './tab-start.js';
import { markStep } from './timings.js';

markStep('start-script');

const realm = globalThis as unknown as { browser?: TabApi; chrome?: TabApi };
// Firefox has `browser` (and a callback-style `chrome`); Chrome has promise-returning `chrome` only.
const api = realm.browser ?? realm.chrome;
if (api?.tabs && api.scripting) leaveTabStart(startTabWork(location.search, api));
