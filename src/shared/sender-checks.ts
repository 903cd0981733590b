import type { Runtime } from './browser.js';

/**
 * Messages are only accepted from our own extension. A content script of another extension, or
 * a web page, cannot reach runtime.onMessage without `externally_connectable`, but checking the
 * id costs nothing and keeps a future manifest change from opening a hole.
 */
export function isFromOurExtension(sender: Runtime.MessageSender, ourId: string): boolean {
  return sender.id === ourId;
}

/** A message from a content script carries the tab it runs in; one without a tab is refused. */
export function senderTabId(sender: Runtime.MessageSender): number | null {
  return typeof sender.tab?.id === 'number' ? sender.tab.id : null;
}
