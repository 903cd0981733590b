/** Bag-of-terms helpers for sentence scoring: tf-isf weights and cosine similarity. */

export type TermVector = Map<string, number>;

export function termCounts(terms: readonly string[]): TermVector {
  const v: TermVector = new Map();
  for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
  return v;
}

/** Inverse sentence frequency: terms that appear in every sentence say nothing about any one. */
export function inverseSentenceFrequency(sentences: readonly TermVector[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of s.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length;
  const isf = new Map<string, number>();
  for (const [t, d] of df) isf.set(t, Math.log(1 + n / d));
  return isf;
}

export function weighted(v: TermVector, isf: Map<string, number>): TermVector {
  const out: TermVector = new Map();
  for (const [t, c] of v) out.set(t, c * (isf.get(t) ?? 1));
  return out;
}

export function cosine(a: TermVector, b: TermVector): number {
  return cosineToNorm(a, b, squaredNorm(b));
}

/** Sum of the squared weights, in the vector's order (so a norm computed once is the same number). */
export function squaredNorm(v: TermVector): number {
  let n = 0;
  for (const y of v.values()) n += y * y;
  return n;
}

/** cosine(a, b) with b's squaredNorm given: every sentence against one centroid sums the centroid once, not per sentence. */
export function cosineToNorm(a: TermVector, b: TermVector, nb: number): number {
  let dot = 0;
  let na = 0;
  for (const [t, x] of a) {
    na += x * x;
    const y = b.get(t);
    if (y) dot += x * y;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Share of `a`'s distinct terms that also occur in `b` (headline overlap, redundancy). */
export function coverage(a: TermVector, b: TermVector): number {
  if (!a.size) return 0;
  let hit = 0;
  for (const t of a.keys()) if (b.has(t)) hit++;
  return hit / a.size;
}
