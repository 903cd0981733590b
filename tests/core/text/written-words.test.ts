import { describe, expect, test } from 'vitest';
import { writtenAsLowerCaseRun, writtenCapitalised, writtenInLowerCase } from '../../../src/core/text/written-words.js';

/** What writtenInLowerCase stands for: the list of the text's lower-case words, as the name index built it. */
const listed = (text: string) => new Set(text.match(/(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu) ?? []);

/** Letters of both cases (Latin, accented, astral), apostrophes, hyphens, spaces, digits, a lone surrogate. */
const ALPHABET = ['a', 'b', 'o', 'é', 'ß', 'A', 'B', 'É', "'", '’', '-', ' ', ' ', '.', '1', '𝑎', '𝐀', '😀', '\ud835'];
const WORDS = ['a', 'b', 'ab', 'ba', 'o', 'é', 'aé', 'ß', '𝑎', 'a𝑎', 'A', "a'", 'a-b', '', '1'];

function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('writtenInLowerCase', () => {
  test('a word of its own in lower case, not inside another word or capitalised', () => {
    const text = 'More talks. Moreover, she wants more time and a well-known envoy’s help.';
    expect(writtenInLowerCase(text, 'more')).toBe(true);
    expect(writtenInLowerCase('More talks. Moreover, evermore.', 'more')).toBe(false);
    expect(writtenInLowerCase(text, 'well')).toBe(false);
    expect(writtenInLowerCase(text, 'envoy')).toBe(false);
    expect(writtenInLowerCase(text, 'help')).toBe(true);
    expect(writtenInLowerCase(text, 'More')).toBe(false);
  });

  test('answers as the list does on 20,000 random texts', () => {
    const random = seeded(5);
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
      const words = listed(text);
      for (const word of [...WORDS, ...words]) expect(writtenInLowerCase(text, word), JSON.stringify([text, word])).toBe(words.has(word));
    }
  });
});

describe('writtenCapitalised', () => {
  const listedCapitalised = (text: string) => new Set(text.match(/\p{Lu}\p{Ll}+/gu) ?? []);

  test('a capital and its lower-case letters, also inside a longer name', () => {
    const text = 'Republicans met. McDonald and the REPUBLICAN Party.';
    expect(writtenCapitalised(text, 'Republican')).toBe(false);
    expect(writtenCapitalised(text, 'Republicans')).toBe(true);
    expect(writtenCapitalised(text, 'Donald')).toBe(true);
    expect(writtenCapitalised(text, 'Mc')).toBe(true);
    expect(writtenCapitalised(text, 'Party')).toBe(true);
    expect(writtenCapitalised(text, 'PARTY')).toBe(false);
  });

  test('answers as the list does on 20,000 random texts', () => {
    const random = seeded(9);
    const words = ['Ab', 'Ba', 'Éa', 'Aé', 'Ab𝑎', '𝐀b', 'A', 'AB', 'ab', ''];
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
      const listed = listedCapitalised(text);
      for (const word of [...words, ...listed]) expect(writtenCapitalised(text, word), JSON.stringify([text, word])).toBe(listed.has(word));
    }
  });
});

describe('writtenAsLowerCaseRun', () => {
  /** What it stands for: the list of lower-case words find-quotes.ts built with this pattern. */
  const listedRuns = (text: string) => new Set(text.match(/(?<![\p{L}\p{N}_])\p{Ll}[\p{Ll}'’-]+(?![\p{L}\p{N}_])/gu) ?? []);
  const RUN_ALPHABET = [...ALPHABET, '_', 'д', 'Д'];
  const RUN_WORDS = [...WORDS, 'ab-', "ab'", 'a-ba', 'дд', 'bo', 'o-b'];

  test('a whole lower-case word with its apostrophes and hyphens, in any script', () => {
    const text = 'ab-cd and x-ab; X-ab, она, don\'t-stop, été_2.';
    expect(writtenAsLowerCaseRun(text, 'ab')).toBe(true); // "X-ab": the capital starts no word
    expect(writtenAsLowerCaseRun(text, 'cd')).toBe(false); // inside "ab-cd"
    expect(writtenAsLowerCaseRun(text, 'x-ab')).toBe(true);
    expect(writtenAsLowerCaseRun(text, 'она')).toBe(true);
    expect(writtenAsLowerCaseRun(text, 'stop')).toBe(false);
    expect(writtenAsLowerCaseRun(text, 'été')).toBe(false); // "_" goes on
  });

  test('answers as the list does on 20,000 random texts', () => {
    const random = seeded(7);
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => RUN_ALPHABET[Math.floor(random() * RUN_ALPHABET.length)]).join('');
      const words = listedRuns(text);
      for (const word of [...RUN_WORDS, ...words]) expect(writtenAsLowerCaseRun(text, word), JSON.stringify([text, word])).toBe(words.has(word));
    }
  });
});
