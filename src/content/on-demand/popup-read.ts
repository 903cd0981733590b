/**
 * The popup's first read of a tab where content.js is not running yet (the popup injected
 * content-on-demand.js through activeTab). Readability is all this needs: reading here, in the
 * injection itself, hands the report to the popup as the injection's result
 * (scripting.executeScript returns the script's last value), before content.js (the cleaner, the
 * load-time pass) is even compiled; the popup injects content.js right after, for the clean on
 * open and the clean panel. Where content.js already runs (auto-clean, an earlier popup, the
 * picker), it owns the page's state: null, and the popup asks it (getPageReport).
 */
import { draftArticle } from '../../extract/article-draft.js';
import type { DraftReport } from '../../shared/article-data.js';
import { contentScriptLoaded } from '../loaded-mark.js';

const epochNow = (): number => performance.timeOrigin + performance.now();

export function readForPopup(doc: Document = document, url: string = location.href): DraftReport | null {
  if (contentScriptLoaded()) return null;
  try {
    const started = epochNow();
    const draft = draftArticle(doc, url);
    // Nothing is hidden yet: content.js, which alone cleans, has not run in this frame.
    return { cleaned: false, hidden: [], draft, readTimes: { started, done: epochNow() } };
  } catch (error) {
    // The popup then asks content.js, which reports the failure as it always has.
    console.debug('[Precis] first read failed', error);
    return null;
  }
}
