/**
 * The content script's load path of two source trees, page by page in turn, in one run, with
 * Readability clone + parse beside them: on this shared 2-core machine the load changes from
 * minute to minute, and alternating makes both builds meet the same load (popup-ab.ts does the
 * same for the popup). Each side is timed as load-cost.ts times it (a fresh isolated world from a
 * unique source, cold then warm, renderer main-thread CPU). Prints B/A as the median of per-page
 * ratios, cold, cold with the script's evaluation, and warm, and each side's ratio to Readability.
 *
 *   npx tsx bench/chromium/load-ab.ts <tree-A> <tree-B> [pages=181]
 *
 * A tree is a checkout of the project (another commit: `git archive <commit> | tar -x -C /tmp/a`,
 * then link node_modules into it); its bench entry is bundled from its own sources.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, findBrowser } from '../../scripts/lib/browsers.js';
import { loadScrapinghub } from '../extraction/lib/scrapinghub-corpus.js';
import { defaultCorpusDir, median } from '../nlp/lib/cli.js';
import { buildBenchBundles } from './build-bundle.js';
import { LoadCostProbe, type Timing } from './load-cost.js';

const [treeA, treeB, count] = process.argv.slice(2);
if (!treeA || !treeB) throw new Error('usage: load-ab.ts <tree-A> <tree-B> [pages]');

// Each tree's bench entry, bundled with its own sources (the bundling settings are this tree's).
const a = await buildBenchBundles(resolve(treeA));
const b = await buildBenchBundles(resolve(treeB));
const pages = (loadScrapinghub(defaultCorpusDir()) ?? []).slice(0, Number(count) || undefined);
const browser = await chromium.launch({
  executablePath: findBrowser(CHROMIUM), headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc', '--disable-background-networking', '--disable-component-update'],
});
const probe = await LoadCostProbe.open(browser, a);
const loadAtStart = loadavg()[0]!.toFixed(1);
type Sides = [Timing, Timing, Timing];
const rows: Array<{ a: Sides; b: Sides; r: Sides }> = [];
for (const [n, page] of pages.entries()) {
  if (n % 20 === 0) console.log(`  page ${n + 1} of ${pages.length}`);
  const call = `precisBench.loadPath(document, ${JSON.stringify(page.url)})`;
  const sides = [{ bundle: a.precis, call }, { bundle: b.precis, call }, { bundle: a.readability, call: 'precisBench.readabilityClone(document)' }];
  // Rotate the order page by page: no side always meets a page another side has warmed.
  const order = [0, 1, 2].map((i) => (i + n) % 3);
  try {
    await probe.load(page.html(), page.id);
    const got = await probe.measureSides(order.map((i) => sides[i]!));
    const at = (i: number): Sides => got[order.indexOf(i)]!;
    rows.push({ a: at(0), b: at(1), r: at(2) });
  } catch (error) {
    console.log(`  ${page.id}: ${(error as Error).message.split('\n')[0]}`);
  }
}
await probe.close();
await browser.close();

const x = (v: number): string => `${v.toFixed(3)}x`;
const ms = (v: number): string => v.toFixed(1);
const cold = (s: Sides): number => s[1].cpu;
const withScript = (s: Sides): number => s[0].cpu + s[1].cpu;
const warm = (s: Sides): number => s[2].cpu;
const perPage = (f: (s: Sides) => number, top: 'a' | 'b', bottom: 'a' | 'r'): number =>
  median(rows.map((r) => f(r[top]) / f(r[bottom])).filter(Number.isFinite));
for (const [name, f] of [['cold', cold], ['cold + script evaluation', withScript], ['warm', warm]] as const) {
  console.log(`${name}: B/A ${x(perPage(f, 'b', 'a'))} (median of per-page ratios); A/Readability ${x(perPage(f, 'a', 'r'))}, B/Readability ${x(perPage(f, 'b', 'r'))}; medians A ${ms(median(rows.map((r) => f(r.a))))}, B ${ms(median(rows.map((r) => f(r.b))))}, Readability ${ms(median(rows.map((r) => f(r.r))))} ms`);
}
console.log(`${rows.length} pages; A ${treeA}, B ${treeB}; load average ${loadAtStart} at the start, ${loadavg()[0]!.toFixed(1)} at the end`);
