/**
 * The welcome page opens once, when Precis is first installed: never on an update, a browser
 * update or a restart (runtime.onInstalled says which). Opening a tab needs no permission.
 */
import { browser, type Runtime } from '../shared/browser.js';

export const WELCOME_PAGE = 'welcome.html';

export function opensWelcome(details: Pick<Runtime.OnInstalledDetailsType, 'reason'>): boolean {
  return details.reason === 'install';
}

export function registerWelcome(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (!opensWelcome(details)) return;
    browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch((error: unknown) => console.warn('[Precis] welcome page', error));
  });
}
