import { describe, expect, test } from 'vitest';
import { matchAllFromCapitals } from '../../../src/core/text/capital-matches.js';

/** Capitals and small letters of several scripts, astral letters, a lone surrogate, spaces and dots. */
const ALPHABET = ['a', 'b', 'A', 'Ω', 'É', 'ω', 'i', 'n', 'ese', ' ', '-', '’', '.', '𝐀', '𝑎', '\ud835', '\udc00', 'ian', 'of '];
const PATTERNS = [
  /\p{Lu}(?<!\p{L}\p{Lu})\p{Ll}{3,}(?:ian|an|i|ese|n)\b/gu,
  /\p{Lu}[\p{L}'’-]*/gu,
  /(?:(?:\p{Lu}[\p{L}'’-]*[.\u2024]?|(?:\p{Lu}\.)+)(?:[ \t]+(?:of[ \t]+)?(?=\p{Lu}))?)+/gu,
];

function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const asList = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, ...m]);

describe('matchAllFromCapitals', () => {
  test('finds what matchAll finds, with captures and offsets', () => {
    const text = 'Along the Saltmarsh coast and The Ardle coast, the Éire coast.';
    expect(asList(matchAllFromCapitals(text, /(\p{Lu}\p{Ll}+) coast/gu))).toEqual(asList(text.matchAll(/(\p{Lu}\p{Ll}+) coast/gu)));
    expect(asList(matchAllFromCapitals('Varenian and 𝐀bcdian, Omani', PATTERNS[0]!)).map((m) => m[1])).toEqual(['Varenian', '𝐀bcdian', 'Omani']);
  });

  test('the same matches as matchAll on 20,000 random texts', () => {
    const random = seeded(11);
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
      for (const re of PATTERNS) expect(asList(matchAllFromCapitals(text, re)), JSON.stringify(text)).toEqual(asList(text.matchAll(re)));
    }
  });
});
