/**
 * Where the cold load path's cost lies, part by part, against Readability clone + parse in the
 * same page: the parts of load-split-entry.ts (read the page; then also the blocks; then the
 * whole path), each timed as load-cost.ts times a side (a fresh isolated world from a unique
 * source, renderer main-thread CPU), then in a second fresh world from the same source (V8 reuses
 * the compiled code: what is left is the fresh world's own cost, its inline caches and first
 * runs), then warm (a second call in that world). Sides rotate page by page. A tool for work on
 * the load path, not a bench figure.
 * Run: npx tsx bench/chromium/load-split.ts [pages=40]
 */
import { chromium } from 'playwright-core';
import { CHROMIUM, findBrowser } from '../../scripts/lib/browsers.js';
import { loadScrapinghub } from '../extraction/lib/scrapinghub-corpus.js';
import { defaultCorpusDir, median } from '../nlp/lib/cli.js';
import { buildBenchBundles, bundle } from './build-bundle.js';
import { LoadCostProbe } from './load-cost.js';

const bundles = await buildBenchBundles();
// Bundled as the bench's two sides are (the content script's settings), beside them.
const split = await bundle('load-split-entry.ts', 'split.js', false);
const pages = (loadScrapinghub(defaultCorpusDir()) ?? []).slice(0, Number(process.argv[2]) || 40);
const browser = await chromium.launch({
  executablePath: findBrowser(CHROMIUM), headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc', '--disable-background-networking', '--disable-component-update'],
});
const probe = await LoadCostProbe.open(browser, bundles);
const PARTS = ['readOnly', 'throughBlocks', 'wholePath', 'readability'] as const;
type Column = 'cold' | 'second world' | 'warm';
const COLUMNS: Column[] = ['cold', 'second world', 'warm'];
const times = new Map<string, number[]>();
const add = (part: string, column: Column, ms: number): void => void times.set(`${part}|${column}`, [...(times.get(`${part}|${column}`) ?? []), ms]);
for (const [n, page] of pages.entries()) {
  if (n % 10 === 0) console.log(`  page ${n + 1} of ${pages.length}`);
  await probe.load(page.html(), page.id);
  const url = JSON.stringify(page.url);
  const sides = PARTS.map((part) => (part === 'readability'
    ? { bundle: bundles.readability, call: 'precisBench.readabilityClone(document)' }
    : { bundle: split, call: `precisBench.${part}(document, ${url})` }));
  const order = PARTS.map((_, i) => (i + n) % PARTS.length);
  for (const i of order) {
    const [cold, second, warm] = await probe.measureTwoWorlds(sides[i]!);
    add(PARTS[i]!, 'cold', cold.cpu);
    add(PARTS[i]!, 'second world', second.cpu);
    add(PARTS[i]!, 'warm', warm.cpu);
  }
}
await probe.close();
await browser.close();

const at = (part: string, column: Column): number[] => times.get(`${part}|${column}`) ?? [];
console.log(`${pages.length} pages; renderer main-thread CPU, median ms (and median of per-page ratios to Readability's cold)`);
console.log(`  ${'part'.padEnd(16)}${COLUMNS.map((c) => c.padStart(22)).join('')}`);
for (const part of PARTS) {
  const cells = COLUMNS.map((c) => {
    const ratio = median(at(part, c).map((v, i) => v / (at('readability', 'cold')[i] ?? NaN)).filter(Number.isFinite));
    return `${median(at(part, c)).toFixed(1)} (${ratio.toFixed(2)}x)`.padStart(22);
  });
  console.log(`  ${part.padEnd(16)}${cells.join('')}`);
}
