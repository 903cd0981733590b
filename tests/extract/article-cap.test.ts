/** The popup's extraction reads a huge page up to the work caps, on its clone, and says so. */
import { expect, test } from 'vitest';
import { extractArticle } from '../../src/extract/article.js';
import { parseDocument } from '../../src/node/parse-page.js';

const PARAGRAPH = '<p>The harbour board met for four hours on Tuesday and voted on the ferry contract after a long debate about fares.</p>';

const CAP = 500;

test('a page over the element cap is analysed on its beginning, flagged, and the live page is untouched', () => {
  const html = `<html><head><title>Ferry Deal Approved</title></head><body><article><h1>Ferry Deal Approved</h1>${PARAGRAPH.repeat(6)}</article><div>${'<i></i>'.repeat(CAP)}</div></body></html>`;
  const doc = parseDocument(html);
  const article = extractArticle(doc, 'https://ledger.example/ferry', { maxElements: CAP, maxTextChars: 5_000_000 });
  expect(article.truncated).toEqual({ limit: 'elements', elementsRead: CAP, charactersRead: expect.any(Number) });
  expect(article.text).toContain('voted on the ferry contract');
  // The cut happened on the clone: the reader's page keeps every element.
  expect(doc.body.querySelectorAll('i').length).toBe(CAP);
});

test('a normal page carries no truncated field', () => {
  const doc = parseDocument(`<html><body><article><h1>Ferry Deal Approved</h1>${PARAGRAPH.repeat(6)}</article></body></html>`);
  expect(extractArticle(doc, 'https://ledger.example/ferry')).not.toHaveProperty('truncated');
});
