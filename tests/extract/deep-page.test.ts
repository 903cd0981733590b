/**
 * The load-time walks are loops with their own stack: a page nested 20,000 elements deep (which
 * overflowed the call stack when the walks recursed) is located, measured and planned, and the
 * walk pauses often enough for the content script to slice it.
 */
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { cleanAtLoad, readPageAtLoadSteps } from '../../src/extract/page-load.js';
import { PAUSE_EVERY } from '../../src/extract/steps.js';

const DEPTH = 20_000;
const paragraph = 'The harbour council met on Tuesday, and after a long debate it agreed to keep the night ferries running through the winter repairs.';

function deepPage(): Document {
  // Built node by node: an HTML parser may itself cap nesting.
  const { document } = parseHTML('<html><head><title>Night Ferries Stay</title></head><body></body></html>');
  let at: Element = document.body;
  for (let i = 0; i < DEPTH; i += 1) {
    const div = document.createElement('div');
    at.appendChild(div);
    at = div;
  }
  for (let i = 0; i < 5; i += 1) {
    const p = document.createElement('p');
    p.textContent = paragraph;
    at.appendChild(p);
  }
  return document as unknown as Document;
}

test(`a page nested ${DEPTH.toLocaleString('en')} deep is read and planned without a stack overflow`, () => {
  const doc = deepPage();
  const { load, decisions } = cleanAtLoad(doc, 'https://harbour.example/news/night-ferries');
  expect(load.location.paragraphs).toHaveLength(5);
  expect(decisions).toEqual([]);
});

test('the load pass pauses at least once per PAUSE_EVERY elements', () => {
  const steps = readPageAtLoadSteps(deepPage(), 'https://harbour.example/news/night-ferries');
  let pauses = 0;
  for (let next = steps.next(); !next.done; next = steps.next()) pauses += 1;
  expect(pauses).toBeGreaterThanOrEqual(Math.floor(DEPTH / PAUSE_EVERY));
});
