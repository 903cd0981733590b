/**
 * The meeting point of the two content scripts: `content.js` (loaded on every cleaned page, kept
 * small) and `content-on-demand.js` (Readability and the "Hide this too" picker, injected only
 * when the popup asks for the article or the reader starts the picker).
 *
 * Both run in this extension's isolated world of the same frame, so they share its global; the
 * slot sits there under a registered symbol, which no page can name or reach (a page's elements
 * become named properties of the page's window only, and only as strings). Either script may
 * arrive first: the slot holds the waiters until the tools register.
 */
import type { draftArticle } from '../../extract/article-draft.js';
import type { openPickSession } from '../picker/pick-session.js';

export interface OnDemandTools {
  draftArticle: typeof draftArticle;
  openPickSession: typeof openPickSession;
}

interface Slot {
  tools: OnDemandTools | null;
  waiters: Array<(tools: OnDemandTools) => void>;
}

const SLOT = Symbol.for('precis.content-on-demand');

function slot(): Slot {
  const realm = globalThis as unknown as Record<symbol, Slot | undefined>;
  realm[SLOT] ??= { tools: null, waiters: [] };
  return realm[SLOT];
}

/** Called once by content-on-demand.js; a second injection finds the tools already there. */
export function provideOnDemand(tools: OnDemandTools): void {
  const s = slot();
  if (s.tools) return;
  s.tools = tools;
  for (const wake of s.waiters.splice(0)) wake(tools);
}

export function onDemandNow(): OnDemandTools | null {
  return slot().tools;
}

export function whenOnDemand(): Promise<OnDemandTools> {
  const s = slot();
  return s.tools ? Promise.resolve(s.tools) : new Promise((resolve) => s.waiters.push(resolve));
}
