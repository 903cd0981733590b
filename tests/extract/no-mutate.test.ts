/**
 * Extraction never mutates the live page (Defuddle's no-mutate-live-doc test): Readability runs
 * on a clone, and the plan only reads. Serialise before and after; they must be identical.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseDocument } from '../../src/node/pipeline.js';
import { extractArticle } from '../../src/extract/article.js';
import { cleanAtLoad, readPageAtLoad } from '../../src/extract/page-load.js';
import { planPageClutter } from '../../src/extract/page-plan.js';
import { loadFixtures } from './fixture-pages.js';

test.each(loadFixtures().map((f) => [f.name, f.html]))('%s: extractArticle and planPageClutter leave the document untouched', (_name, html) => {
  const doc = parseDocument(html);
  const before = doc.documentElement.outerHTML;
  const article = extractArticle(doc, 'https://news.example/section/story');
  expect(doc.documentElement.outerHTML).toBe(before);
  planPageClutter(doc, { title: article.title, siteName: article.siteName });
  expect(doc.documentElement.outerHTML).toBe(before);
  cleanAtLoad(doc, 'https://news.example/section/story');
  expect(doc.documentElement.outerHTML).toBe(before);
});

test('the load-time article location points at live elements of the page', () => {
  const doc = parseDocument(readFileSync('tests/fixtures/pages/harbour-ferry-strike.html', 'utf8'));
  const { location } = readPageAtLoad(doc, 'https://news.example/transport/ferry');
  expect(location.root).not.toBeNull();
  expect(doc.body!.contains(location.root)).toBe(true);
  expect(location.paragraphs.length).toBeGreaterThan(5);
  for (const p of location.paragraphs) expect(doc.body!.contains(p)).toBe(true);
  expect(location.paragraphs.some((p) => (p.textContent ?? '').startsWith('Ferry crews across the Northgate harbour'))).toBe(true);
  expect(location.root!.querySelector('h1')?.textContent).toContain('Ferry Crews Vote');
});

test('a page with no body or no article does not throw', () => {
  expect(() => extractArticle(parseDocument('<html><head><title>x</title></head></html>'), 'https://a.example/x')).not.toThrow();
  const empty = parseDocument('<html><body><p>short</p></body></html>');
  expect(extractArticle(empty, 'https://a.example/x').isArticle).toBe(false);
  expect(planPageClutter(empty, { title: null, siteName: null })).toEqual([]);
});
