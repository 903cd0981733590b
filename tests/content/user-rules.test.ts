// @vitest-environment happy-dom
/**
 * The reader's saved rules in the cleaner (happy-dom): matches hidden as "Hidden by you", a match
 * holding article text skipped and counted, late matches caught by the observer, and forgetting
 * a rule gives back the exact page.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createPageCleaner } from '../../src/content/page-cleaner.js';
import { readPageAtLoad } from '../../src/extract/page-load.js';

const html = readFileSync('tests/fixtures/pages/pick-tidewater-pier.html', 'utf8');
const body = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));

function makeCleaner() {
  const { context, location } = readPageAtLoad(document, 'https://tidewater.example/harbour/pier');
  return createPageCleaner(document, () => ({ context, article: location }));
}

const visible = (selector: string): boolean => {
  const el = document.querySelector(selector);
  return !!el && getComputedStyle(el).display !== 'none';
};

beforeEach(() => {
  document.title = 'Pier Repairs Finish Early, Council Weighs Sunday Opening - Tidewater Courier';
  document.body.innerHTML = body;
});
afterEach(() => {
  document.body.innerHTML = '';
});

test('a rule hides its matches as "user", with the rule; a match holding article text is skipped and counted', () => {
  const cleaner = makeCleaner();
  cleaner.setUserRules(['section.poll-widget', 'div.css-p8s7aa', 'not a [valid selector']);
  const state = cleaner.clean();
  const mine = state.hidden.filter((h) => h.reason === 'user');
  expect(mine).toEqual([expect.objectContaining({ rule: 'section.poll-widget', text: expect.stringContaining('Reader poll') })]);
  expect(visible('section.poll-widget')).toBe(false);
  expect(visible('div.css-p8s7aa')).toBe(true);
  expect(state.sparedByRules).toBe(1);
  cleaner.restore('all');
});

test('a rule added while cleaned applies at once; forgetting it gives back the exact page', () => {
  const cleaner = makeCleaner();
  const state = cleaner.clean();
  const snapshot = document.documentElement.outerHTML;
  const added = cleaner.setUserRules(['#events-rail']);
  expect(added.hidden.length).toBe(state.hidden.length + 1);
  expect(visible('#events-rail')).toBe(false);
  const forgotten = cleaner.setUserRules([]);
  expect(forgotten.hidden).toEqual(state.hidden);
  expect(document.documentElement.outerHTML).toBe(snapshot);
  cleaner.restore('all');
});

test('restore all after rules gives back the page byte for byte', () => {
  const before = document.documentElement.outerHTML;
  const cleaner = makeCleaner();
  cleaner.setUserRules(['section.poll-widget', '#events-rail']);
  cleaner.clean();
  cleaner.restore('all');
  expect(document.documentElement.outerHTML).toBe(before);
});

test('a widget matching a rule that arrives after cleaning is hidden by the observer', async () => {
  const cleaner = makeCleaner();
  cleaner.setUserRules(['div[data-component="weather-strip"]']);
  cleaner.clean();
  const late = document.createElement('div');
  late.setAttribute('data-component', 'weather-strip');
  late.textContent = 'Tidewater tonight: 8° and clear';
  document.body.prepend(late);
  await expect.poll(() => cleaner.state().hidden.filter((h) => h.reason === 'user').length, { timeout: 3000 }).toBe(2);
  expect(getComputedStyle(late).display).toBe('none');
  cleaner.restore('all');
});
