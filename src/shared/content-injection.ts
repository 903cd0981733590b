import { browser } from './browser.js';
import { canRunOn } from './can-run-on.js';

/** The file name of the built content script (see scripts/build.ts). */
export const CONTENT_SCRIPT_FILE = 'content.js';

/**
 * Make sure our content script runs in the tab. With `activeTab` (the user clicked the icon,
 * the context menu or the shortcut) this works on any site without a host permission. Injecting
 * twice is harmless: the script notices it is already there.
 */
export async function ensureContentScript(tabId: number, url?: string): Promise<void> {
  if (url !== undefined) {
    const verdict = canRunOn(url);
    if (!verdict.ok) throw new Error(verdict.message);
  }
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}
