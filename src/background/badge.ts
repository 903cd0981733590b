import { browser } from '../shared/browser.js';

/** The toolbar badge shows how many blocks are hidden on that tab; nothing when none. */
export async function showHiddenCount(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f6f4f' });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}
