/**
 * analyzeText's full output (summary, quotes with offsets and speakers, parties with roles, ranks
 * and mentions) on every text the NLP benchmarks read: PolNeAR dev and test, the 250 CNN/DM
 * articles (also with a 5-sentence summary, the popup's longest), the CoNLL-2003 documents (also
 * findParties without quotes, as the parties bench calls it), the speed bench's 1,500-word texts
 * and our fixture pages (through extraction, with title, byline and site name).
 * For work on how the analysis computes (not what it decides): dump before and after a change;
 * the two files must be byte-identical.
 * Run: npx tsx scripts/dump-analysis.ts > out/analysis.txt   (PRECIS_CORPUS picks the corpus)
 */
import { join, resolve } from 'node:path';
import { loadConll } from '../bench/nlp/lib/conll.js';
import { loadPolnear } from '../bench/nlp/lib/polnear.js';
import { speedTexts } from '../bench/nlp/speed.js';
import { loadArticles } from '../bench/nlp/summary.js';
import { analyzeText } from '../src/core/analyze-text.js';
import { findParties } from '../src/core/parties/find-parties.js';
import type { AnalyzeTextOptions } from '../src/core/types.js';
import { extractArticle } from '../src/extract/article.js';
import { parseDocument } from '../src/node/pipeline.js';
import { loadFixtures } from '../tests/extract/fixture-pages.js';

const corpus = resolve(process.env.PRECIS_CORPUS ?? '../shared/corpus');
const counts = new Map<string, number>();

function dump(set: string, id: string, text: string, options: AnalyzeTextOptions = {}): void {
  console.log(`# ${set} ${id}`);
  console.log(JSON.stringify(analyzeText(text, options)));
  counts.set(set, (counts.get(set) ?? 0) + 1);
}

for (const split of ['dev', 'test']) {
  for (const a of loadPolnear(join(corpus, 'nlp/polnear', split)) ?? []) dump(`polnear-${split}`, a.id, a.text);
}
(loadArticles(corpus) ?? []).forEach((a, i) => {
  dump('cnndm', String(i), a.article);
  dump('cnndm-5', String(i), a.article, { sentences: 5 });
});
loadConll(join(corpus, 'nlp/conll2003/eng.testb')).forEach((d, i) => {
  dump('conll', String(i), d.text);
  console.log(`# conll-parties ${i}`);
  console.log(JSON.stringify(findParties(d.text, [])));
});
(speedTexts(corpus)?.texts ?? []).forEach((t, i) => dump('speed', String(i), t));
for (const f of loadFixtures()) {
  const article = extractArticle(parseDocument(f.html), f.expected.url);
  dump('fixture', f.name, article.text, { title: article.title, byline: article.byline, siteName: article.siteName });
}
console.error([...counts].map(([set, n]) => `${set}: ${n}`).join(', '));
