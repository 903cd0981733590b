/**
 * Scores the quote finder on any folder in PolNeAR's layout (text/*.txt, attributions/*.ann), as
 * the quote bench scores dev (bench/nlp/quotes.ts: span P / R / F1, speaker accuracy by both
 * rules), and lists each speaker miss: the quote, the gold source, our speaker and the text
 * around it. For tuning on labelled articles that are not the bench's (e.g. a transcribed part of
 * PolNeAR's train split kept outside the project). A dev tool: not shipped, not in `npm test`.
 * The test split is refused: it is for the final report only, and its misses are never listed.
 * Run: npx tsx scripts/speaker-misses.ts <folder> [--ids <file>] [--half even|odd] [--quiet]
 *        [--code <checkout>]
 *   --ids    only the articles named in the file (one id or file name a line)
 *   --half   only the articles at even (0, 2, ...) or odd positions of the sorted list
 *   --quiet  figures only, no miss list (for a held-out part)
 *   --code   score another checkout's quote finder (before / after), e.g. a worktree of main
 */
import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { pct } from '../bench/nlp/lib/cli.js';
import { loadPolnear } from '../bench/nlp/lib/polnear.js';
import { scoreQuotes, type SpeakerMiss } from '../bench/nlp/quotes.js';

type FindQuotes = (text: string, opts: { genderOfFirstName: (name: string) => unknown }) => Array<{ start: number; end: number; speaker: string | null }>;

/** Characters of text shown before and after a missed quote's start. */
const CONTEXT_BEFORE = 260;
const CONTEXT_AFTER = 200;

function option(name: string): string | undefined {
  const k = process.argv.indexOf(name);
  return k > 0 ? process.argv[k + 1] : undefined;
}

const folder = process.argv[2];
if (!folder || folder.startsWith('--')) throw new Error('usage: npx tsx scripts/speaker-misses.ts <folder> [--ids <file>] [--half even|odd] [--quiet] [--code <checkout>]');
const dir = realpathSync(resolve(folder));
// The test split is for reporting only: no tool lists its misses, not even by accident.
if (/[\\/]polnear[\\/]test(?:[\\/]|$)/i.test(dir)) throw new Error('refused: PolNeAR test is for the final report only (npm run bench); its misses are never listed');

const loaded = loadPolnear(dir);
if (!loaded) throw new Error(`${dir}: no text/ and attributions/ folders`);
const idsFile = option('--ids');
const wanted = idsFile ? new Set(readFileSync(idsFile, 'utf8').split('\n').map((l) => l.trim().replace(/(?:_[^_]+\.ann|\.txt)$/, '')).filter(Boolean)) : null;
let articles = loaded.filter((a) => !wanted || wanted.has(a.id));
const half = option('--half');
if (half) articles = articles.filter((_, k) => k % 2 === (half === 'odd' ? 1 : 0));

const code = resolve(option('--code') ?? '.');
// eslint-disable-next-line no-unsanitized/method -- a checkout of this project named on the command line by whoever runs it
const { findQuotes } = (await import(resolve(code, 'src/core/quotes/find-quotes.ts'))) as { findQuotes: FindQuotes };
// eslint-disable-next-line no-unsanitized/method -- the same checkout
const { genderOfGivenName } = (await import(resolve(code, 'src/core/parties/lexicon.ts'))) as { genderOfGivenName: (name: string) => unknown };

const misses: SpeakerMiss[] = [];
const s = scoreQuotes(articles, (t) => findQuotes(t, { genderOfFirstName: genderOfGivenName }), misses);
const byId = new Map(articles.map((a) => [a.id, a.text]));
if (!process.argv.includes('--quiet')) {
  for (const m of misses) {
    const text = byId.get(m.id)!;
    const around = `${text.slice(Math.max(0, m.start - CONTEXT_BEFORE), m.start)}[[${text.slice(m.start, m.start + CONTEXT_AFTER)}`.replace(/\s+/g, ' ');
    console.log(`\nmiss ${m.id}\n  gold "${m.gold}"  ours "${m.predicted ?? '-'}"\n  quote "${m.quote}"\n  text  ${around}`);
  }
}
console.log(`\n${dir}${half ? ` (${half} half)` : ''}: ${articles.length} articles, ${s.gold} gold quotes, ${s.preds} predicted; code ${code}`);
console.log(`quote span P / R / F1 ${pct(s.p)} / ${pct(s.r)} / ${pct(s.f)}`);
console.log(`speaker accuracy: head rule ${pct(s.speakerAcc)}% of ${s.named} (${misses.length} misses); any-word rule ${pct(s.speakerAccAnyWord)}% of ${s.namedAnyWord}`);
