/**
 * Regression on Mozilla Readability's 130 test pages: in-place cleaning must hide no text of the
 * expected article, no page may throw, and `isArticle` is compared with `readerable`.
 * Also reports our `text` vs expected.html beside Readability 0.6.0 alone (same metric as the
 * Scrapinghub bench). Run alone: npx tsx bench/extraction/readability-pages.ts [corpusDir]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/node/pipeline.js';
import { blockText } from '../../src/extract/block-text.js';
import { runIfMain, skipped } from '../nlp/lib/cli.js';
import type { BenchSection } from '../nlp/types.js';
import { readabilityText, runPipeline } from './lib/pipeline.js';
import { aggregate, coverage, type PageScore, scorePage } from './lib/shingles.js';

const TITLE = 'Extraction: Mozilla Readability test pages (130)';
/** Upstream runs its tests with this URL. */
const URL = 'http://fakehost/test/page.html';
const f3 = (x: number): string => x.toFixed(3);

export async function run(corpusDir: string): Promise<BenchSection> {
  const dir = join(corpusDir, 'readability');
  if (!existsSync(dir)) return skipped(TITLE, 'readability/');
  const names = readdirSync(dir).filter((n) => existsSync(join(dir, n, 'source.html'))).sort();
  const ours: PageScore[] = [];
  const reference: PageScore[] = [];
  const unsafe: string[] = [];
  const errors: string[] = [];
  let minSafety = 1;
  let agree = 0;
  let articleButNotReaderable = 0;
  let readerableButNotArticle = 0;
  let hiddenBlocks = 0;
  for (const name of names) {
    const html = readFileSync(join(dir, name, 'source.html'), 'utf8');
    const expectedDoc = parseDocument(`<html><body>${readFileSync(join(dir, name, 'expected.html'), 'utf8')}</body></html>`);
    const expected = expectedDoc.body ? blockText(expectedDoc.body) : '';
    const meta = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as { readerable?: boolean };
    try {
      const r = runPipeline(html, URL);
      ours.push(scorePage(expected, r.text));
      const before = coverage(expected, r.pageText);
      const share = before > 0 ? Math.min(1, coverage(expected, r.visibleText) / before) : 1;
      minSafety = Math.min(minSafety, share);
      if (share < 0.995) {
        // Say what was hidden there, so a reader can judge it (Readability keeps some clutter).
        const overlap = r.hidden.filter((h) => coverage(h.text, expected) > 0.5).map((h) => `${h.reason} "${h.text.slice(0, 60)}"`);
        unsafe.push(`${name} ${f3(share)}: ${overlap.join('; ')}`);
      }
      hiddenBlocks += r.hidden.length;
      if (r.isArticle === !!meta.readerable) agree += 1;
      else if (r.isArticle) articleButNotReaderable += 1;
      else readerableButNotArticle += 1;
    } catch (error) {
      errors.push(`${name}: ${String(error)}`);
      ours.push({ precision: 0, recall: 0 });
    }
    try {
      reference.push(scorePage(expected, readabilityText(html, URL)));
    } catch {
      reference.push({ precision: 0, recall: 0 });
    }
  }
  const o = aggregate(ours);
  const ref = aggregate(reference);
  return {
    title: TITLE,
    rows: [
      { figure: 'pages that threw', ours: String(errors.length), reference: '0', target: '0', pass: errors.length === 0 },
      { figure: 'in-place: expected article text still visible (min over pages)', ours: f3(minSafety), reference: '1.000', target: '>= 0.995 on every page', pass: unsafe.length === 0 },
      { figure: 'blocks hidden (all pages)', ours: String(hiddenBlocks), reference: '0' },
      { figure: 'isArticle agrees with readerable', ours: `${agree}/${names.length}`, reference: 'isProbablyReaderable' },
      { figure: 'text vs expected.html F1 (P / R)', ours: `${f3(o.f1)} (${f3(o.precision)} / ${f3(o.recall)})`, reference: `Readability 0.6.0 ${f3(ref.f1)} (${f3(ref.precision)} / ${f3(ref.recall)})` },
    ],
    notes: [
      `isArticle true where readerable is false: ${articleButNotReaderable}; readerable but not isArticle: ${readerableButNotArticle} (many test pages are synthetic snippets without article metadata).`,
      'expected.html is Readability\'s own output at a newer commit, so "text vs expected" measures how far our cleanup departs from Readability, not correctness.',
      ...unsafe.map((u) => `unsafe: ${u}`),
      ...errors.map((e) => `exception: ${e}`),
    ],
  };
}

await runIfMain(import.meta.url, run);
