import { expect, test } from 'vitest';
import type { Quote } from '../../src/core/types.js';
import { quoteForSelection, selectionText } from '../../src/quote-card/selection-quote.js';

const q = (text: string, speaker: string): Quote => ({ text, speaker, speakerRole: null, fragment: false, key: true, start: 0, end: text.length });
const quotes = [q('We had a deal on the table and they tore it up overnight,', 'Mara Okafor'), q('Nobody wins if the harbour goes quiet,', 'Priya Raman')];

test.each([
  ['the whole quote with its marks', '“We had a deal on the table and they tore it up overnight,”', 'Mara Okafor'],
  ['part of a quote', 'they tore it up overnight', 'Mara Okafor'],
  ['the quote and its attribution', '"Nobody wins if the harbour goes quiet," she said.', 'Priya Raman'],
  ['line breaks and case do not matter', 'NOBODY wins if\nthe harbour', 'Priya Raman'],
  ['text that is no quote', 'Ferry crews voted on Friday', null],
  ['two words claim nobody', 'the table', null],
])('%s', (_name, selection, speaker) => {
  expect(quoteForSelection(selection, quotes)?.speaker ?? null).toBe(speaker);
});

test('selection text drops the marks around it and collapses space', () => {
  expect(selectionText('  “Our members are\n not asking,”  ')).toBe('Our members are not asking,');
});
