import { expect, test } from 'vitest';
import { MAX_CARD_QUOTE_CHARS, capQuote } from '../../src/quote-card/quote-cap.js';

test.each([
  ['short: unchanged', 'We had a deal.', 'We had a deal.'],
  ['whitespace collapsed', '  We   had\na deal. ', 'We had a deal.'],
])('%s', (_name, text, expected) => {
  expect(capQuote(text)).toBe(expected);
});

test('a long quote is cut at a word near the cap, with an ellipsis and no dangling comma', () => {
  const text = 'the harbour ferry strike, '.repeat(60);
  const capped = capQuote(text);
  expect(capped.length).toBeLessThanOrEqual(MAX_CARD_QUOTE_CHARS);
  expect(capped.length).toBeGreaterThan(MAX_CARD_QUOTE_CHARS * 0.8);
  expect(capped).toMatch(/[a-z]…$/);
  expect(text.startsWith(capped.slice(0, -1))).toBe(true);
});

test('an unbroken word or CJK text is cut at a character', () => {
  expect(capQuote('x'.repeat(2000))).toBe(`${'x'.repeat(MAX_CARD_QUOTE_CHARS - 1)}…`);
  // A CJK character counts twice: it is twice as wide on the card.
  const cjk = capQuote('渡轮工会表示罢工将继续'.repeat(100));
  expect(cjk.length).toBe(MAX_CARD_QUOTE_CHARS / 2);
  expect(cjk.endsWith('…')).toBe(true);
});

test('exactly at the cap: unchanged; one more: cut', () => {
  expect(capQuote('x'.repeat(MAX_CARD_QUOTE_CHARS))).toBe('x'.repeat(MAX_CARD_QUOTE_CHARS));
  expect(capQuote('x'.repeat(MAX_CARD_QUOTE_CHARS + 1))).toMatch(/…$/);
  expect(capQuote('渡'.repeat(MAX_CARD_QUOTE_CHARS / 2))).toBe('渡'.repeat(MAX_CARD_QUOTE_CHARS / 2));
  expect(capQuote('渡'.repeat(MAX_CARD_QUOTE_CHARS / 2 + 1))).toMatch(/…$/);
});

test('an emoji (a surrogate pair) on the cut is never split', () => {
  const capped = capQuote('😀'.repeat(400));
  expect(capped.length).toBeLessThanOrEqual(MAX_CARD_QUOTE_CHARS);
  expect(capped).toMatch(/^(😀)+…$/u);
});
