import { describe, expect, test } from 'vitest';
import { lowerWordBefore } from '../../../src/core/text/word-before.js';

/** The patterns lowerWordBefore stands for, as the name index and the roles ran them. */
const withComma = (text: string, from: number, end: number) => /([\p{Ll}-]+),?\s+$/u.exec(text.slice(from, end))?.[1];
const withoutComma = (text: string, from: number, end: number) => /([\p{Ll}-]+)\s+$/u.exec(text.slice(from, end))?.[1];

/** Letters of both cases, hyphens, commas, several kinds of space, apostrophes, astral letters and emoji. */
const ALPHABET = ['a', 'z', 'é', 'ß', 'Z', 'É', '-', ',', ' ', '\t', '\n', '\u00a0', '\u2009', "'", '’', '.', '1', '𝑎', '𝐀', '😀'];

function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('lowerWordBefore', () => {
  test('reads the role word before a name', () => {
    expect(lowerWordBefore('the senior diplomat Ann Lee', 0, 20, true)).toBe('diplomat');
    expect(lowerWordBefore('the spokeswoman, Ann Lee', 0, 17, true)).toBe('spokeswoman');
    expect(lowerWordBefore('the spokeswoman, Ann Lee', 0, 17, false)).toBeUndefined();
    expect(lowerWordBefore('co-founder  Ann', 0, 12, false)).toBe('co-founder');
    expect(lowerWordBefore('said Ann', 0, 4, false)).toBeUndefined();
    // Not anchored to a word's start, as the patterns are not: "Mayor " ends in "ayor".
    expect(lowerWordBefore('Mayor Ann', 0, 6, false)).toBe('ayor');
  });

  test('answers as the patterns do on 20,000 random windows', () => {
    const random = seeded(7);
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: Math.floor(random() * 24) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
      const end = Math.floor(random() * (text.length + 1));
      const from = Math.max(0, end - Math.floor(random() * 12));
      expect(lowerWordBefore(text, from, end, true), JSON.stringify([text, from, end])).toBe(withComma(text, from, end));
      expect(lowerWordBefore(text, from, end, false), JSON.stringify([text, from, end])).toBe(withoutComma(text, from, end));
    }
  });
});
