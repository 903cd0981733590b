import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchSection } from '../types.js';

/** True when the module at `metaUrl` is the script Node was started with (`npx tsx bench/nlp/x.ts`). */
export function isMain(metaUrl: string): boolean {
  const entry = process.argv[1];
  return !!entry && resolve(entry) === fileURLToPath(metaUrl);
}

/** The shared corpus folder as seen from the repo root (../shared/corpus). */
export function defaultCorpusDir(): string {
  return resolve(fileURLToPath(new URL('../../../', import.meta.url)), '../shared/corpus');
}

/** A section that says why nothing was measured, instead of failing the whole bench run. */
export function skipped(title: string, path: string): BenchSection {
  return { title, rows: [], notes: [`skipped: ${path} absent`] };
}

export function missing(path: string): boolean {
  return !existsSync(path);
}

export function printSection(section: BenchSection): void {
  console.log(`\n## ${section.title}\n`);
  if (section.rows.length) {
    console.log('| figure | ours | reference | target | pass |\n|---|---|---|---|---|');
    for (const r of section.rows) {
      const pass = r.pass === undefined ? '' : r.pass ? 'yes' : 'NO';
      console.log(`| ${r.figure} | ${r.ours} | ${r.reference} | ${r.target ?? ''} | ${pass} |`);
    }
  }
  for (const n of section.notes ?? []) console.log(`- ${n}`);
}

/** Runs a bench module's `run` when it is started on its own. */
export async function runIfMain(metaUrl: string, run: (dir: string) => Promise<BenchSection>): Promise<void> {
  if (!isMain(metaUrl)) return;
  printSection(await run(process.argv[2] ?? defaultCorpusDir()));
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] ?? NaN;
}

export const pct = (x: number): string => (100 * x).toFixed(1);
