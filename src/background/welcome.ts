/**
 * The welcome page opens once, when Precis is first installed: never on an update, a browser
 * update or a restart. runtime.onInstalled says "install" for a first install, but Chromium also
 * says it on every start for an extension loaded with --load-extension; a flag in storage.local
 * (which an uninstall clears) keeps that from showing the page twice. Opening a tab needs no
 * permission.
 */
import { browser, type Runtime } from '../shared/browser.js';

export const WELCOME_PAGE = 'welcome.html';
const SHOWN_KEY = 'welcomeShown';

export function opensWelcome(details: Pick<Runtime.OnInstalledDetailsType, 'reason'>, shownBefore: boolean): boolean {
  return details.reason === 'install' && !shownBefore;
}

async function openWelcomeOnce(details: Runtime.OnInstalledDetailsType): Promise<void> {
  const shownBefore = (await browser.storage.local.get(SHOWN_KEY))[SHOWN_KEY] === true;
  if (!opensWelcome(details, shownBefore)) return;
  await browser.storage.local.set({ [SHOWN_KEY]: true });
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}

export function registerWelcome(): void {
  browser.runtime.onInstalled.addListener((details) => {
    openWelcomeOnce(details).catch((error: unknown) => console.warn('[Precis] welcome page', error));
  });
}
