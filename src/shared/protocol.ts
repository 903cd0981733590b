/**
 * The typed message protocol: one map, name -> (request) => response, used by both sides.
 * Content-script handlers are called by the popup/background with a tab id; background handlers
 * are called by the content script. Every handler checks its sender (see sender-checks.ts).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CleanState, DraftReport } from './article-data.js';
import { browser } from './browser.js';
import { isFromOurExtension } from './sender-checks.js';

/** What the context menu knows of the right-clicked element (Firefox: its id; both: a link's or media's URL). */
export interface MenuTarget {
  elementId?: number;
  linkUrl?: string;
  srcUrl?: string;
}

export interface ProtocolMap {
  /** popup -> content: extract the article (on a clone) and report what was hidden. */
  getPageReport(): DraftReport;
  /** popup/background -> content: clean now, whether or not auto-clean is on. */
  cleanPage(): CleanState;
  /**
   * popup -> content: the reader opened the popup. Clean if the page was judged an article at
   * load, is not cleaned yet, and the reader has not shown it all again on this page.
   */
  cleanOnOpen(): CleanState;
  /** popup/background -> content: clean if not cleaned, else restore everything. */
  toggleClean(): CleanState;
  /** popup -> content: show one hidden block again, or all of them (`id: 'all'`). */
  restoreHidden(request: { id: number | 'all' }): CleanState;
  /** popup -> content: scroll to a passage of the article text and flash it. */
  highlightText(request: { text: string }): boolean;
  /** popup -> content: mark every occurrence of these strings (a party's mentions); returns the count. */
  highlightAll(request: { texts: string[] }): number;
  /**
   * popup/background -> content: open the "Hide this too" picker (true when it opened). From the
   * context menu, `target` says what was right-clicked, for a content script injected only now.
   */
  startPicker(request: { target?: MenuTarget }): boolean;
  /** popup -> content: forget a saved "Hidden by you" rule of this site; its blocks show again. */
  forgetSiteRule(request: { selector: string }): CleanState;
  /** content -> background: how many blocks are hidden now, for the badge. */
  reportHiddenCount(count: number): void;
  /** content -> background: a single-page site now shows another article; the old analysis is void. */
  pageNavigated(): void;
  /** content -> background: inject content-on-demand.js (Readability, the picker) into the sender's frame. */
  injectOnDemand(): void;
}

// The raw `onMessage` stays in this module: handlers register through onTrustedMessage only.
const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
export { sendMessage };

type Handler<K extends keyof ProtocolMap> = Parameters<typeof onMessage<K>>[1];

/**
 * `onMessage` that refuses messages from anything but this extension (checked on every message,
 * not trusted from the manifest). A refused message rejects on the sender's side.
 */
export function onTrustedMessage<K extends keyof ProtocolMap>(type: K, handler: Handler<K>): () => void {
  return onMessage(type, ((message: Parameters<Handler<K>>[0]) => {
    if (!isFromOurExtension(message.sender, browser.runtime.id)) throw new Error(`Refused ${String(type)} from a foreign sender`);
    return handler(message);
  }) as Handler<K>);
}
