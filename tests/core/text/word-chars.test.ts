import { describe, expect, test } from 'vitest';
import { inCommonBlocks, replaceNonLabelChars, replaceNonWords } from '../../../src/core/text/word-chars.js';

const unicodeWords = (s: string, by: string): string => s.replace(/[^\p{L}\p{N}]+/gu, by);
const unicodeLabel = (s: string, by: string): string => s.replace(/[^\p{L}\p{N}' -]+/gu, by);

/** Every character of the common blocks, one by one and as runs. */
const common: string[] = [];
for (let c = 0; c <= 0xffff; c += 1) {
  const ch = String.fromCharCode(c);
  if (inCommonBlocks(ch)) common.push(ch);
}

describe('word characters without the Unicode classes', () => {
  test('the common blocks are what they say (Latin, combining marks, punctuation, arrows, shapes)', () => {
    expect(common.length).toBe(0x250 - 0x20 + 5 + 0x70 + 0x70 + 0x70 + 0x160);
    expect(inCommonBlocks('Zoë’s café — naïve → ½')).toBe(true);
    expect(inCommonBlocks('Привет')).toBe(false);
    expect(inCommonBlocks('相关')).toBe(false);
    expect(inCommonBlocks('𝐀')).toBe(false);
  });

  test('every character of the common blocks gets the same answer as [^\\p{L}\\p{N}]', () => {
    for (const ch of common) {
      expect(replaceNonWords(`a${ch}b${ch}${ch}`, '#'), `U+${ch.charCodeAt(0).toString(16)}`).toBe(unicodeWords(`a${ch}b${ch}${ch}`, '#'));
      expect(replaceNonLabelChars(`a${ch}b${ch}${ch}`, '#'), `U+${ch.charCodeAt(0).toString(16)}`).toBe(unicodeLabel(`a${ch}b${ch}${ch}`, '#'));
    }
  });

  test.each(['Trump’s “new” deal — 2½ years on…', 'Ça coûte 12 € ¹', 'Mehr zum Thema: Straße', 'Related: 相关 新闻', 'Привет, мир!', 'emoji 👍 here', 'lone \ud800 surrogate', ''])(
    'mixed text %j: the same as the Unicode classes', (text) => {
      expect(replaceNonWords(text, ' ')).toBe(unicodeWords(text, ' '));
      expect(replaceNonWords(text, '')).toBe(unicodeWords(text, ''));
      expect(replaceNonLabelChars(text, ' ')).toBe(unicodeLabel(text, ' '));
    },
  );
});
