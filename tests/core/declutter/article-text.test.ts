/**
 * The article's text from Readability's chunks (the last, pure step of reading; the popup runs it
 * for its first read): furniture and sign-up pitches dropped, neighbours judged together, the
 * text normalised, and the ArticleData fields in their usual order.
 */
import { expect, test } from 'vitest';
import { type ArticleDraft, type ReadChunk, finishArticle, keptText, readingMinutes } from '../../../src/core/declutter/article-text.js';

const chunk = (text: string, more: Partial<ReadChunk> = {}): ReadChunk => ({
  text, tag: 'p', linkDensity: 0, inFigure: false, inList: false, attrs: '', headingLevel: 0, inSignUpBox: false, ...more,
});
const context = { title: 'Tram depot to close', siteName: 'Valley Post' };

test('prose stays; a copy of the headline, a credit and a label with its list go', () => {
  const chunks = [
    chunk('Tram depot to close', { tag: 'h1', headingLevel: 1 }),
    chunk('The old tram depot on Mill Lane will close in March, the transit board said on Monday.'),
    chunk('Photo: Iris Vale / Valley Post'),
    chunk('Related stories', { tag: 'h2', headingLevel: 2 }),
    chunk('Bus lanes for Mill Lane', { tag: 'li', inList: true, linkDensity: 1 }),
    chunk('New depot opens', { tag: 'li', inList: true, linkDensity: 1 }),
  ];
  expect(keptText(chunks, context)).toBe('The old tram depot on Mill Lane will close in March, the transit board said on Monday.');
});

test('a chunk inside a sign-up box goes; its neighbours are still judged with it in place', () => {
  const chunks = [
    chunk('Depot workers will move to the new site at Ashford.'),
    chunk('Get the weekly transit briefing from our reporters.', { inSignUpBox: true }),
    chunk('The board will vote again in April.'),
  ];
  expect(keptText(chunks, context)).toBe('Depot workers will move to the new site at Ashford.\n\nThe board will vote again in April.');
  // The same line outside a sign-up box is prose.
  expect(keptText(chunks.map((c) => ({ ...c, inSignUpBox: false })), context)).toContain('weekly transit briefing');
});

test('the text is normalised (zero-width characters inside words go)', () => {
  expect(keptText([chunk('Ash\u200bford council agreed.')], context)).toBe('Ashford council agreed.');
});

test('finishArticle: the draft fields, then the text and its reading time; truncated only when set', () => {
  const words = Array.from({ length: 460 }, (_, i) => `word${i}`).join(' ');
  const draft: ArticleDraft = {
    url: 'https://valley.example/depot', isArticle: true, articleReason: 'long text', title: 'Tram depot to close', byline: 'Iris Vale',
    siteName: 'Valley Post', publishedTime: null, lang: 'en', chunks: [chunk(`${words}.`)], context,
  };
  const article = finishArticle(draft);
  expect(Object.keys(article)).toEqual(['url', 'isArticle', 'articleReason', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'text', 'readingMinutes']);
  expect(article.readingMinutes).toBe(2);
  const truncated = { limit: 'elements' as const, elementsRead: 10, charactersRead: 100 };
  expect(finishArticle({ ...draft, truncated }).truncated).toEqual(truncated);
});

test('reading time: none for no words, at least a minute for a few', () => {
  expect(readingMinutes('')).toBe(0);
  expect(readingMinutes('A few words.')).toBe(1);
});
