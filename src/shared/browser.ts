/**
 * The ONLY import of webextension-polyfill in the project: one promise-based `browser` for
 * Chrome and Firefox. Everything else imports `browser` from here (enforced by lint).
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';
export { browser };
