/**
 * analyzeText of two checkouts timed in one process, text by text in turn (which goes first
 * alternates), over the speed bench's 1,500-word texts: both meet the same load at the same
 * moment, so the ratio holds on a busy machine where absolute times do not. Prints each side's
 * median and p95 (wall and CPU time per call) and the median of the per-call ratios B / A.
 * The first texts only warm both up; the others are timed, `rounds` times each. With 1 round
 * every timed text is new to both, as an article is to the popup (the word tests' memory,
 * text/word-memo.ts, has not met its words); more rounds time texts met before.
 * Run: npx tsx scripts/ab-analysis.ts <checkout-A> <checkout-B> [rounds]
 *      (e.g. a `git worktree add` of the old commit beside this one; PRECIS_CORPUS picks the corpus)
 */
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { median, percentile } from '../bench/nlp/lib/cli.js';
import { speedTexts } from '../bench/nlp/speed.js';

type Analyze = (text: string) => unknown;

const DEFAULT_ROUNDS = 1;
const WARM_UP_TEXTS = 10;

const [dirA, dirB, roundsArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: npx tsx scripts/ab-analysis.ts <checkout-A> <checkout-B> [rounds]');
const rounds = Number(roundsArg ?? DEFAULT_ROUNDS);
const load = async (dir: string): Promise<Analyze> =>
  // eslint-disable-next-line no-unsanitized/method -- a checkout of this project named on the command line by whoever runs it
  ((await import(resolve(dir, 'src/core/analyze-text.ts'))) as { analyzeText: Analyze }).analyzeText;
const sides = [await load(dirA), await load(dirB)] as const;
const texts = speedTexts(resolve(process.env.PRECIS_CORPUS ?? '../shared/corpus'))?.texts ?? [];
if (!texts.length) throw new Error('no speed texts: is the corpus there?');

for (const analyze of sides) for (const t of texts.slice(0, WARM_UP_TEXTS)) analyze(t);

const wall: [number[], number[]] = [[], []];
const cpu: [number[], number[]] = [[], []];
const ratios: number[] = [];
let call = 0;
for (let r = 0; r < rounds; r++) {
  for (const t of texts.slice(WARM_UP_TEXTS)) {
    const took: [number, number] = [0, 0];
    for (const side of call++ % 2 ? ([1, 0] as const) : ([0, 1] as const)) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      sides[side](t);
      took[side] = performance.now() - t0;
      const c = process.cpuUsage(c0);
      wall[side].push(took[side]);
      cpu[side].push((c.user + c.system) / 1000);
    }
    ratios.push(took[1] / took[0]);
  }
}
const ms = (x: number) => `${x.toFixed(2)} ms`;
for (const [k, dir] of [dirA, dirB].entries()) {
  console.log(`${k ? 'B' : 'A'} ${dir}: median ${ms(median(wall[k as 0 | 1]))}, p95 ${ms(percentile(wall[k as 0 | 1], 95))}; CPU median ${ms(median(cpu[k as 0 | 1]))}`);
}
console.log(`B / A: median of ${ratios.length} per-text ratios ${median(ratios).toFixed(3)}; ratio of medians ${(median(wall[1]) / median(wall[0])).toFixed(3)} (CPU ${(median(cpu[1]) / median(cpu[0])).toFixed(3)})`);
