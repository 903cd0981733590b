import { describe, expect, test } from 'vitest';
import { type FitBox, fitText, truncateToWidth, wrapText } from '../../src/quote-card/layout.js';

/** A monospace fake: every character is half the font size wide. */
const mono = (text: string, size: number): number => text.length * size * 0.5;
const at10 = (text: string): number => mono(text, 10);

describe('wrapText', () => {
  test.each([
    ['fits on one line', 'a bb ccc', 100, ['a bb ccc']],
    ['breaks between words', 'aaaa bbbb cccc', 40, ['aaaa', 'bbbb', 'cccc']],
    ['greedy: fills each line', 'aa bb cc dd', 25, ['aa bb', 'cc dd']],
    ['collapses runs of spaces', '  aa   bb  ', 100, ['aa bb']],
    ['splits a word wider than the line', 'abcdefghij', 25, ['abcde', 'fghij']],
    ['empty text gives no lines', '   ', 100, []],
  ])('%s', (_name, text, width, expected) => {
    expect(wrapText(text, width, at10)).toEqual(expected);
  });

  test('no line is wider than the box', () => {
    const lines = wrapText('The quick brown fox jumps over the lazy dog again and again', 60, at10);
    for (const line of lines) expect(at10(line)).toBeLessThanOrEqual(60);
  });
});

describe('fitText', () => {
  const box: FitBox = { maxWidth: 200, maxHeight: 100, maxSize: 40, minSize: 10, lineHeight: 1.25 };

  test('a short quote gets the largest size', () => {
    expect(fitText('Yes.', box, mono)).toEqual({ fontSize: 40, lines: ['Yes.'], truncated: false });
  });

  test('a longer quote steps down until it fits, and the result fits', () => {
    const text = 'We had a deal on the table and they tore it up overnight';
    const fitted = fitText(text, box, mono);
    expect(fitted.fontSize).toBeLessThan(40);
    expect(fitted.truncated).toBe(false);
    expect(fitted.lines.length * fitted.fontSize * box.lineHeight).toBeLessThanOrEqual(box.maxHeight);
    expect(fitted.lines.join(' ')).toBe(text);
    for (const line of fitted.lines) expect(mono(line, fitted.fontSize)).toBeLessThanOrEqual(box.maxWidth);
  });

  test('longer text never gets a larger font', () => {
    const sizes = [5, 10, 20, 40].map((n) => fitText(Array(n).fill('word').join(' '), box, mono).fontSize);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  test('text that cannot fit at the smallest size is cut at a word with an ellipsis', () => {
    const fitted = fitText(Array(200).fill('word').join(' '), box, mono);
    expect(fitted).toMatchObject({ fontSize: 10, truncated: true });
    expect(fitted.lines).toHaveLength(Math.floor(100 / 12.5));
    expect(fitted.lines.at(-1)).toMatch(/…$/);
    for (const line of fitted.lines) expect(mono(line, 10)).toBeLessThanOrEqual(box.maxWidth);
  });
});

describe('truncateToWidth', () => {
  test.each([
    ['fits: unchanged', 'The Ledger', 100, 'The Ledger'],
    ['cut at a word', 'The Northgate Ledger Daily', 80, 'The Northgate…'],
    ['a long word loses characters', 'Supercalifragilistic', 50, 'Supercali…'],
    ['no room at all', 'abc', 0, ''],
  ])('%s', (_name, text, width, expected) => {
    const result = truncateToWidth(text, width, at10);
    expect(result).toBe(expected);
    expect(at10(result)).toBeLessThanOrEqual(Math.max(width, 0));
  });
});
