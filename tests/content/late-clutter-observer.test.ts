// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { observeLateClutter } from '../../src/content/late-clutter-observer.js';

afterEach(() => {
  document.body.innerHTML = '';
});

test('batches added subtrees and judges only the outermost ones', async () => {
  const judged: string[][] = [];
  const observer = observeLateClutter(document, (roots) => {
    judged.push(roots.map((r) => r.id));
    return 1;
  }, () => {});
  const outer = document.createElement('div');
  outer.id = 'outer';
  document.body.appendChild(outer);
  const inner = document.createElement('div');
  inner.id = 'inner';
  outer.appendChild(inner);
  await expect.poll(() => judged.length).toBeGreaterThan(0);
  expect(judged.flat()).toEqual(['outer']);
  observer.stop();
});

test('stops itself when it keeps missing', async () => {
  const observer = observeLateClutter(document, () => 0, () => {});
  for (let i = 0; i < 40; i += 1) {
    document.body.appendChild(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 5));
  }
  await expect.poll(() => observer.running, { timeout: 3000 }).toBe(false);
});
