import { describe, expect, test } from 'vitest';
import { cosine, cosineToNorm, squaredNorm, termCounts } from '../../../src/core/summary/term-vectors.js';
import { contentTerms, contentTermsOf, wordTokens } from '../../../src/core/text/tokens.js';

const sentences = [
  'The ferry operator said crossings would resume on Monday after the storms.',
  'Officials said the storms delayed 40 ferries and closed the port for two days.',
  'Passengers waited at the terminal, and some slept on benches.',
  '',
];

describe('the summary scores computed once, as before', () => {
  test('contentTermsOf the tokens is contentTerms of the text', () => {
    for (const s of sentences) expect(contentTermsOf(wordTokens(s))).toEqual(contentTerms(s));
  });

  test('cosine against a norm computed once is the same number, bit for bit', () => {
    const vectors = sentences.map((s) => termCounts(contentTerms(s)));
    const centroid = new Map<string, number>();
    for (const v of vectors) for (const [t, x] of v) centroid.set(t, (centroid.get(t) ?? 0) + x * 0.37);
    const norm = squaredNorm(centroid);
    for (const v of vectors) expect(Object.is(cosineToNorm(v, centroid, norm), cosine(v, centroid))).toBe(true);
    expect(cosine(vectors[0]!, vectors[0]!)).toBeCloseTo(1, 12);
    expect(cosine(vectors[3]!, centroid)).toBe(0);
  });
});
