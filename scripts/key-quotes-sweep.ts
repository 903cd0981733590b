/**
 * What the popup's key quotes look like on real pages, for judging them by hand: runs the CLI's
 * pipeline (analyzeHtml) on Scrapinghub corpus pages and prints, per page, the key quotes as the
 * popup shows them (a statement in curly quotes, or a partial quote inside its sentence with the
 * quoted words in [brackets]), with speaker and role, and how many quotes wait behind "More
 * quotes". With --all the others follow (scare quotes marked), to see what a reader would miss.
 * A dev tool: not shipped, not in CI. Keep the judgements outside the project (corpus text).
 * Run: npx tsx scripts/key-quotes-sweep.ts --ids ids.txt [--all]
 *      npx tsx scripts/key-quotes-sweep.ts --sample 30 --seed 11 --exclude ids.txt   (English pages only)
 */
import type { Quote } from '../src/core/types.js';
import { analyzeHtml } from '../src/node/pipeline.js';
import { quotePassage } from '../src/popup/quote-passage.js';
import { wordCount } from '../src/core/quotes/key-quotes.js';
import { notShareable } from '../src/core/quotes/not-shareable.js';
import { pickIds, readPage } from './lib/sweep-pages.js';

const showAll = process.argv.includes('--all');
/** As key-quotes.ts counts a statement. */
const MIN_STATEMENT_WORDS = 3;

function shown(q: Quote): string {
  const p = quotePassage(q);
  const text = p.kind === 'statement' ? p.text : `${p.before}[${p.quoted}]${p.after}`;
  return `${text}  — ${q.speaker ?? '(speaker unknown)'}${q.speakerRole ? ` (${q.speakerRole})` : ''}`;
}

let pages = 0;
let keyTotal = 0;
let short = 0;
for (const id of pickIds(30)) {
  const { html, url } = readPage(id);
  const result = analyzeHtml(html, id, url);
  const key = result.quotes.filter((q) => q.key);
  const others = result.quotes.filter((q) => !q.key);
  // Speakers of statements that could be key (the issue's rule: three of them -> three key voices).
  const speakers = new Set(result.quotes.filter((q) => q.speaker && !q.fragment && wordCount(q.text) >= MIN_STATEMENT_WORDS && !notShareable(q, result.text)).map((q) => q.speaker));
  const keySpeakers = new Set(key.map((q) => q.speaker));
  pages++;
  keyTotal += key.length;
  if (speakers.size >= 3 && keySpeakers.size < 3) short++;
  console.log(`## ${id} ${result.title ?? '(no title)'} [${result.siteName ?? ''}]`);
  console.log(`   ${result.quotes.length} quotes, ${speakers.size} speakers of statements; key ${key.length}; More quotes: ${others.length}`);
  key.forEach((q, i) => console.log(`  K${i + 1} ${shown(q)}`));
  if (showAll) for (const q of others) console.log(`   -${q.fragment ? ' (scare)' : ''} ${shown(q)}`);
}
console.log(`\n${pages} pages, ${keyTotal} key quotes; pages with 3+ speakers of statements but fewer than 3 key speakers: ${short}`);
