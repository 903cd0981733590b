// @vitest-environment happy-dom
/**
 * The cleaner on a real-ish DOM (happy-dom): hides by attribute + one stylesheet, restores one
 * block or all of them, and after "restore all" the page serialises exactly as before.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { readPageAtLoad } from '../../src/extract/page-load.js';
import { HIDDEN_ATTR, RESTORED_ATTR } from '../../src/content/hide-style.js';
import { createPageCleaner } from '../../src/content/page-cleaner.js';

const html = readFileSync('tests/fixtures/pages/harbour-ferry-strike.html', 'utf8');
const body = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));

function makeCleaner(onChange?: () => void) {
  const { context, location } = readPageAtLoad(document, 'https://news.example/transport/ferry');
  return createPageCleaner(document, () => ({ context, article: location }), { onChange });
}

beforeEach(() => {
  document.title = 'Ferry Crews Vote To Strike As Harbour Transit Talks Collapse - Northgate Ledger';
  document.body.innerHTML = body;
});
afterEach(() => {
  document.body.innerHTML = '';
});

test('clean hides clutter with attributes and one adopted stylesheet, never removing a node', async () => {
  const nodesBefore = document.body.querySelectorAll('*').length;
  const cleaner = makeCleaner();
  const state = await cleaner.clean();
  expect(state.cleaned).toBe(true);
  expect(state.hidden.map((h) => h.reason)).toEqual(expect.arrayContaining(['trending', 'related', 'feedback', 'ad', 'duplicate-title']));
  expect(document.querySelectorAll(`[${HIDDEN_ATTR}]`).length).toBe(state.hidden.length);
  expect(document.body.querySelectorAll('*').length).toBe(nodesBefore);
  expect(document.adoptedStyleSheets.length).toBe(1);
  expect(document.querySelector('h1')?.hasAttribute(HIDDEN_ATTR)).toBe(false);
  cleaner.restore('all');
});

test('restoring one block marks only that block; restoring all gives back the exact page', async () => {
  const before = document.documentElement.outerHTML;
  const cleaner = makeCleaner();
  const state = await cleaner.clean();
  const trending = state.hidden.find((h) => h.reason === 'trending')!;
  const after = cleaner.restore(trending.id);
  expect(after.hidden.find((h) => h.id === trending.id)?.restored).toBe(true);
  expect(document.querySelectorAll(`[${RESTORED_ATTR}]`).length).toBe(1);
  const all = cleaner.restore('all');
  expect(all).toEqual({ cleaned: false, hidden: [] });
  expect(document.adoptedStyleSheets.length).toBe(0);
  expect(document.documentElement.outerHTML).toBe(before);
});

test('late clutter is hidden by the observer, in a later slice, and reported', async () => {
  let changes = 0;
  const cleaner = makeCleaner(() => {
    changes += 1;
  });
  const first = (await cleaner.clean()).hidden.length;
  const box = document.createElement('div');
  box.innerHTML = '<h3>Most read</h3><ol><li><a href="/a">One story</a></li><li><a href="/b">Two story</a></li><li><a href="/c">Three story</a></li></ol>';
  document.body.appendChild(box);
  await expect.poll(() => cleaner.state().hidden.length, { timeout: 3000 }).toBe(first + 1);
  expect(box.getAttribute(HIDDEN_ATTR)).toBe('trending');
  expect(changes).toBeGreaterThan(0);
  cleaner.restore('all');
});
