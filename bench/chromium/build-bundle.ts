/**
 * Bundles the bench's two sides, bench/chromium/load-path-entry.ts (the content script's load
 * path) and readability-entry.ts, each as one classic script with the content script's Vite
 * settings (IIFE, es2022, minified), exposing `precisBench` on the global it runs in.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { stripRuleWhy } from '../../scripts/lib/strip-rule-why.js';

const OUT = resolve('out/bench-chromium');

export interface BenchBundles {
  precis: string;
  readability: string;
}

/** One entry of bench/chromium bundled that way, as source text (`emptyOutDir` clears the other bundles). */
export async function bundle(entry: string, fileName: string, emptyOutDir: boolean, tree = resolve(import.meta.dirname, '../..')): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    // As content.js is built (vite.config.ts): the rules' why texts left out.
    plugins: [stripRuleWhy()],
    build: {
      outDir: OUT,
      emptyOutDir,
      minify: process.env.BENCH_MINIFY !== '0',
      target: 'es2022',
      lib: { entry: resolve(tree, 'bench/chromium', entry), formats: ['iife'], name: 'precisBench', fileName: () => fileName },
    },
  });
  const source = readFileSync(resolve(OUT, fileName), 'utf8');
  // An experiment: V8's explicit compile hint (Chrome 136+) compiles every function with the script.
  return process.env.BENCH_COMPILE_HINT === '1' && entry === 'load-path-entry.ts' ? `//# allFunctionsCalledOnLoad\n${source}` : source;
}

/** `tree`: a checkout of the project whose sources are bundled (this one by default; load-ab.ts passes another commit's). */
export async function buildBenchBundles(tree = resolve(import.meta.dirname, '../..')): Promise<BenchBundles> {
  return { precis: await bundle('load-path-entry.ts', 'load-path.js', true, tree), readability: await bundle('readability-entry.ts', 'readability.js', false, tree) };
}
