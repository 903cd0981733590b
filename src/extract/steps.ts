/**
 * Long walks over the page are written once, as generators that pause every few hundred
 * elements. The CLI and the tests run them to the end at once (`runNow`); the content script
 * runs them in short slices between the page's own tasks (content/run-sliced.ts), so no task of
 * ours blocks the page for long, however big the page is.
 */
export type Steps<T> = Generator<void, T, void>;

/**
 * Elements visited between two pauses. A pause costs a generator resume (well under a
 * microsecond); visiting 128 elements costs ~0.05-0.2 ms, so the slicer's clock is read often
 * enough to stop a slice within a fraction of a millisecond of its budget, even on a busy machine.
 */
export const PAUSE_EVERY = 128;

export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
