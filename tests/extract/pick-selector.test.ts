/**
 * Selector generation on our own fixture site (Tidewater Courier, two articles): the widget the
 * reader picks on one article gets a selector that prefers stable names, skips generated classes
 * and per-article ids, and finds the same widget on the site's other article (where the generated
 * classes differ and the paragraphs above it moved). On linkedom, as the CLI runs.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { readPageAtLoad } from '../../src/extract/page-load.js';
import { createArticleGuard } from '../../src/extract/pick-guard.js';
import { chooseSelector } from '../../src/extract/pick-selector.js';

function load(file: string) {
  const { document } = parseHTML(readFileSync(`tests/fixtures/pages/${file}`, 'utf8'));
  const doc = document as unknown as Document;
  const page = readPageAtLoad(doc, 'https://tidewater.example/harbour/story');
  return { doc, guard: createArticleGuard(doc, page.location, page.context.title) };
}

/** The smallest element whose text starts with `text` (what the reader outlines). */
function byText(doc: Document, tag: string, text: string): Element {
  const found = Array.from(doc.querySelectorAll(tag)).filter((el) => (el.textContent ?? '').trim().startsWith(text));
  const el = found[found.length - 1];
  if (!el) throw new Error(`no ${tag} starting with ${text}`);
  return el;
}

const first = load('pick-tidewater-pier.html');
const second = load('pick-tidewater-market.html');

describe('a widget picked on the pier article', () => {
  test.each<[string, string, string, string]>([
    // [what, tag, its first words, selector expected]
    ['weather strip (data attribute over css- class)', 'div', 'Tidewater today', 'div[data-component="weather-strip"]'],
    ['reader poll (semantic class, generated one dropped)', 'section', 'Reader poll', 'section.poll-widget'],
    ['events box (stable id)', 'div', "What's on in Tidewater", '#events-rail'],
    ['crossword (only generated classes: the last box of the named rail, not its neighbour)', 'div', 'Daily crossword', 'aside.rail > div:last-of-type'],
  ])('%s', (_what, tag, text, expected) => {
    const picked = byText(first.doc, tag, text);
    const chosen = chooseSelector(picked, first.guard);
    expect(chosen.selector).toBe(expected);
    expect(chosen.selector).not.toMatch(/nth-|css-|story-/);
    expect(chosen.matches).toBeGreaterThanOrEqual(1);
    // The same widget on the site's other article, and nothing else there that holds article text.
    const there = Array.from(second.doc.querySelectorAll(chosen.selector));
    expect(there.map((el) => (el.textContent ?? '').trim().slice(0, text.length))).toContain(text);
    expect(there.every((el) => second.guard.measure(el).articleWordsHeld === 0)).toBe(true);
    expect(there).toHaveLength(chosen.matches);
  });
});

test('the match count is what the selector finds on the page', () => {
  const picked = byText(first.doc, 'li', 'Lantern walk');
  const chosen = chooseSelector(picked, first.guard);
  expect(chosen.matches).toBe(first.doc.querySelectorAll(chosen.selector).length);
  expect(chosen.selector).not.toMatch(/nth-/);
});
