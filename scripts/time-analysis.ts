/**
 * analyzeText's median over the speed bench's texts, ROUNDS passes after warm-up, as one line of
 * JSON: for interleaved A/B runs of two checkouts (`npx tsx scripts/time-analysis.ts` in each,
 * alternately, in the same minutes), where the whole `npm run bench -- nlp-speed` is too slow.
 * Wall time per call, and the process's CPU time per call (steadier when other jobs share the cores).
 */
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { median, percentile } from '../bench/nlp/lib/cli.js';
import { speedTexts } from '../bench/nlp/speed.js';
import { analyzeText } from '../src/core/analyze-text.js';

const ROUNDS = Number(process.env.PRECIS_ROUNDS ?? 3);
const corpus = resolve(process.env.PRECIS_CORPUS ?? '../shared/corpus');
const texts = speedTexts(corpus)?.texts ?? [];
for (const t of texts.slice(0, 6)) analyzeText(t);
const times: number[] = [];
const cpu: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  for (const t of texts) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    analyzeText(t);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
}
const ms = (x: number) => +x.toFixed(2);
console.log(JSON.stringify({ median: ms(median(times)), p95: ms(percentile(times, 95)), cpuMedian: ms(median(cpu)), n: times.length }));
