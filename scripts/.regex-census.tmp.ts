import { loadScrapinghub } from '/work/wt-load/bench/extraction/lib/scrapinghub-corpus.js';
import { cleanAtLoad } from '/work/wt-load/src/extract/page-load.js';
import { parseDocument } from '/work/wt-load/src/node/pipeline.js';
const pages = loadScrapinghub('/work/shared/corpus')!.slice(0, Number(process.argv[2] ?? 181));
const orig = RegExp.prototype.exec;
let used: Map<string, number> | null = null;
RegExp.prototype.exec = function (this: RegExp, s: string) {
  if (used) { const k = `/${this.source.slice(0, 90)}/${this.flags}`; used.set(k, (used.get(k) ?? 0) + 1); }
  return orig.call(this, s);
};
const pagesUsing = new Map<string, number>();
const calls = new Map<string, number>();
const sizes: number[] = [];
for (const p of pages) {
  const doc = parseDocument(p.html());
  used = new Map();
  cleanAtLoad(doc, p.url);
  sizes.push(used.size);
  for (const [k, n] of used) { pagesUsing.set(k, (pagesUsing.get(k) ?? 0) + 1); calls.set(k, (calls.get(k) ?? 0) + n); }
  used = null;
}
sizes.sort((a, b) => a - b);
console.log('distinct regexes per page median', sizes[sizes.length >> 1], 'total distinct', pagesUsing.size);
for (const [k, n] of [...pagesUsing].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(4), String(calls.get(k)).padStart(7), k);
