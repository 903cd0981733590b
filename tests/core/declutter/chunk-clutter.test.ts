import { describe, expect, test } from 'vitest';
import { type TextChunk, chunkClutter, isTitleCopy, keepChunks } from '../../../src/core/declutter/chunk-clutter.js';

const chunk = (text: string, extra: Partial<TextChunk> = {}): TextChunk => ({ text, tag: 'p', linkDensity: 0, inFigure: false, inList: false, attrs: '', headingLevel: 0, ...extra });
const context = { title: 'Ferry Crews Vote To Strike', siteName: 'Northgate Ledger' };

describe('clutter Readability keeps in its article text', () => {
  test.each([
    ['Ferry Crews Vote To Strike', 'duplicate-title'],
    ['Ferry Crews Vote To Strike - Northgate Ledger', 'duplicate-title'],
    ['Home › Transport › Ferry Crews Vote To Strike', 'duplicate-title'],
    ['By Lena Marwick', 'byline'],
    ['Advertisement', 'ad'],
    ['READ MORE: Bridge tolls to rise in April', 'related'],
    ['Lesen Sie auch: Neue Brücke eröffnet', 'related'],
    ['Image copyright Getty Images', 'caption'],
    ['The harbour at dawn (Image: Getty)', 'caption'],
    ['Help us improve. Was this article useful?', 'feedback'],
    ['Get breaking news alerts delivered to your inbox.', 'newsletter'],
    ['Share on Facebook Twitter Email', 'share'],
    ['6 min read', 'dateline'],
    ['© 2026 Northgate Ledger. All rights reserved.', 'footer'],
  ])('%s -> %s', (text, kind) => {
    expect(chunkClutter(chunk(text), context)).toBe(kind);
  });

  test.each([
    'Ferry crews across the Northgate harbour voted on Friday to walk out for 48 hours next week.',
    'Additional reporting by Samir Haddad and Joanna Pike.',
    'Editor\'s note: This article was updated on April 3.',
    'A deal that slipped away',
    'https://example.org/report.pdf',
  ])('keeps: %s', (text) => {
    expect(chunkClutter(chunk(text), context)).toBeNull();
  });

  test('a caption inside a figure is left out of the text', () => {
    expect(chunkClutter(chunk('Ferries moored at the pier', { inFigure: true }), context)).toBe('caption');
  });

  test('a "Related" heading takes its link list with it, and stops at the next heading', () => {
    const chunks = [
      chunk('Last paragraph of the story, which is long enough to read as prose.'),
      chunk('Related', { tag: 'h3', headingLevel: 3 }),
      chunk('Bridge tolls to rise', { inList: true, linkDensity: 1 }),
      chunk('New ferries delayed', { inList: true, linkDensity: 1 }),
      chunk('What happens next', { tag: 'h3', headingLevel: 3 }),
      chunk('The union must give five days of notice before any action.'),
    ];
    expect(keepChunks(chunks, context)).toEqual([true, false, false, false, true, true]);
  });

  test('the headline copy ignores case and punctuation', () => {
    expect(isTitleCopy('ferry crews vote to strike!', context)).toBe(true);
    expect(isTitleCopy('Ferry crews vote', context)).toBe(false);
  });
});
