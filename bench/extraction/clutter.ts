/**
 * `npm run bench -- clutter`: how much labelled clutter the BUILT extension hides on real saved
 * pages, in real Chromium, auto-clean on and with the popup's "Clean this page" button
 * (../shared/tools/clutter-score, labels in ../shared/corpus/clutter/dev.json), beside the issue's
 * targets; plus whether the reason in the hidden list names the labelled kind. Builds first, so
 * what is scored is the code in this checkout. Run alone: npx tsx bench/extraction/clutter.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runIfMain, skipped } from '../nlp/lib/cli.js';
import type { BenchRow, BenchSection } from '../nlp/types.js';
import { labelPages, pageCoverage, reasonRight } from './lib/clutter-reasons.js';

const TITLE = 'Clutter on real pages: labelled dev set (25 pages), Chromium';
const SCORER = '../shared/tools/clutter-score/score.mjs';
/** Targets of issue 9. */
const CORE_TARGET = 0.9;
const KIND_TARGET = 0.8;
/** A kind is judged on its own from this many items. */
const KIND_MIN_ITEMS = 5;
const REASONS_TARGET = 0.95;
/** The harness loads 25 pages twice in auto mode (~2 min); a hung browser must not hang the bench. */
const SCORER_TIMEOUT_MS = 10 * 60_000;

interface Tally {
  items: number;
  hidden: number;
}

interface ScoreResult {
  summary: {
    line: string;
    kinds: Record<string, Tally & { group: string }>;
    groups: Record<string, Tally>;
    keep: { items: number; kept: number };
    shells: unknown[];
  };
  pages: Array<{ id: string; clutter: Array<{ kind: string; selector: string; verdict: string }> }>;
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');

function score(mode: 'auto' | 'button'): ScoreResult {
  const out = resolve('out', `clutter-${mode}`);
  execFileSync('node', [SCORER, '--mode', mode, '--out', out], { stdio: ['ignore', 'ignore', 'inherit'], timeout: SCORER_TIMEOUT_MS });
  return JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')) as ScoreResult;
}

function modeRows(mode: string, r: ScoreResult): BenchRow[] {
  const core = r.summary.groups.core ?? { items: 0, hidden: 0 };
  const secondary = r.summary.groups.secondary ?? { items: 0, hidden: 0 };
  const kinds = Object.entries(r.summary.kinds).filter(([, k]) => k.group === 'core' && k.items >= KIND_MIN_ITEMS);
  const misses = kinds.filter(([, k]) => k.hidden / k.items < KIND_TARGET).map(([name, k]) => `${name} ${pct(k.hidden, k.items)}`);
  const keep = r.summary.keep;
  return [
    { figure: `${mode}: core clutter fully hidden`, ours: `${core.hidden}/${core.items} (${pct(core.hidden, core.items)})`, reference: 'page before cleaning 0%', target: '>= 90%', pass: core.hidden / core.items >= CORE_TARGET },
    { figure: `${mode}: core kinds with >= ${KIND_MIN_ITEMS} items below 80%`, ours: misses.length ? misses.join(', ') : 'none', reference: '', target: 'none', pass: misses.length === 0 },
    { figure: `${mode}: keep items still visible`, ours: `${keep.kept}/${keep.items}`, reference: `${keep.items}/${keep.items}`, target: 'all', pass: keep.kept === keep.items },
    { figure: `${mode}: shells (hidden widget leaving an empty box)`, ours: String(r.summary.shells.length), reference: '0', target: '0', pass: r.summary.shells.length === 0 },
    { figure: `${mode}: secondary (bio, tags, breadcrumb, print) hidden`, ours: `${secondary.hidden}/${secondary.items}`, reference: '', target: '' },
  ];
}

/** Of the items Chromium saw fully hidden, how many are listed with a reason naming their labelled kind (linkedom plan, same code). */
function reasonsRow(corpusDir: string, auto: ScoreResult): BenchRow {
  const hiddenInChromium = new Set(auto.pages.flatMap((p) => p.clutter.filter((c) => c.verdict === 'HIDDEN').map((c) => `${p.id} ${c.selector}`)));
  let judged = 0;
  let right = 0;
  for (const page of labelPages(corpusDir) ?? []) {
    for (const item of pageCoverage(corpusDir, page)) {
      if (item.state !== 'hidden' || !hiddenInChromium.has(`${item.page} ${item.selector}`)) continue;
      judged += 1;
      if (reasonRight(item)) right += 1;
    }
  }
  return { figure: 'reasons right (hidden list names the labelled kind)', ours: `${right}/${judged} (${pct(right, judged)})`, reference: '', target: '>= 95%', pass: judged > 0 && right / judged >= REASONS_TARGET };
}

export async function run(corpusDir: string): Promise<BenchSection> {
  if (!existsSync(join(corpusDir, 'clutter', 'dev.json'))) return skipped(TITLE, 'clutter/dev.json');
  if (!existsSync(SCORER)) return skipped(TITLE, SCORER);
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const auto = score('auto');
  const button = score('button');
  return {
    title: TITLE,
    rows: [...modeRows('auto-clean on', auto), ...modeRows('button', button), reasonsRow(corpusDir, auto)],
    notes: [
      `auto: ${auto.summary.line}`,
      `button: ${button.summary.line}`,
      'reasons right: the reason of the innermost hidden entry covering each item the scorer saw fully hidden (auto mode), from the same plan run on linkedom; secondary kinds map to their own reasons, print-email also to share.',
      'full per-item results: out/clutter-auto/result.json, out/clutter-button/result.json',
    ],
  };
}

await runIfMain(import.meta.url, run);
