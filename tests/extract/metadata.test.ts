/**
 * JSON-LD is page input like any other: nested 100,000 levels deep (objects, @graph, mainEntity,
 * author arrays) it must give its first objects and a clear result, never a stack overflow that
 * stops the content script from starting.
 */
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { readMetadata } from '../../src/extract/metadata.js';

const DEEP = 100_000;

function page(jsonLd: string): Document {
  const html = `<html lang="en"><head><script type="application/ld+json">${jsonLd}</script></head><body><p>Text</p></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

const nested = (open: string, inner: string, close: string): string => `${open.repeat(DEEP)}${inner}${close.repeat(DEEP)}`;

test('a plain NewsArticle gives its headline, author and date', () => {
  const meta = readMetadata(page(JSON.stringify({ '@type': 'NewsArticle', headline: 'Pier Reopens', author: [{ name: 'Ana Reyes' }, { name: 'Tom Bell' }], datePublished: '2026-03-14' })));
  expect(meta).toMatchObject({ headline: 'Pier Reopens', author: 'Ana Reyes, Tom Bell', publishedTime: '2026-03-14', jsonLdTypes: ['NewsArticle'] });
});

test.each([
  ['mainEntity chain', () => nested('{"@type":"WebPage","mainEntity":', '{"@type":"NewsArticle","headline":"Deep"}', '}')],
  ['@graph chain', () => nested('{"@graph":[', '{"@type":"Thing"}', ']}')],
  ['array of arrays', () => nested('[', '{"@type":"NewsArticle","headline":"Deep"}', ']')],
  ['author arrays', () => `{"@type":"NewsArticle","headline":"Pier Reopens","author":${nested('[', '{"name":"Ana Reyes"}', ']')}}`],
  ['publisher names', () => `{"@type":"NewsArticle","headline":"Pier Reopens","publisher":${nested('{"name":', '"Ledger"', '}')}}`],
])('JSON-LD nested 100,000 levels deep (%s) reads without throwing, in bounded time', (_, json) => {
  const doc = page(json());
  const started = performance.now();
  const meta = readMetadata(doc);
  expect(performance.now() - started).toBeLessThan(2000);
  expect(meta.jsonLdTypes.length).toBeLessThanOrEqual(500);
  expect(meta.lang).toBe('en');
});

test('a 20,000-object @graph is read up to the cap, first objects first', () => {
  const graph = Array.from({ length: 20_000 }, (_, i) => ({ '@type': 'Thing', name: `t${i}` }));
  const meta = readMetadata(page(JSON.stringify({ '@graph': [{ '@type': 'NewsArticle', headline: 'First' }, ...graph] })));
  expect(meta.headline).toBe('First');
  // 500 objects read, the untyped wrapper among them.
  expect(meta.jsonLdTypes).toHaveLength(499);
});
