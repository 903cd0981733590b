/**
 * popup-start.js turns the build's inert hints into module preloads once the tab's requests are
 * out (the NLP core then loads while the tab reads, without holding up the popup's first moves).
 */
import { Window } from 'happy-dom';
import { expect, test } from 'vitest';
import { LATER_PRELOAD_REL, preloadNow } from '../../src/popup/preload-later.js';

const page = (head: string): Document => {
  const win = new Window({ url: 'chrome-extension://abc/popup.html' });
  win.document.write(`<!doctype html><html><head>${head}</head><body></body></html>`);
  return win.document as unknown as Document;
};

test('each hint becomes one modulepreload of the same chunk, once', () => {
  const doc = page(`<link rel="${LATER_PRELOAD_REL}" href="/assets/core-1.js"><link rel="${LATER_PRELOAD_REL}" href="/assets/quotes-2.js"><link rel="stylesheet" href="/a.css">`);
  preloadNow(doc);
  preloadNow(doc);
  const preloads = Array.from(doc.querySelectorAll('link[rel="modulepreload"]'));
  expect(preloads.map((l) => l.getAttribute('href'))).toEqual(['/assets/core-1.js', '/assets/quotes-2.js']);
  expect(preloads.every((l) => l.getAttribute('crossorigin') === '')).toBe(true);
  expect(doc.querySelectorAll(`link[rel="${LATER_PRELOAD_REL}"]`)).toHaveLength(0);
  expect(doc.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(1);
});

test('no hints (a page without the build): nothing happens', () => {
  const doc = page('');
  preloadNow(doc);
  expect(doc.querySelectorAll('link')).toHaveLength(0);
});
