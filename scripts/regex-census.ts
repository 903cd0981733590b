/**
 * Which regular expressions the load path runs, per page (the Scrapinghub pages through
 * cleanAtLoad on linkedom): V8 compiles each on its first use in every fresh world, so the number
 * per page is a cost of the content script's cold load (see README's Chromium rows). Prints the
 * median per page and each pattern with the pages that ran it and its calls. linkedom's own
 * selector patterns are counted too (Chromium's querySelectorAll runs none).
 * Run: npx tsx scripts/regex-census.ts [pages=181]
 */
import { resolve } from 'node:path';
import { loadScrapinghub } from '../bench/extraction/lib/scrapinghub-corpus.js';
import { cleanAtLoad } from '../src/extract/page-load.js';
import { parseDocument } from '../src/node/pipeline.js';

const SHOWN_SOURCE_CHARS = 90;
const pages = (loadScrapinghub(resolve(process.env.PRECIS_CORPUS ?? '../shared/corpus')) ?? []).slice(0, Number(process.argv[2] ?? Infinity));
const exec = RegExp.prototype.exec;
let used: Map<string, number> | null = null;
// Every test, match, replace and split reaches exec when it is replaced (the spec's RegExpExec).
RegExp.prototype.exec = function counted(this: RegExp, text: string) {
  if (used) {
    const key = `/${this.source.slice(0, SHOWN_SOURCE_CHARS)}/${this.flags}`;
    used.set(key, (used.get(key) ?? 0) + 1);
  }
  return exec.call(this, text);
};
const pagesRunning = new Map<string, number>();
const calls = new Map<string, number>();
const perPage: number[] = [];
for (const page of pages) {
  const doc = parseDocument(page.html());
  used = new Map();
  cleanAtLoad(doc, page.url);
  perPage.push(used.size);
  for (const [key, n] of used) {
    pagesRunning.set(key, (pagesRunning.get(key) ?? 0) + 1);
    calls.set(key, (calls.get(key) ?? 0) + n);
  }
  used = null;
}
perPage.sort((a, b) => a - b);
console.log(`${pages.length} pages; distinct patterns run per page, median ${perPage[perPage.length >> 1] ?? 0}; ${pagesRunning.size} in all`);
for (const [key, n] of [...pagesRunning].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)} pages ${String(calls.get(key)).padStart(8)} calls  ${key}`);
