/**
 * The Scrapinghub article-extraction benchmark's metric: 4-token shingles of \w+ tokens (Unicode
 * letters and digits, as Python's re.UNICODE \w), counted as multisets; per-page precision and
 * recall, averaged over pages; F1 of the two means.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const N = 4;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function shingles(text: string, n = N): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  // Upstream keeps one shingle even for texts shorter than n tokens.
  for (let i = 0; i < Math.max(1, t.length - n + 1); i += 1) {
    const s = t.slice(i, i + n).join(' ');
    if (s) out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  precision: number;
  recall: number;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const a = shingles(truth);
  const b = shingles(predicted);
  let tp = 0;
  let predTotal = 0;
  let truthTotal = 0;
  for (const [k, c] of b) {
    predTotal += c;
    tp += Math.min(c, a.get(k) ?? 0);
  }
  for (const c of a.values()) truthTotal += c;
  return { precision: predTotal ? tp / predTotal : 0, recall: truthTotal ? tp / truthTotal : 1 };
}

/** Share of the truth's distinct shingles present anywhere in `text` (for "nothing hidden"). */
export function coverage(truth: string, text: string): number {
  const a = shingles(truth);
  const b = shingles(text);
  let hit = 0;
  for (const k of a.keys()) if (b.has(k)) hit += 1;
  return a.size ? hit / a.size : 1;
}

export interface Aggregate {
  precision: number;
  recall: number;
  f1: number;
}

export function aggregate(scores: readonly PageScore[]): Aggregate {
  const n = scores.length || 1;
  const precision = scores.reduce((s, x) => s + x.precision, 0) / n;
  const recall = scores.reduce((s, x) => s + x.recall, 0) / n;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
