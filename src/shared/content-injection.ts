import { browser } from './browser.js';
import { canRunOn } from './can-run-on.js';
import { CONTENT_SCRIPT_FILE, ON_DEMAND_FILE } from './content-files.js';

export { CONTENT_SCRIPT_FILE, ON_DEMAND_FILE };

/**
 * Make sure our content script runs in the tab. With `activeTab` (the user clicked the icon,
 * the context menu or the shortcut) this works on any site without a host permission. Injecting
 * twice is harmless: each script notices it is already there. `onDemand`: the caller is about to
 * ask for the article or the picker, so content-on-demand.js comes in the same call (no second
 * round trip later); content.js goes first so its load-time pass starts at once.
 */
export async function ensureContentScript(tabId: number, url?: string, onDemand = false): Promise<void> {
  if (url !== undefined) {
    const verdict = canRunOn(url);
    if (!verdict.ok) throw new Error(verdict.message);
  }
  const files = onDemand ? [CONTENT_SCRIPT_FILE, ON_DEMAND_FILE] : [CONTENT_SCRIPT_FILE];
  await browser.scripting.executeScript({ target: { tabId }, files });
}

/** The on-demand tools into the frame of a content script that asked (injectOnDemand). */
export async function injectOnDemand(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ON_DEMAND_FILE] });
}
