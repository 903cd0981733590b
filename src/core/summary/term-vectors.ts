/** Bag-of-terms helpers for sentence scoring: tf-isf weights, cosine to the centroid, overlap. */

export type TermVector = Map<string, number>;

export function termCounts(terms: readonly string[]): TermVector {
  const v: TermVector = new Map();
  for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
  return v;
}

/**
 * Each sentence's cosine to the centroid of the sentences' tf-isf vectors (isf, the inverse
 * sentence frequency log(1 + n / df): terms in every sentence say nothing about any one). The
 * terms are numbered in the order they are first met, so weights, sums and norms are arrays read
 * in the order Maps of the terms would be: the same additions in the same order, the same
 * numbers to the last bit, without a Map read or written per term and sentence.
 */
export function centralityToCentroid(sentences: readonly TermVector[]): number[] {
  const idOf = new Map<string, number>();
  const df: number[] = [];
  const ids = sentences.map((s) => {
    const own: number[] = [];
    for (const t of s.keys()) {
      let id = idOf.get(t);
      if (id === undefined) { id = df.length; idOf.set(t, id); df.push(0); }
      df[id]!++;
      own.push(id);
    }
    return own;
  });
  const isf = df.map((d) => Math.log(1 + sentences.length / d));
  const centroid = new Float64Array(df.length);
  const weights = sentences.map((s, i) => {
    const own = ids[i]!;
    const w = new Float64Array(own.length);
    let k = 0;
    for (const c of s.values()) {
      const id = own[k]!;
      const x = c * isf[id]!;
      w[k++] = x;
      centroid[id] = centroid[id]! + x;
    }
    return w;
  });
  let centroidNorm = 0;
  for (const y of centroid) centroidNorm += y * y;
  return weights.map((w, i) => {
    const own = ids[i]!;
    let dot = 0;
    let norm = 0;
    for (let k = 0; k < w.length; k++) {
      const x = w[k]!;
      norm += x * x;
      const y = centroid[own[k]!]!;
      if (y) dot += x * y;
    }
    return norm && centroidNorm ? dot / Math.sqrt(norm * centroidNorm) : 0;
  });
}

/** Share of `a`'s distinct terms that also occur in `b` (headline overlap, redundancy). */
export function coverage(a: TermVector, b: TermVector): number {
  if (!a.size) return 0;
  let hit = 0;
  for (const t of a.keys()) if (b.has(t)) hit++;
  return hit / a.size;
}
