import { describe, expect, test } from 'vitest';
import { centralityToCentroid, termCounts, type TermVector } from '../../../src/core/summary/term-vectors.js';
import { contentTerms, contentTermsOf, wordTokens } from '../../../src/core/text/tokens.js';

const sentences = [
  'The ferry operator said crossings would resume on Monday after the storms.',
  'Officials said the storms delayed 40 ferries and closed the port for two days.',
  'Passengers waited at the terminal, and some slept on benches.',
  '',
  'The port reopened on Monday; the ferry operator said the storms had passed and crossings resumed.',
  'Storms, storms and more storms: the ferries stayed in port.',
];

/** The centrality as the summary computed it with Maps of terms before centralityToCentroid. */
function centralityWithMaps(counts: readonly TermVector[]): number[] {
  const df = new Map<string, number>();
  for (const s of counts) for (const t of s.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const isf = new Map<string, number>();
  for (const [t, d] of df) isf.set(t, Math.log(1 + counts.length / d));
  const vectors = counts.map((c) => new Map([...c].map(([t, x]) => [t, x * (isf.get(t) ?? 1)])));
  const centroid = new Map<string, number>();
  for (const v of vectors) for (const [t, x] of v) centroid.set(t, (centroid.get(t) ?? 0) + x);
  let nb = 0;
  for (const y of centroid.values()) nb += y * y;
  return vectors.map((a) => {
    let dot = 0;
    let na = 0;
    for (const [t, x] of a) {
      na += x * x;
      const y = centroid.get(t);
      if (y) dot += x * y;
    }
    return na && nb ? dot / Math.sqrt(na * nb) : 0;
  });
}

describe('the summary scores computed once, as before', () => {
  test('contentTermsOf the tokens is contentTerms of the text', () => {
    for (const s of sentences) expect(contentTermsOf(wordTokens(s))).toEqual(contentTerms(s));
  });

  test('centrality from numbered terms is the Maps\' number, bit for bit', () => {
    const counts = sentences.map((s) => termCounts(contentTerms(s)));
    const fast = centralityToCentroid(counts);
    const reference = centralityWithMaps(counts);
    fast.forEach((c, i) => expect(Object.is(c, reference[i])).toBe(true));
    expect(fast[3]).toBe(0);
    expect(fast[1]).toBeGreaterThan(0);
  });
});
