/**
 * Messages from the popup to the page. Highlighting is a convenience: if the page has gone away
 * (tab closed, navigated) the popup stays usable, so those failures are swallowed.
 */
import type { CleanState } from '../shared/article-data.js';
import { sendMessage } from '../shared/protocol.js';

export const cleanPage = (tabId: number): Promise<CleanState> => sendMessage('cleanPage', undefined, tabId);

export const restoreHidden = (tabId: number, id: number | 'all'): Promise<CleanState> => sendMessage('restoreHidden', { id }, tabId);

export function highlightPassage(tabId: number, text: string): void {
  sendMessage('highlightText', { text }, tabId).catch(() => undefined);
}

export function highlightMentions(tabId: number, texts: string[]): void {
  sendMessage('highlightAll', { texts }, tabId).catch(() => undefined);
}
