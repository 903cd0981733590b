// @vitest-environment happy-dom
/**
 * The popup's sections render page-derived text as text. The strings here are what a hostile
 * page could put in a quote, a name or a hidden block; none of it may become markup.
 */
import { render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Party, Quote } from '../../src/core/types.js';
import { defaultOptions } from '../../src/shared/options.js';
import { fakeBrowser, useLanguage } from './fake-browser.js';

// The polyfill refuses to load outside an extension; the messaging library imports it too.
vi.mock('../../src/shared/browser.js', () => ({ browser: fakeBrowser }));
vi.mock('@webext-core/messaging', () => ({
  defineExtensionMessaging: () => ({ sendMessage: vi.fn(async () => undefined), onMessage: vi.fn() }),
}));

const { QuotesSection } = await import('../../src/popup/QuotesSection.js');
const { PartiesSection } = await import('../../src/popup/PartiesSection.js');
const { HiddenList } = await import('../../src/popup/HiddenList.js');
const { AnalysingView, CannotRunView, ErrorView, NotArticleView } = await import('../../src/popup/StatusViews.js');

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const quote = (text: string, key: boolean, speaker: string | null = null, start = 0): Quote =>
  ({ text, key, speaker, speakerRole: null, fragment: !key, start, end: start + text.length });
const source = { url: 'https://news.example/a', outlet: 'Example News', publishedTime: null };

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

test('key quotes first, the others behind "more"; hostile text stays text', async () => {
  const quotes = [quote('a scare', false, null, 1), quote(HOSTILE, true, '<b>Eve</b>', 50), quote('Plain words here', true, 'Ann', 200)];
  render(<QuotesSection tabId={1} quotes={quotes} source={source} options={defaultOptions()} onOptions={() => undefined} announce={() => undefined} />, root);
  const shown = () => [...root.querySelectorAll('blockquote')].map((b) => b.textContent);
  expect(shown()).toEqual([`“${HOSTILE.replace(/"/g, (m, i: number) => (HOSTILE[i - 1] === '=' ? '‘' : '’'))}”`, '“Plain words here”']);
  expect(root.querySelector('img, script, b')).toBeNull();
  expect(root.textContent).toContain('<b>Eve</b>');
  const more = [...root.querySelectorAll('button')].find((b) => b.textContent === 'More quotes (1)');
  more?.click();
  await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
  expect(shown()).toHaveLength(3);
});

test('a partial quote is shown inside its sentence with the quoted words marked; hostile text stays text', () => {
  const sentence = `Kamal said ${HOSTILE} was "confident that we can reach a fair agreement" before May.`;
  const start = sentence.indexOf('confident');
  const words = 'confident that we can reach a fair agreement';
  const partial: Quote = { ...quote(words, true, 'Idris Kamal', start), sentence: { text: sentence, start: 0, end: sentence.length } };
  render(<QuotesSection tabId={1} quotes={[partial]} source={source} options={defaultOptions()} onOptions={() => undefined} announce={() => undefined} />, root);
  const block = root.querySelector('blockquote')!;
  expect(block.querySelector('mark')?.textContent).toBe(words);
  expect(block.textContent).toBe(`Kamal said ${HOSTILE} was “${words}” before May.`);
  expect(root.querySelector('img, script')).toBeNull();
  expect(root.querySelector('.speaker')?.textContent).toBe('Idris Kamal');
});

test('no quotes: the empty state, not an empty list', () => {
  render(<QuotesSection tabId={1} quotes={[]} source={source} options={defaultOptions()} onOptions={() => undefined} announce={() => undefined} />, root);
  expect(root.textContent).toContain('No quotes found in this article.');
  expect(root.querySelector('ul')).toBeNull();
});

test('parties are grouped, counted and labelled for screen readers', () => {
  const parties: Party[] = [
    { name: 'Northgate', kind: 'place', role: null, aliases: [], mentions: [[0, 9]] },
    { name: 'Mara Okafor', kind: 'person', role: 'union leader', aliases: ['Okafor'], mentions: [[1, 2], [3, 4]] },
    { name: HOSTILE, kind: 'organization', role: null, aliases: [], mentions: [[5, 6]] },
  ];
  render(<PartiesSection tabId={1} parties={parties} />, root);
  expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['People', 'Organisations', 'Places']);
  const okafor = root.querySelector('.party');
  expect(okafor?.getAttribute('aria-label')).toBe('Mara Okafor, union leader, mentioned 2 times. Show in the page');
  expect(root.querySelector('img, script')).toBeNull();
});

