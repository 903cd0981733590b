import { describe, expect, test } from 'vitest';
import { capDocument, mayExceedCaps } from '../../src/extract/page-cap.js';
import { parseHTML } from 'linkedom';

// linkedom itself, not our parse: that one flattens trees deeper than a browser builds.
const page = (body: string): Document => parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;

describe('capDocument', () => {
  test('a page within the caps is left alone', () => {
    const doc = page('<div><p>One.</p><p>Two.</p></div>');
    const before = doc.body.toString();
    expect(capDocument(doc.body, { maxElements: 3, maxTextChars: 8 })).toBeNull();
    expect(doc.body.toString()).toBe(before);
  });

  test('past the element cap, the rest of the page is cut, at every level', () => {
    const doc = page('<div id="a"><p>One.</p><section><p>Two.</p><p>Three.</p></section><p>Four.</p></div><p>Five.</p>');
    expect(capDocument(doc.body, { maxElements: 4, maxTextChars: 1000 })).toEqual({ limit: 'elements', elementsRead: 4, charactersRead: 8 });
    expect(doc.body.textContent).toBe('One.Two.');
    expect(doc.body.querySelectorAll('*').length).toBe(4);
  });

  test('past the text cap, the text node is cut and the rest goes', () => {
    const doc = page('<p>One two three.</p><div><p>Four five.</p></div><p>Six.</p>');
    expect(capDocument(doc.body, { maxElements: 100, maxTextChars: 20 })).toEqual({ limit: 'text', elementsRead: 3, charactersRead: 20 });
    expect(doc.body.textContent).toBe('One two three.Four f');
    expect(doc.body.querySelectorAll('p').length).toBe(2);
  });

  test('script text does not count (an inline JSON blob is not page text)', () => {
    const doc = page(`<script>${'x'.repeat(500)}</script><p>Article text.</p>`);
    expect(capDocument(doc.body, { maxElements: 100, maxTextChars: 50 })).toBeNull();
  });

  test('a page 20,000 elements deep is walked without recursion', () => {
    const doc = page(`${'<div>'.repeat(20_000)}<p>Deep.</p>${'</div>'.repeat(20_000)}<p>After.</p>`);
    expect(capDocument(doc.body, { maxElements: 20_001, maxTextChars: 1000 })?.limit).toBe('elements');
    expect(doc.body.textContent).toBe('Deep.');
  });
});

describe('mayExceedCaps', () => {
  const pages = [
    '<div><p>One.</p><p>Two.</p></div>',
    '<div id="a"><p>One.</p><section><p>Two.</p><p>Three.</p></section><p>Four.</p></div><p>Five.</p>',
    '<p>One two three.</p><div><p>Four five.</p></div><p>Six.</p>',
    `<script>${'x'.repeat(30)}</script><p>Article text.</p>`,
  ];
  const limits = [
    { maxElements: 3, maxTextChars: 8 },
    { maxElements: 4, maxTextChars: 1000 },
    { maxElements: 100, maxTextChars: 20 },
    { maxElements: 100, maxTextChars: 30 },
    { maxElements: 5, maxTextChars: 28 },
  ];

  test('false only where capDocument would leave the page alone (never a missed cut)', () => {
    for (const body of pages) {
      for (const limit of limits) {
        const may = mayExceedCaps(page(body).body, limit);
        const cut = capDocument(page(body).body, limit) !== null;
        expect(!cut || may, `${body} ${JSON.stringify(limit)}`).toBe(true);
      }
    }
  });

  test('exactly at the caps is within them; one over is not', () => {
    const doc = page('<p>1234</p><p>5678</p>');
    expect(mayExceedCaps(doc.body, { maxElements: 2, maxTextChars: 8 })).toBe(false);
    expect(mayExceedCaps(doc.body, { maxElements: 1, maxTextChars: 8 })).toBe(true);
    expect(mayExceedCaps(doc.body, { maxElements: 2, maxTextChars: 7 })).toBe(true);
  });
});
