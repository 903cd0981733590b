/**
 * ROUGE as ROUGE-1.5.5 computes it with `-m` (Porter stemming) and no stopword removal:
 * lower-case, replace anything outside [a-z0-9] by a space, stem tokens longer than 3 letters.
 * ROUGE-N is clipped n-gram overlap over the whole summary; ROUGE-L is the summary-level
 * "union LCS" (Lin 2004, sec. 3.2), with each token counted at most as often as it occurs on
 * both sides (the rule the rouge-score package's `rougeLsum` uses). F is F1 (alpha = 0.5),
 * averaged over documents.
 */
import { stemmer } from 'stemmer';

export interface Prf { p: number; r: number; f: number }

export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((t) => (t.length > 3 ? stemmer(t) : t));
}

function prf(hits: number, candTotal: number, refTotal: number): Prf {
  const p = candTotal ? hits / candTotal : 0;
  const r = refTotal ? hits / refTotal : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

export function rougeN(candidate: string[], reference: string[], n: number): Prf {
  const c = ngramCounts(candidate.flatMap(rougeTokens), n);
  const r = ngramCounts(reference.flatMap(rougeTokens), n);
  let hits = 0;
  for (const [g, k] of c) hits += Math.min(k, r.get(g) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return prf(hits, total(c), total(r));
}

/** Indices of `ref` on one longest common subsequence with `cand`. */
function lcsIndices(ref: string[], cand: string[]): number[] {
  const rows = ref.length;
  const cols = cand.length;
  const t: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= cols; j++) {
      t[i]![j] = ref[i - 1] === cand[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
    }
  }
  const out: number[] = [];
  for (let i = rows, j = cols; i > 0 && j > 0; ) {
    if (ref[i - 1] === cand[j - 1]) { out.push(i - 1); i--; j--; }
    else if (t[i - 1]![j]! >= t[i]![j - 1]!) i--;
    else j--;
  }
  return out;
}

export function rougeLsum(candidate: string[], reference: string[]): Prf {
  const cands = candidate.map(rougeTokens);
  const refs = reference.map(rougeTokens);
  const count = (lists: string[][]) => {
    const m = new Map<string, number>();
    for (const l of lists) for (const t of l) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const candLeft = count(cands);
  const refLeft = count(refs);
  let hits = 0;
  for (const ref of refs) {
    const union = new Set<number>();
    for (const cand of cands) for (const i of lcsIndices(ref, cand)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const tok = ref[i]!;
      if ((candLeft.get(tok) ?? 0) > 0 && (refLeft.get(tok) ?? 0) > 0) {
        hits++;
        candLeft.set(tok, candLeft.get(tok)! - 1);
        refLeft.set(tok, refLeft.get(tok)! - 1);
      }
    }
  }
  const total = (l: string[][]) => l.reduce((a, b) => a + b.length, 0);
  return prf(hits, total(cands), total(refs));
}

export interface RougeScores { r1: number; r2: number; rl: number }

export function rougeAll(candidate: string[], reference: string[]): RougeScores {
  return {
    r1: rougeN(candidate, reference, 1).f,
    r2: rougeN(candidate, reference, 2).f,
    rl: rougeLsum(candidate, reference).f,
  };
}
