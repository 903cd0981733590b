/**
 * Runs a walk (extract/steps.ts) in slices: work until the slice's budget is spent, hand the main
 * thread back to the page (input, rendering, its own scripts), then go on. Every task of ours
 * stays far below the 50 ms a "long task" is, on any page.
 */
import type { Steps } from '../extract/steps.js';

/**
 * Work per slice. A long task is 50 ms; one step between two clock readings is ~0.3 ms, and a
 * few unsplittable calls (a selector over the page, Readability's reader check) add a few ms, so
 * 8 ms keeps every task well under it while the number of slices stays small.
 */
export const SLICE_BUDGET_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** `scheduler.yield()` (Chromium) resumes ahead of other queued tasks; else a fresh macrotask. */
function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield.call(scheduler);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export async function runSliced<T>(steps: Steps<T>, win: Window = window, budgetMs = SLICE_BUDGET_MS): Promise<T> {
  for (;;) {
    const started = performance.now();
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (performance.now() - started >= budgetMs) break;
    }
    await yieldToPage(win);
  }
}
