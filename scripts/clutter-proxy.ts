/**
 * Quick look while tuning the cleaner: the labelled clutter pages through the load-time plan on
 * linkedom (no browser, a few seconds), one line per labelled widget with the reason and rule that
 * covered it. `npx tsx scripts/clutter-proxy.ts [id,id] [--left]`. The real score is the Chromium
 * scorer (`npm run bench -- clutter`).
 */
import { resolve } from 'node:path';
import { labelPages, pageCoverage, reasonRight } from '../bench/extraction/lib/clutter-reasons.js';

const corpus = resolve(process.env.PRECIS_CORPUS ?? '../shared/corpus');
const args = process.argv.slice(2);
const onlyLeft = args.includes('--left');
const only = args.filter((a) => !a.startsWith('--')).flatMap((a) => a.split(','));
const pages = (labelPages(corpus) ?? []).filter((p) => !only.length || only.includes(p.id));
let hidden = 0;
let items = 0;
let right = 0;
const SECONDARY = new Set(['author-bio', 'tags', 'breadcrumb', 'print-email']);
for (const page of pages) {
  for (const item of pageCoverage(corpus, page)) {
    if (!SECONDARY.has(item.kind)) {
      items += 1;
      if (item.state === 'hidden') hidden += 1;
    }
    if (item.state === 'hidden' && reasonRight(item)) right += 1;
    if (onlyLeft && item.state === 'hidden' && reasonRight(item)) continue;
    const mark = item.state === 'hidden' ? (reasonRight(item) ? 'ok ' : 'WR ') : item.state.slice(0, 3).toUpperCase();
    console.log(`${mark} ${page.id.padEnd(20)} ${item.kind.padEnd(15)} ${item.reasons.slice(0, 2).join('/').padEnd(16)} ${item.rules.slice(0, 2).join('/').padEnd(24)} ${item.selector.slice(0, 50).padEnd(50)} ${item.label.slice(0, 50)}`);
  }
}
console.log(`core hidden (linkedom) ${hidden}/${items}; reasons right among hidden ${right}`);
