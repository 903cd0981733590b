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
    // Keep only outermost roots that are still in the page. Climbing each root's ancestors is
    // O(roots x depth); comparing every pair was O(roots^2) on an infinite-scroll batch.
    const added = new Set(pending);
    const isOutermost = (el: Element): boolean => {
      for (let up = el.parentElement; up; up = up.parentElement) if (added.has(up)) return false;
      return true;
    };
    const roots = [...added].filter((el) => el.isConnected && isOutermost(el));
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
