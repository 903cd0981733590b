// @vitest-environment happy-dom
/**
 * The slicer hands the main thread back between slices: a task the page queued while a long walk
 * runs gets to run before the walk ends. (Task lengths in a real browser: e2e/huge-page.spec.ts.)
 */
import { expect, test } from 'vitest';
import { runSliced } from '../../src/content/run-sliced.js';
import type { Steps } from '../../src/extract/steps.js';

/** A walk of `n` steps of about `stepMs` each. */
function* busyWalk(n: number, stepMs: number): Steps<number> {
  for (let i = 0; i < n; i += 1) {
    const until = performance.now() + stepMs;
    while (performance.now() < until) {
      // busy
    }
    yield;
  }
  return n;
}

test('a page task queued during the walk runs before the walk ends', async () => {
  const events: string[] = [];
  setTimeout(() => events.push('page task'), 0);
  const done = runSliced(busyWalk(40, 1), window).then((n) => events.push(`walk done ${n}`));
  await done;
  expect(events).toEqual(['page task', 'walk done 40']);
});
