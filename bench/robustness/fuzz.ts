/**
 * `npm run bench -- fuzz`: the fuzz test's properties (fuzz-checks.ts) on many more hostile pages
 * than CI runs, with a fresh seed each time (printed, so a failure can be replayed with
 * PRECIS_FUZZ_SEED=…), and pages nested up to 3,000 deep. PRECIS_FUZZ_RUNS sets the number of pages.
 * Run alone: npx tsx bench/robustness/fuzz.ts
 */
import fc from 'fast-check';
import { runIfMain } from '../nlp/lib/cli.js';
import type { BenchRow, BenchSection } from '../nlp/types.js';
import { checkCleaner, checkPipeline } from './fuzz-checks.js';
import { hostilePage } from './hostile-html.js';

const TITLE = 'Fuzz: hostile pages through the pipeline and the cleaner (fast-check, linkedom)';
/** About a minute on the 2-core machine for both properties. */
const DEFAULT_RUNS = 400;
/** Deep enough that recursion would overflow (it did at 10,000 with the whole pipeline; the walks are loops now). */
const MAX_DEPTH = 3000;

function property(name: string, check: (html: string) => unknown, runs: number, seed: number, forgedMarkers = false): BenchRow {
  const started = performance.now();
  const details = fc.check(fc.property(hostilePage({ maxDepth: MAX_DEPTH, forgedMarkers }), (page) => {
    check(page.html);
  }), { seed, numRuns: runs });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const failure = details.failed ? `FAILED after ${details.numRuns} runs: ${String(details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance).split('\n')[0]} (shrunk page: ${JSON.stringify(details.counterexample?.[0]).slice(0, 300)}…)` : '';
  return {
    figure: name,
    ours: failure || `${details.numRuns} pages, no failure (${seconds} s)`,
    reference: '',
    target: 'no failure',
    pass: !details.failed,
  };
}

export async function run(_corpusDir: string): Promise<BenchSection> {
  const seed = Number(process.env.PRECIS_FUZZ_SEED ?? Date.now() % 2 ** 31);
  const runs = Number(process.env.PRECIS_FUZZ_RUNS ?? DEFAULT_RUNS);
  return {
    title: TITLE,
    rows: [
      property('pipeline: no throw, offsets inside the text', checkPipeline, runs, seed),
      property('cleaner: no article paragraph hidden, restore all = same page', checkCleaner, runs, seed),
      // Pages that forge the cleaner's own data-precis-* markers: known to fail until the markers are unforgeable (issue 12 part B).
      property('cleaner on pages with forged data-precis-* attributes', checkCleaner, Math.min(runs, 100), seed, true),
    ],
    notes: [`seed ${seed} (replay: PRECIS_FUZZ_SEED=${seed} npm run bench -- fuzz)`],
  };
}

runIfMain(import.meta.url, run);
