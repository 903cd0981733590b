import { describe, expect, test } from 'vitest';
import { memoByWord } from '../../../src/core/text/word-memo.js';
import { isDemonym } from '../../../src/core/parties/place-aliases.js';
import { isDateWord, isOrgWord } from '../../../src/core/parties/lexicon.js';
import { isOrganisationHead } from '../../../src/core/text/org-words.js';

describe('memoByWord', () => {
  test('asks the test once per word and returns its answer, null and false included', () => {
    const asked: string[] = [];
    const test1 = memoByWord((w: string) => {
      asked.push(w);
      return w === 'x' ? null : w.length > 2;
    });
    expect([test1('abc'), test1('ab'), test1('x'), test1('abc'), test1('ab')]).toEqual([true, false, null, true, false]);
    expect(test1('x')).toBe(null);
    expect(asked).toEqual(['abc', 'ab', 'x']);
  });

  test('starts over past its limit, still answering right', () => {
    let calls = 0;
    const double = memoByWord((w: string) => (calls++, w + w), 3);
    const words = ['a', 'b', 'a', 'b', 'c', 'd', 'a', 'd'];
    expect(words.map((w) => double(w))).toEqual(words.map((w) => w + w));
    // a, b, c asked; d starts a new memory; a asked again there; the repeats are remembered.
    expect(calls).toBe(5);
  });

  test('the remembered word tests answer as on first asking, in any case and order', () => {
    const words = ['Iranian', 'iranians', 'British', 'Monday', 'Jan.', 'Bank', 'Industries', 'bank', 'Hospital’s', 'table', 'Chinese', ''];
    for (const test1 of [isDemonym, isDateWord, isOrgWord, isOrganisationHead]) {
      const first = words.map(test1);
      expect([...words].reverse().map(test1).reverse()).toEqual(first);
      expect(words.map(test1)).toEqual(first);
    }
    expect(words.map(isDemonym)).toEqual([true, true, true, false, false, false, false, false, false, false, true, false]);
  });
});