test('no parties: says so', () => {
  render(<PartiesSection tabId={1} parties={[]} />, root);
  expect(root.textContent).toContain('No people, organisations or places found.');
});

test('hidden blocks: reason, first words, restore per item', () => {
  const onRestore = vi.fn();
  const items = [
    { id: 1, reason: 'trending' as const, ruleId: 'teaser-list', secondary: false, text: 'Trending Harbour lights festival returns with record crowds and more', restored: false },
    { id: 2, reason: 'duplicate-title' as const, ruleId: 'headline-copy', secondary: false, text: HOSTILE, restored: true },
    { id: 3, reason: 'tags' as const, ruleId: 'secondary-kind', secondary: true, text: 'Harbour Ferries', restored: false },
  ];
  render(<HiddenList items={items} onRestore={onRestore} />, root);
  const rows = [...root.querySelectorAll('li')];
  expect(rows[0]?.querySelector('.reason')?.textContent).toBe('Trending');
  expect(rows[0]?.querySelector('.first-words')?.textContent).toBe('Trending Harbour lights festival returns with record crowds…');
  expect(rows[1]?.querySelector('.reason')?.textContent).toBe('Repeated headline');
  expect(rows[1]?.textContent).toContain('Restored');
  // The rule that hid each item is there for "why?", and secondary kinds say so.
  expect(rows[0]?.querySelector('.reason')?.getAttribute('title')).toBe('Hidden by rule: teaser-list');
  expect(rows[2]?.querySelector('.reason')?.textContent).toBe('Tag list · secondary');
  expect(root.querySelector('img, script')).toBeNull();
  (rows[0]?.querySelector('button') as HTMLButtonElement).click();
  expect(onRestore).toHaveBeenCalledWith(1);
});

test('states: not an article offers "analyse anyway"; cannot-run explains PDFs', () => {
  const onAnalyse = vi.fn();
  render(<NotArticleView reason="too little running text" onAnalyse={onAnalyse} />, root);
  expect(root.textContent).toContain('Why: too little running text');
  (root.querySelector('button') as HTMLButtonElement).click();
  expect(onAnalyse).toHaveBeenCalled();
  render(<CannotRunView why="pdf" />, root);
  expect(root.textContent).toContain('This is a PDF shown in the browser’s viewer.');
});

test('analysing: one polite status for screen readers, placeholder blocks hidden from them', () => {
  render(<AnalysingView withHeader />, root);
  const status = root.querySelector('[role="status"]');
  expect(status?.textContent).toBe('Analysing the page…');
  expect(root.querySelectorAll('.skeleton[aria-hidden="true"]')).toHaveLength(4);
});

test('error: a plain explanation, the details as text, and a way to try again', () => {
  render(<ErrorView message={HOSTILE} />, root);
  expect(root.querySelector('[role="alert"]')?.textContent).toContain('Precis could not analyse this page.');
  expect(root.querySelector('pre')?.textContent).toBe(HOSTILE);
  expect(root.querySelector('img, script')).toBeNull();
  expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Try again']);
});

test('in German: labels, reasons and counts come from the German catalogue', () => {
  useLanguage('de');
  try {
    render(<PartiesSection tabId={1} parties={[{ name: 'Mara Okafor', kind: 'person', role: null, aliases: [], mentions: [[0, 1], [2, 3]] }]} />, root);
    expect(root.querySelector('h2')?.textContent).toBe('Wer und wo');
    expect(root.querySelector('.party')?.getAttribute('aria-label')).toBe('Mara Okafor, 2-mal erwähnt. In der Seite zeigen');
    render(<HiddenList items={[{ id: 1, reason: 'ad', ruleId: 'label-whole', secondary: false, text: 'Anzeige', restored: false }]} onRestore={() => undefined} />, root);
    expect(root.querySelector('.reason')?.textContent).toBe('Werbung');
    expect(root.querySelector('button')?.textContent).toBe('Zeigen');
  } finally {
    useLanguage('en');
  }
});
