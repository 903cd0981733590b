import { describe, expect, test } from 'vitest';
import { trailingAbbreviation } from '../../../src/core/text/sentences.js';

/** The pattern trailingAbbreviation stands for, as splitSentences ran it on every segment. */
const TRAILING_ABBREVIATION = /(?:^|[\s(“"'‘\-–—])((?:\p{L}\.)*\p{L}+)\.\s*$/u;

/** Letters, dots, the delimiters the pattern names, other punctuation, spaces, astral letters. */
const ALPHABET = ['a', 'b', 'U', 'S', 'é', '.', '.', ' ', ' ', '\n', '(', '“', '"', "'", '‘', '-', '–', '—', ',', '?', '1', '𝑎', '😀'];

function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('trailingAbbreviation', () => {
  test('the dotted word a segment ends on', () => {
    expect(trailingAbbreviation('He met Mr. ')).toBe('Mr');
    expect(trailingAbbreviation('talks with the U.S.')).toBe('U.S');
    expect(trailingAbbreviation(`${'a long sentence about the talks, '.repeat(4)}led by Gov.`)).toBe('Gov');
    expect(trailingAbbreviation(`${'x'.repeat(100)}.`)).toBe('x'.repeat(100));
    expect(trailingAbbreviation('Is it over?')).toBeUndefined();
  });

  test('answers as the pattern does on 20,000 random segments, short and long', () => {
    const random = seeded(11);
    for (let n = 0; n < 20_000; n++) {
      const length = Math.floor(random() * (n % 2 ? 24 : 160));
      // Long runs of letters too, so that a word starts before the 64-character tail.
      const letters = random() < 0.2;
      const text = Array.from({ length }, () => (letters && random() < 0.9 ? 'k' : ALPHABET[Math.floor(random() * ALPHABET.length)])).join('');
      expect(trailingAbbreviation(text), JSON.stringify(text)).toBe(TRAILING_ABBREVIATION.exec(text)?.[1]);
    }
  });
});
