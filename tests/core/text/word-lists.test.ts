import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { anyOfWords, mayHoldAny, mayOpenWithAny, tokenWords, withOptionalHyphen } from '../../../src/core/text/word-lists.js';

/** The regular expression each word list replaced, and the list: both must answer alike. */
const TOKEN_CASES: Array<[RegExp, string[]]> = [
  [/(^|[\s_-])(ad|ads|ad-container|banner-ad)($|[\s_-])/, ['ad', 'ads', 'ad-container', 'banner-ad']],
  [/(^|[\s_-])(sponsored-(content|links)|nativeads?|ob_widget)($|[\s_-])/, ['sponsored-content', 'sponsored-links', 'nativead', 'nativeads', 'ob_widget']],
  [/(^|[\s_-])(video-?(rail|list)|playlist)($|[\s_-])/, [...withOptionalHyphen('video', ['rail', 'list']), 'playlist']],
  [/(^|[\s_-])(about-?(the-)?author|share-?tools-?print|headerlinks_(email|print))($|[\s_-])/, [
    'about-author', 'aboutauthor', 'about-the-author', 'aboutthe-author', 'share-tools-print', 'sharetools-print', 'share-toolsprint', 'sharetoolsprint', 'headerlinks_email', 'headerlinks_print',
  ]],
];

/** Class-like strings built from the words' own pieces, separators of every kind and noise. */
const pieces = ['ad', 'ads', 'banner', 'container', 'sponsored', 'content', 'links', 'native', 'nativead', 'nativeads', 'ob', 'widget', 'video', 'rail', 'list', 'playlist',
  'about', 'the', 'author', 'share', 'tools', 'print', 'headerlinks', 'email', 'x', ''];
const separators = ['-', '_', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '--', '.', ':', 'a', '/'];
const classLike = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...separators)), { maxLength: 8 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

describe('word lists answer as the regular expressions they replaced', () => {
  test.each(TOKEN_CASES)('tokenWords = %s on generated class names', (re, words) => {
    const list = tokenWords(words);
    fc.assert(fc.property(classLike, (text) => list.test(text) === re.test(text)), { seed: 12, numRuns: 4000 });
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (text) => list.test(text) === re.test(text)), { seed: 12, numRuns: 2000 });
    for (const word of words) {
      expect(list.test(word)).toBe(true);
      expect(list.test(`x ${word}_y`)).toBe(true);
      expect(list.test(`x${word}`)).toBe(re.test(`x${word}`));
    }
  });

  test('anyOfWords is a substring test', () => {
    const re = /video-?player|filmstrip/;
    const list = anyOfWords([...withOptionalHyphen('video', ['player']), 'filmstrip']);
    fc.assert(fc.property(classLike, (text) => list.test(text) === re.test(text)), { seed: 7, numRuns: 2000 });
    expect(list.test('tbfilmstrip')).toBe(true);
    expect(list.test('article-videoplayer')).toBe(true);
  });

  test('the gates never say no where the pattern would match (case, the long s)', () => {
    const edition = /\b(edition|homepage|home page|site) is (tailored|customi[sz]ed|personali[sz]ed) for\b|\bswitch to (the )?\p{L}+ edition\b/iu;
    for (const text of ['Switch to the UK EDITION', 'This site is CUSTOMIZED for you', 'This site is cuſtomized for you', 'nothing here']) {
      if (edition.test(text)) expect(mayHoldAny(text, ['edition', 'tailored', 'customi', 'personali'])).toBe(true);
    }
    expect(mayHoldAny('nothing here', ['edition'])).toBe(false);
    expect(mayOpenWithAny('FOLLOW us on X', ['follow'])).toBe(true);
    expect(mayOpenWithAny('ſubscribe to us', ['subscribe to'])).toBe(true);
    expect(mayOpenWithAny('Read on', ['follow'])).toBe(false);
  });
});
