/**
 * Extraction and in-place safety on the Scrapinghub article-extraction benchmark (181 real pages).
 *  - extraction: our `text` vs the ground-truth article body, beside Readability alone (same run);
 *  - in-place safety: share of the article's shingles still in `visibleText` after cleaning (must
 *    be ~1 on every page: nothing of the article hidden), and the share of non-article text hidden.
 * Run alone: npx tsx bench/extraction/scrapinghub.ts [corpusDir]
 */
import { runIfMain, skipped } from '../nlp/lib/cli.js';
import type { BenchSection } from '../nlp/types.js';
import { loadScrapinghub, SCRAPINGHUB } from './lib/scrapinghub-corpus.js';
import { aggregate, coverage, type PageScore, scorePage, shingles } from './lib/shingles.js';
import { readabilityText, runPipeline } from './lib/pipeline.js';

const TITLE = 'Extraction: Scrapinghub article-extraction benchmark (181 pages)';
const f3 = (x: number): string => x.toFixed(3);

/** Share of the page's non-article shingles that cleaning removed from view. */
function nonArticleHiddenShare(truth: string, pageText: string, visibleText: string): number {
  const art = shingles(truth);
  const before = [...shingles(pageText).keys()].filter((k) => !art.has(k));
  if (!before.length) return 0;
  const after = shingles(visibleText);
  return before.filter((k) => !after.has(k)).length / before.length;
}

export async function run(corpusDir: string): Promise<BenchSection> {
  const pages = loadScrapinghub(corpusDir);
  if (!pages) return skipped(TITLE, `${SCRAPINGHUB}/ground-truth.json`);
  const ours: PageScore[] = [];
  const reference: PageScore[] = [];
  const safety: Array<{ id: string; share: number; what: string }> = [];
  const hiddenShares: number[] = [];
  const failures: string[] = [];
  let articles = 0;
  for (const page of pages) {
    const html = page.html();
    try {
      const r = runPipeline(html, page.url);
      ours.push(scorePage(page.truth, r.text));
      // Relative to the page before cleaning: truth text absent from the HTML is not ours to hide.
      const before = coverage(page.truth, r.pageText);
      const share = before > 0 ? Math.min(1, coverage(page.truth, r.visibleText) / before) : 1;
      const what = share < 0.995 ? r.hidden.filter((h) => coverage(h.text, page.truth) > 0.3 || page.truth.includes(h.text.slice(0, 40).replace(/[:\s]+$/, ''))).map((h) => `${h.reason} "${h.text.slice(0, 60)}"`).join('; ') : '';
      safety.push({ id: page.id, share, what });
      hiddenShares.push(nonArticleHiddenShare(page.truth, r.pageText, r.visibleText));
      if (r.isArticle) articles += 1;
    } catch (error) {
      failures.push(`${page.id}: ${String(error)}`);
      ours.push({ precision: 0, recall: 0 });
    }
    reference.push(scorePage(page.truth, readabilityText(html, page.url)));
  }
  const o = aggregate(ours);
  const ref = aggregate(reference);
  const minSafety = Math.min(...safety.map((s) => s.share));
  const meanSafety = safety.reduce((s, x) => s + x.share, 0) / (safety.length || 1);
  const unsafe = safety.filter((s) => s.share < 0.995);
  const meanHidden = hiddenShares.reduce((s, x) => s + x, 0) / (hiddenShares.length || 1);
  return {
    title: TITLE,
    rows: [
      { figure: 'F1', ours: f3(o.f1), reference: `Readability ${f3(ref.f1)}`, target: '>= 0.970', pass: o.f1 >= 0.97 },
      { figure: 'precision', ours: f3(o.precision), reference: `Readability ${f3(ref.precision)}`, target: '>= 0.950', pass: o.precision >= 0.95 },
      { figure: 'recall', ours: f3(o.recall), reference: `Readability ${f3(ref.recall)}`, target: '>= 0.980', pass: o.recall >= 0.98 },
      { figure: 'in-place: article shingles still visible after cleaning / before (min over pages)', ours: f3(minSafety), reference: 'page before cleaning 1.000', target: '>= 0.995 on every page', pass: unsafe.length === 0 },
      { figure: 'in-place: article shingles still visible (mean)', ours: f3(meanSafety), reference: '1.000' },
      { figure: 'in-place: share of non-article text hidden (mean over pages)', ours: f3(meanHidden), reference: '0.000' },
      { figure: 'pages judged articles (isArticle)', ours: `${articles}/${pages.length}`, reference: 'all are articles' },
    ],
    notes: [
      `${pages.length} pages on linkedom; metric: 4-token shingles of /[\\p{L}\\p{N}_]+/gu tokens, per-page P and R averaged over pages, F1 of the means. Readability alone = its textContent.`,
      ...unsafe.map((s) => `unsafe page (article text hidden): ${s.id} visible share ${f3(s.share)}: ${s.what}`),
      ...failures.map((f) => `exception: ${f}`),
    ],
  };
}

await runIfMain(import.meta.url, run);
