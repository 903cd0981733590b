/**
 * Bundles bench/chromium/load-path-entry.ts as one classic script with the content script's
 * Vite settings (IIFE, es2022, minified), exposing `precisBench` on the global it runs in.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

export const BUNDLE = resolve('out/bench-chromium/load-path.js');

export async function buildBenchBundle(): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: resolve('out/bench-chromium'),
      emptyOutDir: true,
      minify: process.env.BENCH_MINIFY !== '0',
      target: 'es2022',
      lib: { entry: resolve(import.meta.dirname, 'load-path-entry.ts'), formats: ['iife'], name: 'precisBench', fileName: () => 'load-path.js' },
    },
  });
  return readFileSync(BUNDLE, 'utf8');
}
