import { describe, expect, test } from 'vitest';
import { NOT_WORD_CHARS_BEYOND_ASCII, lettersAreAscii } from '../../../src/core/text/ascii-letters.js';

describe('lettersAreAscii', () => {
  test('no character it lets through beyond ASCII is a letter, a digit or a mark', () => {
    const listed = new RegExp(`[${NOT_WORD_CHARS_BEYOND_ASCII}]`);
    const wordChars: string[] = [];
    for (let c = 0x80; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (listed.test(ch) && /[\p{L}\p{N}\p{M}]/u.test(ch)) wordChars.push(ch);
    }
    expect(wordChars).toEqual([]);
  });

  test('curly quotes, dashes, no-break spaces and pound signs keep a text ASCII; any accented letter or "½" does not', () => {
    expect(lettersAreAscii('“Fine,” said Ada Quill — it cost £40\u00a0000… ‘twice’.')).toBe(true);
    expect(lettersAreAscii('Ada Quill met the café owner')).toBe(false);
    expect(lettersAreAscii('It took ½ an hour')).toBe(false);
    expect(lettersAreAscii('Ada µ')).toBe(false);
    expect(lettersAreAscii('a rocket 🚀 launched')).toBe(false);
  });
});
