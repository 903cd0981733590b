/**
 * The popup's time to 'analysed' for two builds of the extension, page by page in turn, in one
 * run: on this shared 2-core machine the load changes from minute to minute, and alternating
 * makes both builds meet the same load. Prints each build's median and p95, the median of the
 * per-page ratios, and the median of each step mark (src/popup/timings.ts).
 *
 *   npx tsx bench/chromium/popup-ab.ts <dist-A> <dist-B> [pages=40]
 *
 * (A dist of another commit: `git archive <commit> | tar -x -C /tmp/a`, link node_modules, build.)
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { makeTestDist } from '../../scripts/lib/test-dist.js';
import { launchChromiumWithExtension } from '../../scripts/lib/launch-chromium.js';
import { loadScrapinghub } from '../extraction/lib/scrapinghub-corpus.js';
import { median, percentile } from '../nlp/lib/cli.js';
import { POPUP_STEPS, type PopupSteps, popupAnalysedMs } from './extension-figures.js';

const [distA, distB, count = '40'] = process.argv.slice(2);
if (!distA || !distB) throw new Error('usage: popup-ab.ts <dist-A> <dist-B> [pages]');
const pages = (loadScrapinghub(resolve('../shared/corpus')) ?? []).slice(0, Number(count));
const builds = await Promise.all([distA, distB].map((d, i) => launchChromiumWithExtension(makeTestDist(resolve(d), resolve(`out/popup-ab-dist-${i}`)))));
const steps: PopupSteps[][] = [[], []];
const both: [number, number][] = [];
const loadAtStart = loadavg()[0]!.toFixed(1);
for (const [n, page] of pages.entries()) {
  // A first on even pages, B first on odd ones: neither build always meets a warmer machine.
  const order = n % 2 === 0 ? [0, 1] : [1, 0];
  const got: (PopupSteps | null)[] = [null, null];
  for (const i of order) got[i] = await popupAnalysedMs(builds[i]!, page.html(), page.id).catch(() => null);
  if (got[0] && got[1]) {
    steps[0]!.push(got[0]);
    steps[1]!.push(got[1]);
    both.push([got[0].analysed!, got[1].analysed!]);
  }
}
await Promise.all(builds.map((b) => b.context.close()));

const ms = (x: number) => x.toFixed(0);
for (const [i, dist] of [distA, distB].entries()) {
  const analysed = steps[i]!.map((s) => s.analysed!);
  const marks = POPUP_STEPS.map((name) => `${name} ${ms(median(steps[i]!.flatMap((s) => (s[name] === undefined ? [] : [s[name]]))))}`);
  console.log(`${'AB'[i]} ${dist}: analysed median ${ms(median(analysed))} ms, p95 ${ms(percentile(analysed, 95))} ms; steps: ${marks.join(', ')}`);
}
console.log(`B/A, median of per-page ratios: ${median(both.map(([a, b]) => b / a)).toFixed(2)} over ${both.length} pages analysed by both; load average ${loadAtStart} at the start, ${loadavg()[0]!.toFixed(1)} at the end`);
