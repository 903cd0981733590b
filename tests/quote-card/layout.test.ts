import { describe, expect, test } from 'vitest';
import { type FitBox, clampLines, fitText, truncateToWidth, wrapText } from '../../src/quote-card/layout.js';

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

describe('long and CJK text (linear layout)', () => {
  /** A monospace fake that counts how many characters it was asked to measure. */
  function countingMono() {
    let chars = 0;
    const measure = (text: string, size: number): number => {
      chars += text.length;
      return mono(text, size);
    };
    return { measure, chars: () => chars };
  }
  const box: FitBox = { maxWidth: 900, maxHeight: 600, maxSize: 84, minSize: 30, lineHeight: 1.3 };

  test.each([
    ['an unbroken 1,500-character word', 'x'.repeat(1500)],
    ['1,000 CJK characters', '港口渡轮工会今天表示罢工将继续。'.repeat(70).slice(0, 1000)],
    ['3,000 characters of words', 'the harbour ferry strike goes on '.repeat(91)],
  ])('%s: measured work grows linearly, and every line fits', (_name, text) => {
    const small = countingMono();
    fitText(text.slice(0, text.length / 2), box, small.measure);
    const big = countingMono();
    const fitted = fitText(text, box, big.measure);
    // Twice the text, at most about twice the work (quadratic layout did four times, or worse).
    expect(big.chars()).toBeLessThan(small.chars() * 2.6 + 1000);
    expect(big.chars()).toBeLessThan(text.length * 40);
    for (const line of fitted.lines) expect(mono(line, fitted.fontSize)).toBeLessThanOrEqual(box.maxWidth);
  });

  test('CJK breaks between characters and fills each line; a closing mark never starts a line', () => {
    const lines = wrapText('渡轮工会表示，罢工将继续。乘客应提前安排。', 60, at10);
    expect(lines.join('')).toBe('渡轮工会表示，罢工将继续。乘客应提前安排。');
    for (const line of lines) {
      expect(at10(line)).toBeLessThanOrEqual(60);
      expect(line).not.toMatch(/^[，。]/);
    }
    // Full lines: 12 characters fit; the first line stops at 11 because '续。' travel together.
    expect(lines.map((l) => l.length)).toEqual([11, 10]);
  });

  test('Latin and CJK mixed: words stay whole, CJK runs flow on from the line before', () => {
    expect(wrapText('Ferry 渡轮工会表示 strike', 60, at10)).toEqual(['Ferry 渡轮工会表示', 'strike']);
  });

  test('a long token breaks by grapheme and never splits an emoji', () => {
    const lines = wrapText('👍🏽'.repeat(20), 40, at10);
    expect(lines.join('')).toBe('👍🏽'.repeat(20));
    for (const line of lines) expect(line).toMatch(/^(👍🏽)+$/u);
  });

  test('text cut at the smallest size ends with an ellipsis even without spaces (CJK)', () => {
    const fitted = fitText('港口渡轮工会今天表示罢工将继续。'.repeat(200), { ...box, maxHeight: 200 }, mono);
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines.at(-1)).toMatch(/…$/);
    for (const line of fitted.lines) expect(mono(line, fitted.fontSize)).toBeLessThanOrEqual(box.maxWidth);
  });

  test('truncateToWidth on a 5,000-character name is quick and fits', () => {
    const cut = truncateToWidth('N'.repeat(5000), 300, at10);
    expect(cut).toMatch(/^N+…$/);
    expect(at10(cut)).toBeLessThanOrEqual(300);
  });
});

test('a quote cut to fit keeps its closing mark after the ellipsis', () => {
  const box: FitBox = { maxWidth: 200, maxHeight: 100, maxSize: 40, minSize: 10, lineHeight: 1.25 };
  const fitted = fitText(`“${Array(200).fill('word').join(' ')}”`, box, mono, '”');
  expect(fitted.truncated).toBe(true);
  expect(fitted.lines.at(-1)).toMatch(/word…”$/);
  expect(mono(fitted.lines.at(-1)!, 10)).toBeLessThanOrEqual(200);
});

describe('clampLines', () => {
  test('text that fits keeps its lines', () => {
    expect(clampLines('chief executive', 200, at10, 2)).toEqual(['chief executive']);
  });

  test('a long role wraps on two lines instead of being cut on one', () => {
    expect(clampLines('general secretary of the dock workers union', 130, at10, 2)).toEqual([
      'general secretary of the',
      'dock workers union',
    ]);
  });

  test('past the last line, the last line ends in an ellipsis and every line fits', () => {
    const lines = clampLines('one two three four five six seven eight nine ten', 60, at10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(at10(line)).toBeLessThanOrEqual(60);
  });

  test('an unbroken word longer than every line is cut by grapheme', () => {
    const lines = clampLines('x'.repeat(500), 50, at10, 2);
    expect(lines).toEqual(['x'.repeat(10), `${'x'.repeat(9)}…`]);
  });
});
