/** Candidate selectors from plain element shapes: stable names first, never nth-child, never generated classes. */
import { expect, test } from 'vitest';
import { type ElementShape, selectorCandidates } from '../../../src/core/pick/selector-candidates.js';

const el = (tag: string, extra: Partial<ElementShape> = {}): ElementShape => ({ tag, id: '', classes: [], attributes: [], ...extra });

test.each<[string, ElementShape[], string]>([
  ['a stable id stands alone', [el('div', { id: 'events-rail', classes: ['css-9zz1k2'] }), el('aside', { classes: ['rail'] })], '#events-rail'],
  ['a data attribute beats a generated class', [el('div', { classes: ['css-8f2k1q'], attributes: [['data-component', 'weather-strip']] })], 'div[data-component="weather-strip"]'],
  ['semantic classes without the generated one', [el('section', { classes: ['css-3ld9x0', 'poll-widget'] })], 'section.poll-widget'],
  ['a generated id is ignored', [el('div', { id: 'story-40711', classes: ['article-body'] })], 'div.article-body'],
  ['an unnamed pick hangs off its nearest named ancestor', [el('div', { classes: ['css-w9q4ve'] }), el('aside', { classes: ['rail'] })], 'aside.rail > div'],
  ['a stable id anchors the strict path', [el('span'), el('div', { classes: ['css-1a2b3c'] }), el('div', { id: 'promo-slot' })], '#promo-slot > div > span'],
  ['no names at all: a tag path from body', [el('div'), el('div')], 'body > div > div'],
])('%s', (_name, chain, first) => {
  const candidates = selectorCandidates(chain);
  expect(candidates[0]).toBe(first);
  for (const c of candidates) {
    expect(c).not.toMatch(/nth-child|nth-of-type|css-|story-40711/);
  }
});

test('candidates come most general first and end with a strict path', () => {
  const chain = [el('ul', { classes: ['links'] }), el('div', { classes: ['css-0x'] }), el('aside', { classes: ['rail'] })];
  expect(selectorCandidates(chain)).toEqual(['ul.links', 'aside.rail ul.links', 'aside.rail > div > ul.links']);
});

test('an unnamed pick also gets its place among same-tag siblings (never an index)', () => {
  const chain = [el('div', { classes: ['css-w9q4ve'], ofType: { first: false, last: true } }), el('aside', { classes: ['rail'] })];
  expect(selectorCandidates(chain)).toEqual(['aside.rail > div', 'aside.rail > div:last-of-type']);
});

test('an empty chain gives no candidate', () => {
  expect(selectorCandidates([])).toEqual([]);
});
