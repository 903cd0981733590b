/**
 * Speed of what the content script runs at page load (cleanAtLoad: metadata, the cheap read-only
 * article locator, the isArticle decision and the in-place plan; no Readability) against
 * Readability's own parse of the same page, on the Scrapinghub pages, on linkedom. Each is timed
 * on its own freshly parsed document; HTML parsing is not timed. The popup's extraction
 * (Readability on a clone, run lazily when the popup asks) is reported for reference.
 * Run alone: npx tsx bench/extraction/speed.ts [corpusDir]
 */
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../../src/node/pipeline.js';
import { extractArticle } from '../../src/extract/article.js';
import { cleanAtLoad, readPageAtLoad } from '../../src/extract/page-load.js';
import { planPageClutter } from '../../src/extract/page-plan.js';
import { median, percentile, runIfMain, skipped } from '../nlp/lib/cli.js';
import type { BenchSection } from '../nlp/types.js';
import { loadScrapinghub, SCRAPINGHUB } from './lib/scrapinghub-corpus.js';

const TITLE = 'Speed: content-script load vs Readability parse (Scrapinghub pages, linkedom)';
const WARMUP = 5;
const ms = (x: number): string => x.toFixed(1);

/** Best of two runs, each on its own fresh document: the same GC/JIT noise filter for both sides. */
const RUNS = 2;

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function best(html: string, measure: (doc: Document) => number): number {
  let min = Infinity;
  for (let i = 0; i < RUNS; i += 1) min = Math.min(min, measure(parseDocument(html)));
  return min;
}

export async function run(corpusDir: string): Promise<BenchSection> {
  const pages = loadScrapinghub(corpusDir);
  if (!pages) return skipped(TITLE, `${SCRAPINGHUB}/ground-truth.json`);
  const load: number[] = [];
  const locate: number[] = [];
  const plan: number[] = [];
  const readability: number[] = [];
  const documented: number[] = [];
  const popup: number[] = [];
  pages.forEach((page, i) => {
    const html = page.html();
    const r = best(html, (doc) => time(() => new Readability(doc).parse()));
    // Readability as its README prescribes for a live page: parse a clone.
    const rc = best(html, (doc) => time(() => new Readability(doc.cloneNode(true) as Document).parse()));
    // Exactly what the content script runs at load.
    const l = best(html, (doc) => time(() => cleanAtLoad(doc, page.url)));
    // Its two parts, for the reader of this table.
    let lo = Infinity;
    let pl = Infinity;
    for (let run = 0; run < RUNS; run += 1) {
      const doc = parseDocument(html);
      let found = readPageAtLoad(doc, page.url);
      lo = Math.min(lo, time(() => {
        found = readPageAtLoad(doc, page.url);
      }));
      pl = Math.min(pl, time(() => planPageClutter(doc, found.context, { article: found.location })));
    }
    // What the popup's first request costs (lazy, once per address).
    const e = best(html, (doc) => time(() => extractArticle(doc, page.url)));
    if (i < WARMUP) return;
    readability.push(r);
    documented.push(rc);
    load.push(l);
    locate.push(lo);
    plan.push(pl);
    popup.push(e);
  });
  const ratio = median(load) / median(readability);
  const ratio95 = percentile(load, 95) / percentile(readability, 95);
  const row = (xs: number[]): string => `${ms(median(xs))} / ${ms(percentile(xs, 95))}`;
  const times = (xs: number[]): string => `${(median(xs) / median(readability)).toFixed(2)}x / ${(percentile(xs, 95) / percentile(readability, 95)).toFixed(2)}x`;
  return {
    title: TITLE,
    rows: [
      { figure: 'content-script load (cleanAtLoad: locate + isArticle + plan), median / p95 ms', ours: row(load), reference: `Readability parse ${row(readability)}`, target: '<= 1.5x Readability', pass: ratio <= 1.5 && ratio95 <= 1.5 },
      { figure: '  same, as a multiple of Readability (median / p95)', ours: times(load), reference: '1.00x' },
      { figure: '  of which: locate the article + metadata + isArticle evidence', ours: `${row(locate)} (${times(locate)})`, reference: `Readability parse ${row(readability)}` },
      { figure: '  of which: plan the hides given the location', ours: `${row(plan)} (${times(plan)})`, reference: `Readability parse ${row(readability)}` },
      { figure: 'popup request (lazy, cached per URL): extractArticle, Readability on a clone + cleanup', ours: `${row(popup)} (${times(popup)})`, reference: `Readability parse ${row(readability)}` },
      { figure: 'reference: Readability on a clone (its documented use on a live page), median / p95 ms', ours: `${row(documented)} (${times(documented)})`, reference: `Readability parse ${row(readability)}` },
    ],
    notes: [`${load.length} pages timed after ${WARMUP} warm-up pages, best of ${RUNS} runs each; Node ${process.version}, linkedom. Readability parse = new Readability(doc).parse() on a fresh linkedom document (no clone).`],
  };
}

await runIfMain(import.meta.url, run);
