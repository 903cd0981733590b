/**
 * `t()` for a content script that has no other use for the polyfill: the browser's own i18n API
 * (`browser.i18n` in Firefox, `chrome.i18n` in Chrome), whose getMessage is synchronous and the
 * same in both, so the polyfill adds nothing here. content-on-demand.js needs strings only for
 * the picker; importing i18n.ts made it carry webextension-polyfill, whose set-up (its API table
 * and wrappers, built at the script's top level) took about 10 of the 15 ms between the script's
 * start and the popup's read in the tab, on the popup's way to 'analysed' (issue 12).
 */
import type { MessageKey } from './i18n.js';

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

function i18nApi(): I18nApi | null {
  const realm = globalThis as unknown as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return realm.browser?.i18n ?? realm.chrome?.i18n ?? null;
}

export function rawT(key: MessageKey, substitutions?: string | string[]): string {
  // As i18n.ts's t(): getMessage returns '' for an unknown key; the key itself is a more useful fallback.
  return i18nApi()?.getMessage(key, substitutions) || key;
}
