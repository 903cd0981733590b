/**
 * `npm run bench -- chromium`: what the content script costs in real Chromium. On the
 * Scrapinghub pages: its load path (locate, decide, plan) cold (a fresh world and freshly compiled
 * code, as every page load meets it) and warm, against Readability clone + parse in the same page
 * and run (load-cost.ts); then, with the built extension: the longest task on a generated
 * 100,000-element page auto-cleaned at load, and the popup's time to 'analysed'
 * (extension-figures.ts). Prints per-page ratios (median of ratios and ratio of medians) and p95.
 * PRECIS_BENCH_LIMIT=N times only the first N pages (a quick look, not the reported figure).
 * PRECIS_BENCH_LOAD_ONLY=1 runs only the load-cost part (no extension build, huge page or popup):
 * a few minutes instead of up to half an hour, for work on the load path.
 * PRECIS_BENCH_POPUP_ONLY=1 skips the load-cost and huge-page parts (a quick look at the popup).
 * Each side's script evaluation (V8's compile of the bundle and its top level) is timed apart and
 * added in a row of its own. Experiments: JSFLAGS passes V8 flags to the load-cost browser;
 * BENCH_COMPILE_HINT=1 puts V8's compile-hint comment on our bundle (Runtime.evaluate follows it
 * only with JSFLAGS=--compile-hints-magic; see README on why it is not adopted).
 * Run alone: npx tsx bench/chromium/speed.ts [corpusDir]
 */
import { statSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, findBrowser } from '../../scripts/lib/browsers.js';
import { buildExtension } from '../../scripts/build.js';
import { loadScrapinghub, SCRAPINGHUB } from '../extraction/lib/scrapinghub-corpus.js';
import { median, percentile, runIfMain, skipped } from '../nlp/lib/cli.js';
import type { BenchSection } from '../nlp/types.js';
import { buildBenchBundles } from './build-bundle.js';
import { POPUP_STEPS, type PopupSteps, hugePageLongestTask, popupAnalysedMs, startExtension } from './extension-figures.js';
import { type PageCost, LoadCostProbe } from './load-cost.js';

const TITLE = 'Speed in Chromium: content-script load vs Readability clone + parse (Scrapinghub pages)';
/** The issue's targets: at most Readability's cost cold; no long task; the popup analysed fast; a small script. */
const TARGET_COLD_RATIO = 1.0;
const LONG_TASK_MS = 50;
const TARGET_POPUP_MS = 150;
const TARGET_GZIP_KB = 40;
/**
 * Pages for the popup figure: each open costs a second or two (a tab, the popup, Readability and
 * the NLP), and the median is stable well before 60 pages; the load-cost figures use every page.
 */
const POPUP_PAGES = 60;

const ms = (x: number): string => x.toFixed(1);
const ratio = (a: number, b: number): number => (b > 0 ? a / b : NaN);

function ratios(costs: PageCost[], ours: (c: PageCost) => number, ref: (c: PageCost) => number): { medianOfRatios: number; ratioOfMedians: number; p95: string } {
  const per = costs.map((c) => ratio(ours(c), ref(c))).filter(Number.isFinite);
  const o = costs.map(ours);
  const r = costs.map(ref);
  return {
    medianOfRatios: median(per),
    ratioOfMedians: ratio(median(o), median(r)),
    p95: `${ms(percentile(o, 95))} vs ${ms(percentile(r, 95))} ms`,
  };
}

/** "started 20.1, tab-address 35.2, …": the median of each step mark over the analysed pages. */
function popupStepMedians(steps: PopupSteps[]): string {
  return POPUP_STEPS.map((name) => {
    const at = steps.flatMap((s) => (s[name] === undefined ? [] : [s[name]]));
    return `${name} ${at.length ? ms(median(at)) : 'n/a'}`;
  }).join(', ');
}

