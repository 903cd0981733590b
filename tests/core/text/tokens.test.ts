import { describe, expect, test } from 'vitest';
import { contentTerms, stemLite, wordTokens } from '../../../src/core/text/tokens.js';
import { trimSpan } from '../../../src/core/text/span.js';

describe('tokens', () => {
  test('wordTokens lower-cases and drops punctuation', () => {
    expect(wordTokens('The Port, 2026: OPEN!')).toEqual(['the', 'port', '2026', 'open']);
  });

  test.each([
    ['talks', 'talk'],
    ['talked', 'talk'],
    ['talking', 'talk'],
    ['policies', 'policy'],
    ['boxes', 'box'],
    ['status', 'status'],
    ['glass', 'glass'],
    ['war', 'war'],
  ])('stemLite(%s) = %s', (word, stem) => {
    expect(stemLite(word)).toBe(stem);
  });

  test('contentTerms drops stopwords and stems', () => {
    expect(contentTerms('The ferries were delayed by the storms')).toEqual(['ferry', 'delay', 'storm']);
  });
});

describe('span', () => {
  test('trimSpan keeps offsets', () => {
    expect(trimSpan('  ab  ', 0, 6)).toEqual({ text: 'ab', start: 2, end: 4 });
    expect(trimSpan('   ', 0, 3)).toBeNull();
  });
});

describe('wordTokens on ASCII text takes the short pattern and finds the same words', () => {
  test('random ASCII and mixed sentences', () => {
    const unicode = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const chars = ['a', 'Z', 'q', '0', '9', ' ', '-', "'", '.', ',', '_', '\t', '~', '\u00a0', 'é', '’', 'Ǆ', '²', '\u0001'];
    let s = 7;
    const random = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 5_000; n++) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => chars[Math.floor(random() * (n % 2 ? 13 : chars.length))]).join('');
      expect(wordTokens(text), text).toEqual(unicode(text));
    }
  });
});
