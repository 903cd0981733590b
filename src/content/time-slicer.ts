/**
 * Runs queued jobs in slices of about 4 ms, one slice per animation frame (or idle period), so
 * the page never stutters because of us (uBlock Origin Lite's approach to its observer work).
 */
const SLICE_MS = 4;

export interface TimeSlicer {
  push(job: () => void): void;
  clear(): void;
}

type Schedule = (run: () => void) => void;

function defaultSchedule(win: Window): Schedule {
  // Idle time first: late clutter is not urgent. rAF when idle callbacks are missing (Safari).
  if (typeof win.requestIdleCallback === 'function') return (run) => win.requestIdleCallback(run, { timeout: 500 });
  if (typeof win.requestAnimationFrame === 'function') return (run) => win.requestAnimationFrame(run);
  return (run) => setTimeout(run, 16);
}

export function createTimeSlicer(win: Window, onError: (error: unknown) => void, schedule: Schedule = defaultSchedule(win)): TimeSlicer {
  const queue: Array<() => void> = [];
  let scheduled = false;
  const runSlice = (): void => {
    scheduled = false;
    const started = performance.now();
    while (queue.length && performance.now() - started < SLICE_MS) {
      try {
        queue.shift()?.();
      } catch (error) {
        onError(error);
      }
    }
    if (queue.length) kick();
  };
  const kick = (): void => {
    if (scheduled) return;
    scheduled = true;
    schedule(runSlice);
  };
  return {
    push(job) {
      queue.push(job);
      kick();
    },
    clear() {
      queue.length = 0;
    },
  };
}
