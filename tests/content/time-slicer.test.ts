import { expect, test } from 'vitest';
import { createTimeSlicer } from '../../src/content/time-slicer.js';

test('runs jobs in slices of about 4 ms, then yields to the next frame', () => {
  const frames: Array<() => void> = [];
  const errors: unknown[] = [];
  const slicer = createTimeSlicer({} as Window, (e) => errors.push(e), (run) => frames.push(run));
  const done: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    slicer.push(() => {
      const until = performance.now() + 3;
      while (performance.now() < until) {
        // busy work standing in for judging a subtree
      }
      done.push(i);
    });
  }
  expect(frames.length).toBe(1);
  frames.shift()!();
  // A 4 ms slice fits two 3 ms jobs at most: the rest waits for the next frame.
  expect(done.length).toBeLessThanOrEqual(2);
  while (frames.length) frames.shift()!();
  expect(done).toEqual([0, 1, 2, 3, 4]);
  expect(errors).toEqual([]);
});

test('a throwing job is reported, never thrown into the page, and the queue goes on', () => {
  const frames: Array<() => void> = [];
  const errors: unknown[] = [];
  const slicer = createTimeSlicer({} as Window, (e) => errors.push(e), (run) => frames.push(run));
  let ran = false;
  slicer.push(() => {
    throw new Error('bad page');
  });
  slicer.push(() => {
    ran = true;
  });
  expect(() => frames.shift()!()).not.toThrow();
  expect(errors.length).toBe(1);
  expect(ran).toBe(true);
});
