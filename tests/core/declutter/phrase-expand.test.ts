import { describe, expect, test } from 'vitest';
import { normaliseLabel, reasonForLabel } from '../../../src/core/declutter/label-match.js';
import { expandPhrase } from '../../../src/core/declutter/phrase-expand.js';
import { LABEL_PHRASES } from '../../../src/core/declutter/phrases.js';
import type { HiddenReason } from '../../../src/core/types.js';

const wholeMatch = (phrase: string): RegExp => new RegExp(`^(?:${phrase})$`, 'u');

describe('expanding a label phrase into the strings it matches', () => {
  test.each([
    ['most (read|viewed)( stories| news)?', ['most read stories', 'most read news', 'most read', 'most viewed stories', 'most viewed news', 'most viewed']],
    ['editors?', ['editors', 'editor']],
    ['cookie-?(a|b)', ['cookie-a', 'cookie-b', 'cookiea', 'cookieb']],
    ['a|b c', ['a', 'b c']],
    ['(x(y|z)?)?w', ['xyw', 'xzw', 'xw', 'w']],
  ])('%s', (phrase, strings) => {
    expect(expandPhrase(phrase)?.sort()).toEqual([...strings].sort());
  });

  test.each(['more (from|on) .{1,40}', 'comments?( \\d+)?', 'plus d.?articles', '(?:a|b)', 'a+', '[ab]c', 'a{2}'])('%s stays a regex', (phrase) => {
    expect(expandPhrase(phrase)).toBeNull();
  });

  test('every expanded string of every phrase in the table is matched whole by the phrase', () => {
    let expanded = 0;
    for (const phrases of Object.values(LABEL_PHRASES)) {
      for (const phrase of phrases) {
        const strings = expandPhrase(phrase);
        if (!strings) continue;
        expanded += 1;
        const re = wholeMatch(phrase);
        for (const s of strings) expect(re.test(s), `${phrase} -> ${s}`).toBe(true);
      }
    }
    expect(expanded).toBeGreaterThan(300);
  });
});

/** The matcher as it was: one whole-label alternation per reason, in the table's order. */
function reference(raw: string): HiddenReason | null {
  const label = normaliseLabel(raw);
  if (!label) return null;
  const long = label.length > 90;
  if (long && !/cookie/.test(label)) return null;
  const mentionsCookies = /cookie|privacy|datenschutz/.test(label);
  for (const [reason, phrases] of Object.entries(LABEL_PHRASES) as Array<[HiddenReason, readonly string[]]>) {
    if (!phrases.length || (long && reason !== 'cookie') || (reason === 'cookie' && !mentionsCookies)) continue;
    if (new RegExp(`^(?:${phrases.join('|')})$`, 'u').test(label)) return reason;
  }
  return null;
}

describe('the Set-and-regex matcher answers as the alternations did', () => {
  test('on every expanded label, and on each with a word added or cut', () => {
    const labels = new Set<string>(['', 'x', 'the quick brown fox', 'more from the times', '12 comments', 'we use cookies on this site to improve it']);
    for (const phrases of Object.values(LABEL_PHRASES)) {
      for (const phrase of phrases) {
        for (const s of expandPhrase(phrase) ?? []) {
          labels.add(s);
          labels.add(`${s} now`);
          labels.add(`the ${s}`);
          labels.add(s.slice(0, -1));
          labels.add(s.split(' ').slice(1).join(' '));
        }
      }
    }
    const differ = [...labels].filter((l) => reasonForLabel(l) !== reference(l));
    expect(differ).toEqual([]);
  });
});
