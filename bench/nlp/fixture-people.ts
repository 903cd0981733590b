/**
 * People precision on our own fixture pages (tests/fixtures/pages/*.expected.json with an
 * `analysis` pin): of the names the popup lists as people, the share that are people of the
 * story (not a heading, the byline, the outlet, a product, a place or a firm). Recall beside it.
 * Runs the full page pipeline (linkedom, extraction, analyzeText with byline and site name).
 * The pages are ours, so this is a regression figure, not a benchmark against others; the
 * reference is compromise's people() on the same article text.
 */
import nlp from 'compromise';
import { parseDocument } from '../../src/node/pipeline.js';
import { analyzeText } from '../../src/core/index.js';
import { extractArticle } from '../../src/extract/article.js';
import { loadFixtures } from '../../tests/extract/fixture-pages.js';
import { pct, runIfMain } from './lib/cli.js';
import type { BenchSection } from './types.js';

const TITLE = 'People: precision on our fixture pages';

interface Count { listed: number; right: number; gold: number; found: number }

function count(pages: Array<{ people: string[]; listed: string[] }>): Count {
  const c: Count = { listed: 0, right: 0, gold: 0, found: 0 };
  for (const { people, listed } of pages) {
    const gold = new Set(people);
    const names = [...new Set(listed)];
    c.listed += names.length;
    c.right += names.filter((n) => gold.has(n)).length;
    c.gold += gold.size;
    c.found += people.filter((p) => names.includes(p)).length;
  }
  return c;
}

const fmt = (c: Count) => `P ${pct(c.listed ? c.right / c.listed : 1)}% (${c.right} of ${c.listed}), R ${pct(c.gold ? c.found / c.gold : 1)}%`;

export async function run(): Promise<BenchSection> {
  const fixtures = loadFixtures().filter((f) => f.expected.analysis);
  const ours: Array<{ people: string[]; listed: string[] }> = [];
  const reference: Array<{ people: string[]; listed: string[] }> = [];
  for (const f of fixtures) {
    const article = extractArticle(parseDocument(f.html), f.expected.url);
    const result = analyzeText(article.text, { title: article.title, byline: article.byline, siteName: article.siteName });
    const people = f.expected.analysis!.people;
    ours.push({ people, listed: result.parties.filter((p) => p.kind === 'person').map((p) => p.name) });
    const theirs = (nlp(article.text).people().out('array') as string[]).map((s) => s.replace(/[\s,.;:!?'’"]+$|^[\s"']+/g, '').replace(/['’]s$/, ''));
    reference.push({ people, listed: theirs });
  }
  const o = count(ours);
  const r = count(reference);
  return {
    title: TITLE,
    rows: [{ figure: 'people precision (recall)', ours: fmt(o), reference: `compromise people() ${fmt(r)}`, target: 'P = 100%', pass: o.right === o.listed }],
    notes: [`${fixtures.length} fixture pages, ${o.gold} people pinned in their .expected.json; a name counts as right only if it is pinned exactly.`],
  };
}

void runIfMain(import.meta.url, run);
