/**
 * The load-time locator on small pages: it finds the story's container (not the sidebar, the
 * comments or the page wrapper), lists only real paragraphs as never-hidden, and reads nothing it
 * cannot: no body, no text, no article.
 */
import { expect, test } from 'vitest';
import { parseDocument } from '../../src/node/pipeline.js';
import { locateLiveArticle } from '../../src/extract/live-article.js';

const sentence = (i: number): string =>
  `Paragraph ${i} says what the council decided on Tuesday, why the vote was close, and what residents of the old quarter think about it now.`;
const ps = (n: number, tag = 'p'): string => Array.from({ length: n }, (_, i) => `<${tag}>${sentence(i + 1)}</${tag}>`).join('');

test('the story container wins over a sidebar of teasers and a short comments box', () => {
  const doc = parseDocument(`<html><body><div id="page">
    <div id="story"><h1>Headline</h1>${ps(6)}</div>
    <aside id="rail"><h3>Most read</h3><ul><li><a href="/a">One story that is long enough to count as text</a></li></ul></aside>
    <div id="comments">${ps(1)}</div>
  </div></body></html>`);
  const { location } = locateLiveArticle(doc);
  expect(location.root?.id).toBe('story');
  expect(location.paragraphs).toHaveLength(6);
});

test('a long comments thread beside a short post is not the article (Readability\'s unlikely boxes)', () => {
  const doc = parseDocument(`<html><body><div class="column"><article id="post"><h1>Open thread</h1>${ps(2)}</article>
    <div id="comments" class="comments-area"><ol>${Array.from({ length: 8 }, (_, i) => `<li class="comment">${ps(1)}<p>Reply ${i}, with a few more words of it.</p></li>`).join('')}</ol></div></div></body></html>`);
  const live = locateLiveArticle(doc);
  expect(live.location.root?.id).toBe('post');
  expect(live.location.paragraphs.every((p) => !p.closest('#comments'))).toBe(true);
  // The evidence for isArticle still counts every paragraph.
  expect(live.paragraphs.filter((p) => p.unlikely).length).toBeGreaterThan(8);
});

test('paragraphs split over sibling sections make their parent the article', () => {
  const doc = parseDocument(`<html><body><main id="m"><section id="s1">${ps(3)}</section><section id="s2">${ps(3)}</section></main><footer>${ps(1)}</footer></body></html>`);
  expect(locateLiveArticle(doc).location.root?.id).toBe('m');
});

test('div soup counts like paragraphs', () => {
  const doc = parseDocument(`<html><body><div class="x1"><div class="x2">${ps(5, 'div')}</div></div></body></html>`);
  const { location } = locateLiveArticle(doc);
  // An only child and its parent are the same box (Readability climbs too); never the body.
  expect(location.root?.getAttribute('class')).toBe('x1');
  expect(location.paragraphs).toHaveLength(5);
});

test('short widget lines inside the article are running text but never protected paragraphs', () => {
  const doc = parseDocument(`<html><body><div id="story">${ps(4)}<div id="audio"><button>Play</button> Listen to this article · 5 min</div><p id="short">He declined to comment further.</p></div></body></html>`);
  const live = locateLiveArticle(doc);
  const protectedIds = live.location.paragraphs.map((p) => p.id);
  expect(protectedIds).not.toContain('audio');
  expect(protectedIds).not.toContain('short');
  expect(live.paragraphs.some((p) => p.element.id === 'audio')).toBe(true);
});

test('link-heavy blocks are not paragraphs', () => {
  const doc = parseDocument(`<html><body><div>${'<p><a href="/x">A teaser headline that is long enough to be a paragraph of text</a></p>'.repeat(5)}</div></body></html>`);
  const live = locateLiveArticle(doc);
  expect(live.paragraphs).toEqual([]);
  expect(live.location.root).toBeNull();
});

test('a story split into cards: the ancestor holding the close runners-up is the article', () => {
  const card = (i: number): string => `<div class="card"><div class="card-content">${ps(2)}<p>${sentence(i)}</p></div></div>`;
  const doc = parseDocument(`<html><body><div id="well"><div id="body">${[1, 2, 3, 4].map(card).join('')}</div><div id="rail"><p>${sentence(9)}</p></div></div></body></html>`);
  expect(locateLiveArticle(doc).location.root?.id).toBe('body');
});

test('headlines inside links are link text, even in a block (<a><h4>…</h4></a>)', () => {
  const doc = parseDocument(`<html><body><div id="story">${ps(4)}<div class="more"><h3>More from UK</h3><ul>${'<li><a href="/s"><h4>A related story headline that runs long enough to look like a paragraph of text</h4></a></li>'.repeat(3)}</ul></div></div></body></html>`);
  const live = locateLiveArticle(doc);
  expect(live.paragraphs.some((p) => p.element.tagName === 'H4')).toBe(false);
});

test('no body, no text: no article, no throw', () => {
  expect(locateLiveArticle(parseDocument('<html><head><title>x</title></head></html>')).location.root).toBeNull();
  expect(locateLiveArticle(parseDocument('<html><body></body></html>')).location).toEqual({ root: null, paragraphs: [] });
});
