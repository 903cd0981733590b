/**
 * Speed: what 50 saved "Hidden by you" rules for a site add to the content script's cleaning at
 * page load, in real Chromium, on the Scrapinghub pages. The rules are what the picker would
 * save for 50 widgets spread over each page (so they match, and hiding is timed too).
 * Figure: per page, the median time of applying the rules (matching, the article-text check,
 * hiding); then the median and p95 over pages. The difference of whole clean() medians with and
 * without rules is printed as a cross-check. Page scripts are off; sub-resources are not fetched.
 * Run alone: npx tsx bench/rules/user-rules-chromium.ts [corpusDir]
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM, findBrowser } from '../../scripts/lib/browsers.js';
import { loadScrapinghub, SCRAPINGHUB } from '../extraction/lib/scrapinghub-corpus.js';
import { median, percentile, runIfMain, skipped } from '../nlp/lib/cli.js';
import type { BenchSection } from '../nlp/types.js';

const TITLE = 'Speed: 50 saved rules applied at load (Scrapinghub pages, Chromium)';
const RULES = 50;
const REPS = Number(process.env.BENCH_REPS) || 7;
/** The budget: at most 2 ms added at load, median. */
const TARGET_MS = 2;

async function bundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      minify: false,
      lib: { entry: resolve(import.meta.dirname, 'page-entry.ts'), formats: ['iife'], name: 'precisRulesBench', fileName: () => 'bench.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Array<{ output: Array<{ type: string; code?: string }> }>;
  const chunk = outputs[0]?.output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('bench bundle failed');
  return chunk.code;
}

interface PageTiming {
  without: number[];
  with: number[];
  rulesAlone: number[];
  hidden: number;
}

export async function run(corpusDir: string): Promise<BenchSection> {
  const pages = loadScrapinghub(corpusDir);
  if (!pages) return skipped(TITLE, `${SCRAPINGHUB}/ground-truth.json`);
  const code = await bundle();
  const browser = await chromium.launch({ executablePath: findBrowser(CHROMIUM), args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const perPage: Array<{ rules: number; alone: number; delta: number; hidden: number }> = [];
  let current = '';
  await page.route('**/*', (route) =>
    route.request().resourceType() === 'document' ? route.fulfill({ contentType: 'text/html', body: current }) : route.abort(),
  );
  // BENCH_PAGES=40 for a quick look while working on it.
  for (const p of pages.slice(0, Number(process.env.BENCH_PAGES) || pages.length)) {
    current = p.html();
    await page.goto(`http://bench.example/${p.id}.html`, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
    const result = await page
      .evaluate(`(() => { ${code}; const b = globalThis.__precisRulesBench; const s = b.selectorsFor(${RULES}); return { n: s.length, t: b.time(s, ${REPS}) }; })()`)
      .catch(() => null) as { n: number; t: PageTiming } | null;
    if (!result || result.n === 0) continue;
    perPage.push({ rules: result.n, alone: median(result.t.rulesAlone), delta: median(result.t.with) - median(result.t.without), hidden: result.t.hidden });
  }
  await browser.close();
  const alone = perPage.map((p) => p.alone);
  const deltas = perPage.map((p) => p.delta);
  const ms = (x: number) => x.toFixed(2);
  return {
    title: TITLE,
    rows: [
      {
        figure: `time ${RULES} rules add to cleaning at load, median / p95 over pages`,
        ours: `${ms(median(alone))} / ${ms(percentile(alone, 95))} ms`,
        reference: 'no rules: 0 ms',
        target: `median <= ${TARGET_MS} ms`,
        pass: median(alone) <= TARGET_MS,
      },
      {
        figure: 'cross-check: clean() with rules minus without, median',
        ours: `${ms(median(deltas))} ms`,
        reference: '',
      },
    ],
    notes: [
      `${perPage.length} pages; ${ms(median(perPage.map((p) => p.rules)))} rules per page (median; duplicates removed), ${ms(median(perPage.map((p) => p.hidden)))} elements hidden by them (median).`,
      `Each figure is the median of ${REPS} runs per page, warm (the same page, fresh cleaners).`,
    ],
  };
}

await runIfMain(import.meta.url, run);
