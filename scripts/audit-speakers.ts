/**
 * Speaker audit on unlabelled news (not shipped, not a benchmark): runs the quote finder over the
 * CNN/DM articles and the English Scrapinghub article bodies in ../shared/corpus, draws a seeded
 * random sample of the non-fragment quotes and prints each with its chosen speaker and the text
 * around it, for judging by hand. Corpus text is only printed, never written into the project.
 *
 *   npx tsx scripts/audit-speakers.ts [sampleSize] [seed] > /tmp/audit.txt
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes } from '../src/core/quotes/find-quotes.js';
import { genderOfGivenName } from '../src/core/parties/lexicon.js';

const CORPUS = join(import.meta.dirname, '../../shared/corpus');
/** Characters shown before the quote's opening mark and after its end. */
const BEFORE = 420;
const AFTER = 160;

interface Doc { id: string; text: string }

function loadDocs(): Doc[] {
  const docs: Doc[] = [];
  const cnn = readFileSync(join(CORPUS, 'nlp/cnndm-xsum-frank/cnndm_test_frank250.jsonl'), 'utf8');
  for (const line of cnn.split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; article: string };
    docs.push({ id: row.id.slice(0, 18), text: row.article });
  }
  const sh = JSON.parse(readFileSync(join(CORPUS, 'extraction/scrapinghub/ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
  for (const [id, v] of Object.entries(sh)) {
    const body = v.articleBody ?? '';
    // English only: common function words must make up a fair share of the words.
    const words = body.toLowerCase().match(/[a-z]+/g) ?? [];
    const english = words.filter((w) => ['the', 'and', 'of', 'to', 'said', 'is', 'in', 'a'].includes(w)).length;
    if (words.length > 100 && english / words.length > 0.12) docs.push({ id: `sh-${id.slice(0, 10)}`, text: body });
  }
  return docs;
}

/** mulberry32: a small seeded generator, so the same sample can be read again. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const size = Number(process.argv[2] ?? 200);
const rand = rng(Number(process.argv[3] ?? 7));
const all: Array<{ doc: Doc; q: ReturnType<typeof findQuotes>[number] }> = [];
for (const doc of loadDocs()) {
  for (const q of findQuotes(doc.text, { genderOfFirstName: genderOfGivenName })) if (!q.fragment) all.push({ doc, q });
}
for (let i = all.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [all[i], all[j]] = [all[j]!, all[i]!];
}
console.log(`${all.length} non-fragment quotes; showing ${Math.min(size, all.length)}\n`);
all.slice(0, size).forEach(({ doc, q }, n) => {
  const t = doc.text;
  const from = Math.max(0, q.start - BEFORE);
  const ctx = `${t.slice(from, q.start - 1)}[[${t.slice(q.start - 1, q.end + 1)}]]${t.slice(q.end + 1, q.end + AFTER)}`.replace(/\n+/g, ' ¶ ');
  console.log(`#${n} ${doc.id} @${q.start} SPEAKER=${q.speaker ?? '-'} (${q.speakerRole ?? ''})\n  ${ctx}\n`);
});
