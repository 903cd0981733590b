/**
 * Late clutter (a "Trending" box injected after load, infinite scroll) is caught by a
 * MutationObserver that only collects added subtrees; the judging happens later, in time slices.
 * It turns itself off when it keeps missing: a page that adds nothing we hide is not worth
 * watching (and watching costs the page).
 */
import { createTimeSlicer } from './time-slicer.js';

/** Consecutive batches without a single hide before the observer gives up. */
const MAX_MISSES = 30;

export interface LateClutterObserver {
  stop(): void;
  readonly running: boolean;
}

/** `judge` hides what it finds under the given roots and returns how many blocks it hid. */
export function observeLateClutter(doc: Document, judge: (roots: Element[]) => number, onError: (e: unknown) => void): LateClutterObserver {
  const win = doc.defaultView ?? window;
  const slicer = createTimeSlicer(win, onError);
  let pending: Element[] = [];
  let misses = 0;
  let running = true;

  const flush = (): void => {
    // Keep only outermost roots that are still in the page.
    const roots = pending.filter((el, i) => el.isConnected && !pending.some((other, j) => j !== i && other !== el && other.contains(el)));
    pending = [];
    for (const root of roots) {
      slicer.push(() => {
        if (!running || !root.isConnected) return;
        misses = judge([root]) > 0 ? 0 : misses + 1;
        if (misses >= MAX_MISSES) stop();
      });
    }
  };

  const observer = new win.MutationObserver((records) => {
    try {
      const hadPending = pending.length > 0;
      for (const record of records) {
        record.addedNodes.forEach((node) => {
          if (node.nodeType === 1) pending.push(node as Element);
        });
      }
      if (!hadPending && pending.length) slicer.push(flush);
    } catch (error) {
      onError(error);
    }
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });

  const stop = (): void => {
    running = false;
    observer.disconnect();
    slicer.clear();
    pending = [];
  };
  return {
    stop,
    get running() {
      return running;
    },
  };
}
