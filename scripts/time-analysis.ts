/**
 * analyzeText's median over the speed bench's texts, ROUNDS passes after warm-up, as one line of
 * JSON: for interleaved A/B runs of two checkouts (`npx tsx scripts/time-analysis.ts` in each,
 * alternately, in the same minutes), where the whole `npm run bench -- nlp-speed` is too slow.
 */
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { median, percentile } from '../bench/nlp/lib/cli.js';
import { speedTexts } from '../bench/nlp/speed.js';
import { analyzeText } from '../src/core/analyze-text.js';

const ROUNDS = 3;
const corpus = resolve(process.env.PRECIS_CORPUS ?? '../shared/corpus');
const texts = speedTexts(corpus)?.texts ?? [];
for (const t of texts.slice(0, 6)) analyzeText(t);
const times: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  for (const t of texts) {
    const t0 = performance.now();
    analyzeText(t);
    times.push(performance.now() - t0);
  }
}
console.log(JSON.stringify({ median: +median(times).toFixed(2), p95: +percentile(times, 95).toFixed(2), n: times.length }));
