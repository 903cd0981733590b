/**
 * One synthetic page through the whole Node pipeline, in its own process so that the parent can
 * time it out and read its peak memory: `tsx bench/robustness/run-one.ts size 5000000`.
 * Prints one JSON line: { ms, cpuMs, timingsMs, maxRssMB, truncated, ... }.
 */
import { analyzeHtml } from '../../src/node/pipeline.js';
import { deepPage, pageOfElements, pageOfSize } from './synthetic-pages.js';

const [kind, amount] = process.argv.slice(2);
const n = Number(amount);
const html = kind === 'elements' ? pageOfElements(n) : kind === 'depth' ? deepPage(n) : pageOfSize(n);
const t = performance.now();
const cpu = process.cpuUsage();
let error: string | null = null;
let result: ReturnType<typeof analyzeHtml> | null = null;
try {
  result = analyzeHtml(html, `${kind}-${n}`, 'https://synthetic.example/story');
} catch (e) {
  error = e instanceof Error ? e.message : String(e);
}
const ms = performance.now() - t;
// CPU time too: on a shared machine wall time mostly measures the neighbours.
const used = process.cpuUsage(cpu);
const cpuMs = Math.round((used.user + used.system) / 1000);
console.log(JSON.stringify({
  htmlChars: html.length,
  ms: Math.round(ms),
  cpuMs,
  timingsMs: result?.timingsMs ?? null,
  textChars: result?.text.length ?? 0,
  quotes: result?.quotes.length ?? 0,
  truncated: (result as { truncated?: unknown } | null)?.truncated ?? null,
  maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  error,
}));
