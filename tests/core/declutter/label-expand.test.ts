import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expandPhrase } from '../../../src/core/declutter/label-expand.js';
import { LABEL_PHRASES } from '../../../src/core/declutter/phrases.js';

describe('finite phrases written out', () => {
  test.each(Object.entries(LABEL_PHRASES))('%s: the written-out labels are exactly what each phrase matches', (_reason, phrases) => {
    for (const phrase of phrases) {
      const all = expandPhrase(phrase);
      if (!all) continue;
      const whole = new RegExp(`^(?:${phrase})$`, 'u');
      // Each written-out label matches the phrase ...
      for (const label of all) expect(whole.test(label), `${phrase} -> ${label}`).toBe(true);
      // ... and every string the phrase matches is one of them.
      const set = new Set(all);
      fc.assert(fc.property(fc.stringMatching(whole), (label) => set.has(label)), { seed: 11, numRuns: 200 });
    }
  });

  // (Written out, a phrase may give a label twice: the table keeps it once.)
  const distinct = (phrase: string): string[] | undefined => (expandPhrase(phrase) ? [...new Set(expandPhrase(phrase))].sort() : undefined);

  test('groups, nested groups and optional characters', () => {
    expect(distinct('related( stories| news)?')).toEqual(['related', 'related news', 'related stories']);
    expect(distinct('help us improve( this (page|site))?')).toEqual(['help us improve', 'help us improve this page', 'help us improve this site']);
    expect(distinct("don'?t miss")).toEqual(["don't miss", 'dont miss']);
    expect(distinct('(a|b)c?d')).toEqual(['ad', 'acd', 'bd', 'bcd'].sort());
  });

  test('anything beyond the subset stays a pattern', () => {
    for (const phrase of ['more from .{1,40}', 'comments?( \\d+)?', '\\bcookies', 'plus d.?articles', 'a|b', '[ab]c', 'x+', '?a']) expect(expandPhrase(phrase)).toBeNull();
  });
});
