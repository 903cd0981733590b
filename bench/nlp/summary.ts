/**
 * Summary benchmark: ROUGE-1/2/L of summarize(article, 3) on the 250 CNN/DM test articles of
 * the FRANK subset, against the reference highlights, beside Lead-3 computed in the same run.
 * ROUGE-1.5.5 style (see lib/rouge.ts). No headline is passed: the corpus has none (its URL slug
 * would be a corpus-specific crutch).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from '../../src/core/summary/summarize.js';
import { splitSentences } from '../../src/core/text/sentences.js';
import { missing, runIfMain, skipped } from './lib/cli.js';
import { rougeAll, type RougeScores } from './lib/rouge.js';
import type { BenchSection } from './types.js';

const TITLE = 'Summary: ROUGE on CNN/DM (FRANK 250), 3 sentences';
const PUBLISHED_LEAD3 = { r1: 41.3, r2: 18.9, rl: 37.4 };
const TARGET_R1 = 43;

interface Article { id: string; article: string; article_lines: string[]; reference_lines: string[] }

function mean(scores: RougeScores[]): RougeScores {
  const n = scores.length || 1;
  const sum = scores.reduce((a, b) => ({ r1: a.r1 + b.r1, r2: a.r2 + b.r2, rl: a.rl + b.rl }), { r1: 0, r2: 0, rl: 0 });
  return { r1: (100 * sum.r1) / n, r2: (100 * sum.r2) / n, rl: (100 * sum.rl) / n };
}

const fmt = (s: RougeScores) => `${s.r1.toFixed(1)} / ${s.r2.toFixed(1)} / ${s.rl.toFixed(1)}`;

export function loadArticles(corpusDir: string): Article[] | null {
  const file = join(corpusDir, 'nlp/cnndm-xsum-frank/cnndm_test_frank250.jsonl');
  if (missing(file)) return null;
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Article);
}

export async function run(corpusDir: string): Promise<BenchSection> {
  const articles = loadArticles(corpusDir);
  if (!articles) return skipped(TITLE, 'nlp/cnndm-xsum-frank/cnndm_test_frank250.jsonl');
  const ours: RougeScores[] = [];
  const lead3: RougeScores[] = [];
  const lead3Frank: RougeScores[] = [];
  for (const a of articles) {
    ours.push(rougeAll(summarize(a.article, 3).map((s) => s.text), a.reference_lines));
    lead3.push(rougeAll(splitSentences(a.article).slice(0, 3).map((s) => s.text), a.reference_lines));
    lead3Frank.push(rougeAll(a.article_lines.slice(0, 3), a.reference_lines));
  }
  const o = mean(ours);
  const l = mean(lead3);
  const lf = mean(lead3Frank);
  return {
    title: TITLE,
    rows: [
      { figure: 'ROUGE-1 / 2 / L', ours: fmt(o), reference: `Lead-3 ${fmt(l)}`, target: `beat Lead-3, R-1 >= ${TARGET_R1}`, pass: o.r1 > l.r1 && o.r2 > l.r2 && o.rl > l.rl && o.r1 >= TARGET_R1 },
      { figure: 'beats Lead-3 (all three)', ours: String(o.r1 > l.r1 && o.r2 > l.r2 && o.rl > l.rl), reference: 'Lead-3', target: 'true', pass: o.r1 > l.r1 && o.r2 > l.r2 && o.rl > l.rl },
    ],
    notes: [
      `${articles.length} articles; Lead-3 = first 3 sentences of our own splitter. With FRANK's article_lines: ${fmt(lf)}; published for this subset: ${fmt(PUBLISHED_LEAD3)}.`,
      'ROUGE-1.5.5 style: lower-case, [a-z0-9]+ tokens, Porter stem (npm stemmer) for tokens > 3 letters, summary-level union-LCS ROUGE-L, F1 averaged over articles.',
    ],
  };
}

void runIfMain(import.meta.url, run);
