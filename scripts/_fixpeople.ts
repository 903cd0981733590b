import { parseDocument } from '../src/node/pipeline.js';
import { analyzeText } from '../src/core/index.js';
import { extractArticle } from '../src/extract/article.js';
import { loadFixtures } from '../tests/extract/fixture-pages.js';
for (const f of loadFixtures().filter((f) => f.expected.analysis)) {
  const article = extractArticle(parseDocument(f.html), f.expected.url);
  const r = analyzeText(article.text, { title: article.title, byline: article.byline, siteName: article.siteName });
  const gold = new Set(f.expected.analysis!.people);
  const listed = r.parties.filter((p) => p.kind === 'person').map((p) => p.name);
  const extra = listed.filter((n) => !gold.has(n)); const miss = [...gold].filter((n) => !listed.includes(n));
  if (extra.length || miss.length) console.log(f.name, 'extra', extra, 'miss', miss);
}
