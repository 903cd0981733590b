import { describe, expect, test } from 'vitest';
import { citationText, encodeFragmentTerm, formatPublished, hostOf, sourceLine, textFragmentUrl } from '../../src/quote-card/citation.js';

describe('encodeFragmentTerm', () => {
  test.each([
    ['plain words', 'We had a deal', 'We%20had%20a%20deal'],
    ['a dash is %2D (it marks prefix/suffix in the syntax)', 'twelve-hour', 'twelve%2Dhour'],
    ['a comma separates start and end, so it is %2C', 'yes, no', 'yes%2C%20no'],
    ['an ampersand would end the directive', 'Q&A', 'Q%26A'],
    ['non-ASCII is UTF-8 percent-encoded', 'Müller’s', 'M%C3%BCller%E2%80%99s'],
  ])('%s', (_name, term, expected) => {
    expect(encodeFragmentTerm(term)).toBe(expected);
  });
});

describe('textFragmentUrl', () => {
  const url = 'https://news.example/a/b?x=1';

  test('a short quote is matched whole, without its edge punctuation', () => {
    expect(textFragmentUrl(url, 'Nobody wins if the harbour goes quiet,')).toBe(`${url}#:~:text=Nobody%20wins%20if%20the%20harbour%20goes%20quiet`);
  });

  test('a long quote becomes start,end with four words each', () => {
    const quote = 'Our members are not asking for the moon. They are asking to finish a twelve-hour shift without being sent straight back out.';
    expect(textFragmentUrl(url, quote)).toBe(`${url}#:~:text=Our%20members%20are%20not,sent%20straight%20back%20out`);
  });

  test('an existing fragment is replaced, not appended to', () => {
    expect(textFragmentUrl('https://news.example/a#comments', 'Yes')).toBe('https://news.example/a#:~:text=Yes');
  });

  test('dashes inside the words are encoded', () => {
    expect(textFragmentUrl(url, 'a well-known fact')).toContain('#:~:text=a%20well%2Dknown%20fact');
  });
});

describe('citation', () => {
  const source = { url: 'https://www.ledger.example/ferry', outlet: 'Northgate Ledger', publishedTime: '2026-03-14T07:45:00Z' };

  test('the date as published, in the reader language', () => {
    expect(formatPublished('2026-03-14T07:45:00Z', 'en')).toBe('March 14, 2026');
    expect(formatPublished('2026-03-14T07:45:00Z', 'de')).toBe('14. März 2026');
    expect(formatPublished('not a date', 'en')).toBeNull();
    expect(formatPublished(null, 'en')).toBeNull();
  });

  test('the cached formatter of one locale never answers for another', () => {
    // Alternating locales: each call must use its own locale's formatter, not the last one built.
    for (let round = 0; round < 2; round += 1) {
      expect(formatPublished('2026-03-14T07:45:00Z', 'de')).toBe('14. März 2026');
      expect(formatPublished('2026-03-14T07:45:00Z', 'en')).toBe('March 14, 2026');
      expect(formatPublished('2026-12-01T23:30:00Z', 'fr')).toBe('1 décembre 2026');
    }
  });

  test('the outlet falls back to the domain', () => {
    expect(hostOf('https://www.ledger.example/x')).toBe('ledger.example');
    expect(sourceLine({ ...source, outlet: null, publishedTime: null }, 'en')).toBe('ledger.example');
  });

  test('quote, speaker, role, outlet, date and link', () => {
    const text = citationText({ text: 'We had a deal on the table,', speaker: 'Mara Okafor', speakerRole: 'union leader' }, source, 'en');
    expect(text).toBe(
      '“We had a deal on the table.”\n— Mara Okafor, union leader (Northgate Ledger, March 14, 2026)\n' +
        'https://www.ledger.example/ferry#:~:text=We%20had%20a%20deal%20on%20the%20table',
    );
  });

  test('an unattributed quote still says where it is from', () => {
    const text = citationText({ text: 'Yes', speaker: null, speakerRole: null }, source, 'en');
    expect(text.split('\n')[1]).toBe('— Northgate Ledger, March 14, 2026');
  });
});
