import { describe, expect, test } from 'vitest';
import { type ArticleEvidence, decideArticle } from '../../../src/core/declutter/is-article.js';

const evidence = (e: Partial<ArticleEvidence>): ArticleEvidence => ({
  url: 'https://news.example/world/2026/story-slug', jsonLdTypes: [], ogType: null, readerable: false, longParagraphs: 8, paragraphChars: 3000, ...e,
});

describe('is this page one article?', () => {
  test.each([
    [{ jsonLdTypes: ['NewsArticle'] }, true, 'json-ld NewsArticle'],
    [{ ogType: 'article' }, true, 'og:type article'],
    [{ readerable: true }, true, 'readerable text'],
    // isProbablyReaderable says no on some real articles: long running text still counts.
    [{ readerable: false }, true, 'long running text'],
    [{ url: 'https://news.example/' , jsonLdTypes: ['NewsArticle'] }, false, 'url: the home page'],
    [{ url: 'https://news.example/search?q=ferry' }, false, 'url: a search page'],
    [{ url: 'https://news.example/files/report.pdf' }, false, 'url: a PDF'],
    [{ jsonLdTypes: ['CollectionPage'] }, false, 'json-ld: a collection or list page'],
    // A publisher's own "NewsArticle" is believed on a short brief, but not on an empty page.
    [{ jsonLdTypes: ['NewsArticle'], longParagraphs: 1, paragraphChars: 350 }, true, 'json-ld NewsArticle'],
    [{ jsonLdTypes: ['NewsArticle'], longParagraphs: 0, paragraphChars: 0 }, false, 'too little running text for an article'],
    [{ ogType: 'article', longParagraphs: 1, paragraphChars: 150 }, false, 'too little running text for an article'],
    [{ readerable: true, longParagraphs: 2, paragraphChars: 500 }, false, 'too little running text for an article'],
    [{ readerable: true, longParagraphs: 2, paragraphChars: 800 }, true, 'readerable text'],
  ])('%j -> %s', (partial, isArticle, reason) => {
    expect(decideArticle(evidence(partial))).toEqual({ isArticle, reason });
  });
});
