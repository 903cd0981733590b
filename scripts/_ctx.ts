import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyzeHtml } from '../src/node/pipeline.js';
const dir = '/work/shared/corpus/extraction/scrapinghub';
const truth = JSON.parse(readFileSync(`${dir}/ground-truth.json`, 'utf8'));
const [prefix, ...names] = process.argv.slice(2);
const id = Object.keys(truth).find((k) => k.startsWith(prefix))!;
const r = analyzeHtml(gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString('utf8'), id, truth[id].url);
for (const p of r.parties) {
  if (names.length && !names.includes(p.name)) continue;
  console.log(`== ${p.name} [${p.kind}] role=${p.role}`);
  for (const [s, e] of p.mentions.slice(0, 4)) {
    const ls = r.text.lastIndexOf('\n', s) + 1; let le = r.text.indexOf('\n', e); if (le < 0) le = r.text.length;
    console.log('   |' + r.text.slice(Math.max(ls, s - 100), Math.min(le, e + 80)).replace(/\n/g, '⏎'));
  }
}