async function loadCosts(corpusDir: string, limit: number): Promise<{ costs: PageCost[]; failed: number }> {
  const pages = (loadScrapinghub(corpusDir) ?? []).slice(0, limit);
  const bundles = await buildBenchBundles();
  const browser = await chromium.launch({
    executablePath: findBrowser(CHROMIUM), headless: true,
    args: ['--no-sandbox', '--disable-gpu', `--js-flags=--expose-gc ${process.env.JSFLAGS ?? ''}`, '--disable-background-networking', '--disable-component-update'],
  });
  const probe = await LoadCostProbe.open(browser, bundles);
  const costs: PageCost[] = [];
  let failed = 0;
  for (const [i, page] of pages.entries()) {
    if (i % 20 === 0) console.log(`  load cost: page ${i + 1} of ${pages.length}`);
    try {
      await probe.load(page.html(), page.id);
      costs.push(await probe.measure(page.url));
    } catch (error) {
      failed += 1;
      console.log(`  ${page.id}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  await probe.close();
  await browser.close();
  return { costs, failed };
}

/** What a part skipped in this run (PRECIS_BENCH_POPUP_ONLY / PRECIS_BENCH_LOAD_ONLY) prints: no figure, and no pass or MISS. */
const NOT_MEASURED = 'not measured in this run';

/** The load-cost rows: cold and warm CPU ratios against Readability, medians and p95, wall time. */
function loadRows(costs: PageCost[]): BenchSection['rows'] {
  if (costs.length === 0) return [{ figure: 'content-script load: cold and warm CPU against Readability clone + parse', ours: NOT_MEASURED, reference: '', target: `<= ${TARGET_COLD_RATIO.toFixed(1)}x` }];
  const cpuCold = ratios(costs, (c) => c.precisCold.cpu, (c) => c.readabilityCold.cpu);
  const cpuWarm = ratios(costs, (c) => c.precisWarm.cpu, (c) => c.readabilityWarm.cpu);
  const withScript = ratios(costs, (c) => c.precisScript.cpu + c.precisCold.cpu, (c) => c.readabilityScript.cpu + c.readabilityCold.cpu);
  const wallCold = ratios(costs, (c) => c.precisCold.wall, (c) => c.readabilityCold.wall);
  const med = (f: (c: PageCost) => number): string => ms(median(costs.map(f)));
  const x = (n: number): string => `${n.toFixed(2)}x`;
  return [
    {
      figure: 'cold, main-thread CPU: median of per-page ratios (ratio of medians)', ours: `${x(cpuCold.medianOfRatios)} (${x(cpuCold.ratioOfMedians)})`,
      reference: 'Readability clone + parse 1.00x', target: `<= ${TARGET_COLD_RATIO.toFixed(1)}x`, pass: cpuCold.medianOfRatios <= TARGET_COLD_RATIO,
    },
    { figure: '  cold CPU median ms; p95', ours: `${med((c) => c.precisCold.cpu)}; ${cpuCold.p95}`, reference: `Readability ${med((c) => c.readabilityCold.cpu)} ms` },
    {
      figure: '  cold with each script\'s evaluation (its compile) added: median of ratios (ratio of medians)', ours: `${x(withScript.medianOfRatios)} (${x(withScript.ratioOfMedians)})`,
      reference: `script evaluation alone: ours ${med((c) => c.precisScript.cpu)} ms, Readability ${med((c) => c.readabilityScript.cpu)} ms`,
    },
    { figure: 'warm, main-thread CPU: median of ratios (ratio of medians)', ours: `${x(cpuWarm.medianOfRatios)} (${x(cpuWarm.ratioOfMedians)})`, reference: `Readability warm ${med((c) => c.readabilityWarm.cpu)} ms` },
    { figure: '  warm CPU median ms; p95', ours: `${med((c) => c.precisWarm.cpu)}; ${cpuWarm.p95}`, reference: '' },
    { figure: 'cold, wall time in the page: median of ratios (ratio of medians)', ours: `${x(wallCold.medianOfRatios)} (${x(wallCold.ratioOfMedians)})`, reference: `Readability ${med((c) => c.readabilityCold.wall)} ms; p95 ${wallCold.p95}` },
  ];
}

export async function run(corpusDir: string): Promise<BenchSection> {
  const pages = loadScrapinghub(corpusDir);
  if (!pages) return skipped(TITLE, `${SCRAPINGHUB}/ground-truth.json`);
  const limit = Number(process.env.PRECIS_BENCH_LIMIT) || pages.length;
  const popupOnly = process.env.PRECIS_BENCH_POPUP_ONLY === '1';
  const { costs, failed } = popupOnly ? { costs: [], failed: 0 } : await loadCosts(corpusDir, limit);
  if (process.env.PRECIS_BENCH_LOAD_ONLY === '1') {
    const skippedRows = [
      { figure: 'longest task on the huge page, auto-cleaned at load', ours: NOT_MEASURED, reference: '', target: `<= ${LONG_TASK_MS} ms` },
      { figure: "popup: time to 'analysed', median / p95", ours: NOT_MEASURED, reference: '', target: `median <= ${TARGET_POPUP_MS} ms` },
    ];
    return { title: TITLE, rows: [...loadRows(costs), ...skippedRows], notes: [`${costs.length} pages timed (${failed} failed); load-cost part only (PRECIS_BENCH_LOAD_ONLY=1); load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}.`] };
  }

  await buildExtension();
  const gzipKb = gzipSync(readFileSync('dist/content.js')).length / 1024;
  const rawKb = statSync('dist/content.js').size / 1024;
  const ext = await startExtension();
  const huge = popupOnly ? null : await hugePageLongestTask(ext);
  const steps: PopupSteps[] = [];
  let notAnalysed = 0;
  console.log(`  popup: ${Math.min(limit, POPUP_PAGES)} pages`);
  for (const page of pages.slice(0, Math.min(limit, POPUP_PAGES))) {
    const t = await popupAnalysedMs(ext, page.html(), page.id).catch(() => null);
    if (t === null) notAnalysed += 1;
    else steps.push(t);
  }
  await ext.context.close();
  const popup = steps.map((s) => s.analysed!);
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');

  return {
    title: TITLE,
    rows: [
      ...loadRows(costs),
      huge
        ? {
            figure: `longest task on a ${huge.elements.toLocaleString('en')}-element page, auto-cleaned at load`, ours: `${huge.longest} ms (${huge.over50} over 50 ms)`,
            reference: 'the page alone: none', target: `<= ${LONG_TASK_MS} ms`, pass: huge.longest <= LONG_TASK_MS,
          }
        : { figure: 'longest task on the huge page, auto-cleaned at load', ours: NOT_MEASURED, reference: '', target: `<= ${LONG_TASK_MS} ms` },
      {
        figure: "popup: time to 'analysed', median / p95 (content script injected on open)", ours: popup.length ? `${ms(median(popup))} / ${ms(percentile(popup, 95))} ms` : 'n/a',
        reference: `${popup.length} pages analysed, ${notAnalysed} not articles or no mark`, target: `median <= ${TARGET_POPUP_MS} ms`, pass: popup.length > 0 && median(popup) <= TARGET_POPUP_MS,
      },
      { figure: 'content.js size, gzip (raw)', ours: `${gzipKb.toFixed(1)} KB (${rawKb.toFixed(1)} KB)`, reference: '', target: `<= ${TARGET_GZIP_KB} KB gzip`, pass: gzipKb <= TARGET_GZIP_KB },
    ],
    notes: [
      `${popupOnly ? 'load-cost and huge-page parts not run (PRECIS_BENCH_POPUP_ONLY=1)' : `${costs.length} pages timed (${failed} failed)`} in Chromium ${ext.context.browser()?.version() ?? ''}; page scripts disabled; each side in a fresh isolated world from a unique source (cold), then again (warm); gc() and a layout flush before each call; CPU = renderer main thread (schedstat) minus an empty evaluation.`,
      'Readability clone + parse = new Readability(document.cloneNode(true)).parse(), bundled and run the same way.',
      `popup steps, median ms after the popup page starts: ${popupStepMedians(steps)}; load average at the end ${load}.`,
    ],
  };
}

await runIfMain(import.meta.url, run);
