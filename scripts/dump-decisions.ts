/**
 * Every load-time decision on the corpus pages (Scrapinghub, Readability test pages, labelled
 * clutter pages), one line each: page, element path, reason, rule; plus each page's article
 * verdict. For work on how the rules are evaluated (not what they decide): dump before and after,
 * and the two files must be byte-identical.
 * Run: npx tsx scripts/dump-decisions.ts > out/decisions.txt   (PRECIS_CORPUS picks the corpus)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { labelPages } from '../bench/extraction/lib/clutter-reasons.js';
import { loadScrapinghub } from '../bench/extraction/lib/scrapinghub-corpus.js';
import { cleanAtLoad } from '../src/extract/page-load.js';
import { parseDocument } from '../src/node/pipeline.js';

const corpus = resolve(process.env.PRECIS_CORPUS ?? '../shared/corpus');

/** "body>div:2>section:0": tag and index among the parent's element children, from <html> down. */
function pathOf(el: Element): string {
  const parts: string[] = [];
  for (let at: Element | null = el; at && at.parentElement; at = at.parentElement) {
    const index = Array.prototype.indexOf.call(at.parentElement.children, at) as number;
    parts.push(`${at.tagName.toLowerCase()}:${index}`);
  }
  return parts.reverse().join('>');
}

let count = 0;
function dump(set: string, id: string, html: string, url: string): void {
  const { load, decisions } = cleanAtLoad(parseDocument(html), url);
  console.log(`# ${set} ${id} article=${load.verdict.isArticle} ${load.verdict.reason}`);
  for (const d of decisions) console.log(`${set} ${id} ${pathOf(d.element)} ${d.reason} ${d.rule}`);
  count += decisions.length;
}

for (const page of loadScrapinghub(corpus) ?? []) dump('scrapinghub', page.id, page.html(), page.url);
const readability = join(corpus, 'readability');
if (existsSync(readability)) {
  for (const name of readdirSync(readability).filter((n) => existsSync(join(readability, n, 'source.html'))).sort()) {
    dump('readability', name, readFileSync(join(readability, name, 'source.html'), 'utf8'), 'http://fakehost/test/page.html');
  }
}
for (const page of labelPages(corpus) ?? []) {
  const raw = readFileSync(join(corpus, page.path));
  dump('clutter', page.id, (page.path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'), `http://127.0.0.1${page.servePath}`);
}
console.error(`${count} decisions`);
