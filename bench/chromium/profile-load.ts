/**
 * Where the cold load path spends its time: a V8 CPU profile of the content script's load path
 * (bench/chromium/load-path-entry.ts, unminified so functions keep their names), cold in a fresh
 * isolated world per page as in load-cost.ts, summed over the first N Scrapinghub pages.
 * Prints self time per function and the time inside each top-level phase (total time of frames
 * under it). A tool for work on the load path, not a bench figure.
 * Run: npx tsx bench/chromium/profile-load.ts [pages=30] [corpusDir]
 */
import { chromium } from 'playwright-core';
import { CHROMIUM, findBrowser } from '../../scripts/lib/browsers.js';
import { loadScrapinghub } from '../extraction/lib/scrapinghub-corpus.js';
import { defaultCorpusDir } from '../nlp/lib/cli.js';
import { buildBenchBundles } from './build-bundle.js';
import { type Profile, ProfileTree } from './cpu-profile.js';
import { freshWorld, servePage } from './load-cost.js';


/** Sampling every 50 µs: a cold call takes 10-40 ms, so a few hundred samples per page. */
const SAMPLING_US = 50;
/** Phases: the functions whose total time (self + callees) is reported. */
const PHASES = ['readMetadata', 'locateLiveArticleSteps', 'gatherEvidence', 'decideArticle', 'statedTitle', 'planPageClutterSteps', 'collectBlocksSteps', 'collectStatsSteps', 'planDeclutter', 'judgeBlock', 'firstRule', 'liftWidgets', 'innermostFirst', 'reasonForLabel', 'matchLabel', 'isKeeper', 'leadingText', 'statsOf', 'finish'];

const pagesWanted = Number(process.argv[2] ?? 30);
const corpus = process.argv[3] ?? defaultCorpusDir();

process.env.BENCH_MINIFY = '0';
const bundle = (await buildBenchBundles()).precis;
const pages = (loadScrapinghub(corpus) ?? []).slice(0, pagesWanted);
const browser = await chromium.launch({ executablePath: findBrowser(CHROMIUM), headless: true, args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'] });
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });

const self = new Map<string, number>();
const phase = new Map<string, number>();
let total = 0;
let worlds = 0;
for (const p of pages) {
  await servePage(page, p.html(), p.id);
  worlds += 1;
  const contextId = await freshWorld(cdp, `profile-${worlds}`);
  await cdp.send('Runtime.evaluate', { expression: `${bundle}\n//# profile-${worlds}-${Math.random()}`, contextId });
  await cdp.send('Runtime.evaluate', { expression: 'gc(); document.body && document.body.offsetHeight', contextId });
  await cdp.send('Profiler.start');
  await cdp.send('Runtime.evaluate', { expression: `precisBench.loadPath(document, ${JSON.stringify(p.url)})`, contextId });
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const tree = new ProfileTree(profile);
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? SAMPLING_US) / 1000;
    const node = tree.byId.get(id);
    if (!node) return;
    const name = node.callFrame.functionName || '(anonymous)';
    if (name === '(idle)') return;
    const only = process.env.PROFILE_UNDER;
    if (only && !tree.under(id, only)) return;
    total += dt;
    const key = `${name}:${node.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    tree.chargePhases(id, dt, PHASES, phase);
  });
}
await browser.close();

const per = (v: number): string => `${(v / pages.length).toFixed(2)} ms/page`;
console.log(`${pages.length} pages, ${per(total)} sampled in all`);
console.log('\nPhases (total time under the function):');
for (const [k, v] of [...phase].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(28)} ${per(v)}`);
console.log('\nSelf time, top 40:');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${k.padEnd(50)} ${per(v)}`);
