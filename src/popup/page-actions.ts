/**
 * Messages from the popup to the page. Highlighting is a convenience: if the page has gone away
 * (tab closed, navigated) the popup stays usable, so those failures are swallowed.
 */
import type { CleanState } from '../shared/article-data.js';
import { sendMessage } from '../shared/protocol.js';

export const cleanPage = (tabId: number): Promise<CleanState> => sendMessage('cleanPage', undefined, tabId);

export const restoreHidden = (tabId: number, id: number | 'all'): Promise<CleanState> => sendMessage('restoreHidden', { id }, tabId);

/** Opens the "Hide this too" picker in the page; the popup then closes so the reader can point. */
export const startPicker = (tabId: number): Promise<boolean> => sendMessage('startPicker', {}, tabId);

export const forgetSiteRule = (tabId: number, selector: string): Promise<CleanState> => sendMessage('forgetSiteRule', { selector }, tabId);

export function highlightPassage(tabId: number, text: string): void {
  sendMessage('highlightText', { text }, tabId).catch(() => undefined);
}

export function highlightMentions(tabId: number, texts: string[]): void {
  sendMessage('highlightAll', { texts }, tabId).catch(() => undefined);
}
