/**
 * `npm run bench -- huge`: synthetic pages of 1, 2, 5 and 50 MB, 100,000 elements and 10,000
 * levels deep through the whole Node pipeline, each in its own process (so a hang is timed out,
 * and peak memory is the page's own). Pages are built in memory (synthetic-pages.ts), never
 * stored. Figures: wall time of analyzeHtml (parse included), its stages, peak RSS, and whether
 * the page was cut to the work caps.
 * Run alone: npx tsx bench/robustness/huge-pages.ts
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { runIfMain } from '../nlp/lib/cli.js';
import type { BenchRow, BenchSection } from '../nlp/types.js';

const exec = promisify(execFile);
const TITLE = 'Huge and deep pages: the whole Node pipeline (linkedom), one process per page';
/** A page still running after this long counts as a hang (the 50 MB page used to run until killed). */
const TIMEOUT_MS = 300_000;
/** Bounded: no page of any size may take longer than this on the 2-core machine. */
const TARGET_S = 30;

const CASES: Array<{ label: string; kind: 'size' | 'elements' | 'depth'; n: number }> = [
  { label: '1 MB page', kind: 'size', n: 1_000_000 },
  { label: '2 MB page', kind: 'size', n: 2_000_000 },
  { label: '5 MB page', kind: 'size', n: 5_000_000 },
  { label: '50 MB page', kind: 'size', n: 50_000_000 },
  { label: '100,000 elements', kind: 'elements', n: 100_000 },
  { label: '10,000 levels deep', kind: 'depth', n: 10_000 },
];

interface OneRun {
  ms: number;
  timingsMs: { extract: number; declutter: number; nlp: number } | null;
  maxRssMB: number;
  truncated: { limit: string; elementsRead: number; charactersRead: number } | null;
  error: string | null;
}

async function runOne(kind: string, n: number): Promise<OneRun | string> {
  try {
    const script = new URL('./run-one.ts', import.meta.url).pathname;
    const { stdout } = await exec(process.execPath, ['--import', 'tsx', script, kind, String(n)], { timeout: TIMEOUT_MS, maxBuffer: 1 << 20 });
    return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as OneRun;
  } catch (error) {
    const e = error as { killed?: boolean; message: string };
    return e.killed ? `timed out after ${TIMEOUT_MS / 1000} s` : e.message.split('\n')[0] ?? 'failed';
  }
}

export async function run(_corpusDir: string): Promise<BenchSection> {
  const rows: BenchRow[] = [];
  for (const c of CASES) {
    const r = await runOne(c.kind, c.n);
    if (typeof r === 'string') {
      rows.push({ figure: c.label, ours: r, reference: '', target: `< ${TARGET_S} s`, pass: false });
      continue;
    }
    const t = r.timingsMs;
    const stages = t ? ` (declutter ${(t.declutter / 1000).toFixed(1)}, extract ${(t.extract / 1000).toFixed(1)}, nlp ${(t.nlp / 1000).toFixed(1)})` : '';
    const cut = r.truncated ? `, read to the ${r.truncated.limit} cap (${r.truncated.elementsRead.toLocaleString('en')} elements)` : '';
    rows.push({
      figure: c.label,
      ours: r.error ? `error: ${r.error}` : `${(r.ms / 1000).toFixed(1)} s${stages}, ${r.maxRssMB} MB peak${cut}`,
      reference: '',
      target: `< ${TARGET_S} s, no error`,
      pass: !r.error && r.ms / 1000 < TARGET_S,
    });
  }
  return { title: TITLE, rows, notes: ['Wall time includes parsing; the machine is shared, so compare with the README figures measured before the fix on the same machine.'] };
}

runIfMain(import.meta.url, run);
