import { describe, expect, test } from 'vitest';
import { isFragment, markKeyQuotes, MAX_KEY_QUOTES } from '../../../src/core/quotes/key-quotes.js';
import { maskDots, unmaskDots } from '../../../src/core/quotes/mask-dots.js';
import { isTitleCase } from '../../../src/core/quotes/not-a-quote.js';
import { parseSpeakerPhrase } from '../../../src/core/quotes/speaker-phrase.js';
import { genderOfFirstName } from '../../../src/core/text/first-names.js';
import type { Quote } from '../../../src/core/types.js';

describe('parseSpeakerPhrase', () => {
  test.each([
    ['she', 'pronoun', 'she', null],
    ['Lindia\'s senior diplomat Nadia Okafor', 'name', 'Nadia Okafor', 'Lindia\'s senior diplomat'],
    ['President Nadia Okafor', 'name', 'Nadia Okafor', 'President'],
    ['a spokesperson for the Coastal Transit Authority', 'name', 'Coastal Transit Authority', 'spokesperson'],
    ['the association', 'nominal', 'association', null],
    ['the association later', 'nominal', 'association', null],
    ['Rep. Ines Duarte (D-Ore.)', 'name', 'Ines Duarte', 'Rep.'],
  ] as const)('%s', (phrase, kind, value, role) => {
    const p = parseSpeakerPhrase(phrase);
    expect(p?.kind).toBe(kind);
    expect(p?.value).toBe(value);
    expect(p?.role ?? null).toBe(role);
  });
});

describe('maskDots', () => {
  test.each(['Mr. Lind said', 'Sen. J.D. Harlow', 'the U.S. envoy', 'Duarte (D-Ore.) said'])('%s keeps its length and hides inner dots', (s) => {
    const masked = maskDots(s);
    expect(masked).toHaveLength(s.length);
    expect(masked).not.toContain('.');
    expect(unmaskDots(masked)).toBe(s);
  });

  test('a sentence end stays a dot', () => {
    expect(maskDots('It ended. Then')).toBe('It ended. Then');
  });

  test('astral characters keep the offsets: the same dots as with two plain characters in their place', () => {
    // The earlier version masked an array of code points, or by UTF-16 index when the text held
    // astral characters; the one pass by index must give both its answers.
    for (const s of ['😀 Dr. A. B. Lind (No. 2) 😀 said Mr. Harlow. Inc. 😀', 'Mr. J.D. Harlow (R-Ore.) met the U.S. envoy on Jan. 5. Then he left.']) {
      const plain = s.replaceAll('😀', '::');
      expect(maskDots(s).replaceAll('😀', '::'), s).toBe(maskDots(plain));
      expect(unmaskDots(maskDots(s))).toBe(s);
    }
    // "J.D." is found by the initials and the acronym patterns: each dot masked once, nothing doubled.
    expect(maskDots('Sen. J.D. Harlow')).toBe('Sen\u2024 J\u2024D\u2024 Harlow');
  });
});

describe('isTitleCase', () => {
  test.each([
    ['Morning Report', true],
    ['Contract with America', true],
    ['13th', true],
    ['the gold standard', false],
    ['We Will Win. Now Go.', false],
  ])('%s -> %s', (s, expected) => {
    expect(isTitleCase(s)).toBe(expected);
  });
});

describe('fragments and key quotes', () => {
  test.each([
    ['armada', true],
    ['reach a', true],
    ['reach a deal', false],
  ])('isFragment(%s) = %s', (s, expected) => {
    expect(isFragment(s)).toBe(expected);
  });

  test('at most a handful of key quotes, different speakers first', () => {
    const long = 'this is a full statement that someone would want to share with friends';
    const quotes: Quote[] = Array.from({ length: 8 }, (_, i) => ({
      text: `${long} number ${i}`, speaker: i < 6 ? 'Ines Duarte' : `Speaker ${i}`, speakerRole: null, fragment: false, key: false, start: i * 100, end: i * 100 + long.length + 9,
    }));
    markKeyQuotes(quotes);
    const key = quotes.filter((q) => q.key);
    expect(key).toHaveLength(MAX_KEY_QUOTES);
    // all three speakers are represented before anyone gets a second key quote
    expect(new Set(key.map((q) => q.speaker)).size).toBe(3);
  });
});

describe('key quotes: a pull quote is not picked twice', () => {
  test('a quote repeating the words of a picked one is left out', () => {
    const mk = (text: string, speaker: string, start: number): Quote => ({ text, speaker, speakerRole: null, fragment: false, key: false, start, end: start + text.length });
    const quotes = [
      mk('We stopped treating the waiting list as a lottery', 'Ines Duarte', 0),
      mk('Most people do not need to see a doctor that day, but the ones who do now get seen', 'Ines Duarte', 100),
      mk('We stopped treating the waiting list as a lottery.', 'Ines Duarte', 300),
    ];
    markKeyQuotes(quotes);
    expect(quotes.map((q) => q.key)).toEqual([true, true, false]);
  });
});

describe('genderOfFirstName', () => {
  test.each([
    ['Ruth', 'female'],
    ['Tomas', null],
    ['Donald', 'male'],
    ['Kim', null],
  ] as const)('%s -> %s', (name, gender) => {
    expect(genderOfFirstName(name)).toBe(gender);
  });
});

describe('key quotes: different voices first, partial quotes count, scare quotes never', () => {
  const mk = (text: string, speaker: string | null, start: number): Quote => ({ text, speaker, speakerRole: null, fragment: isFragment(text), key: false, start, end: start + text.length });

  test('six speakers quoted in short partial quotes: at least three key quotes, all from different speakers', () => {
    const quotes = [
      mk('I have instructed my minister to pursue honest and balanced negotiations without threats', 'Tarek Solani', 0),
      mk('and we will keep talking until the summer is over and done', 'Tarek Solani', 200),
      mk('confident that we can reach a deal', 'Idris Kamal', 400),
      mk('armada', 'Helena Marsh', 500),
      mk('talking to us, seriously', 'Helena Marsh', 600),
      mk('not afford another war', 'Jonas Brecht', 700),
      mk('no intention', 'Rafael Quintero', 800),
      mk('must offer something in return', 'Mirela Daskal', 900),
      mk('a long statement with no speaker that nobody can attribute at all', null, 1000),
    ];
    markKeyQuotes(quotes);
    const key = quotes.filter((q) => q.key);
    expect(key.length).toBeGreaterThanOrEqual(3);
    expect(new Set(key.map((q) => q.speaker)).size).toBe(key.length);
    expect(key.some((q) => q.text === 'armada' || q.text === 'no intention' || q.speaker === null)).toBe(false);
  });

  test('one speaker: a second key quote must be substantial', () => {
    const quotes = [mk('we had a deal on the table and they tore it up overnight', 'Mara Okafor', 0), mk('not the moon', 'Mara Okafor', 100)];
    markKeyQuotes(quotes);
    expect(quotes.map((q) => q.key)).toEqual([true, false]);
  });
});
