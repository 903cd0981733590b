/**
 * Where the tab spends its time while the popup opens on it (content scripts injected by the
 * popup, as on a first click): a V8 CPU profile of the tab's renderer from the popup's opening to
 * its 'analysed' mark, with the pages and content scripts built unminified so functions keep their names.
 * Prints, summed over N Scrapinghub pages: time per script, total time under named phases, top
 * self time, and one page's timeline of runs (script, ms from the first extension sample).
 * A tool for work on the popup path, not a bench figure.
 * Run: npm run build && npx tsx bench/chromium/profile-popup.ts [pages=10]
 * (PROFILE_TARGET=popup profiles the popup's renderer; PROFILE_PHASES=a,b names the phases;
 * PROFILE_OUTSIDE=fn leaves the samples under fn out of the self-time table.)
 */
import { cpSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type InlineConfig } from 'vite';
import { contentScriptConfigs, pagesConfig } from '../../vite.config.js';
import { launchChromiumWithExtension } from '../../scripts/lib/launch-chromium.js';
import { makeTestDist } from '../../scripts/lib/test-dist.js';
import { loadScrapinghub } from '../extraction/lib/scrapinghub-corpus.js';
import { defaultCorpusDir } from '../nlp/lib/cli.js';
import { type Profile, ProfileTree } from './cpu-profile.js';
import { BENCH_ORIGIN } from './load-cost.js';


const SAMPLING_US = 100;
const PHASES = (process.env.PROFILE_PHASES ?? 'extractArticle,readWithReadability,parse,articleChunks,keepChunks,readPageAtLoadSteps,locateLiveArticleSteps,gatherEvidence,readMetadata,start,startPageSession,cloneDocument').split(',');

const pagesWanted = Number(process.argv[2] ?? 10);
const out = resolve('out/profile-popup-dist');
rmSync(out, { recursive: true, force: true });
cpSync(resolve('dist'), out, { recursive: true });
for (const config of [pagesConfig, ...contentScriptConfigs]) {
  await build({ ...config, build: { ...config.build, outDir: out, minify: false } } as InlineConfig);
}
const ext = await launchChromiumWithExtension(makeTestDist(out, resolve('out/profile-popup-test-dist')));
const pages = (loadScrapinghub(defaultCorpusDir()) ?? []).slice(0, pagesWanted);

const byScript = new Map<string, number>();
const phase = new Map<string, number>();
const self = new Map<string, number>();
let firstTimeline = '';
for (const p of pages) {
  const page = await ext.context.newPage();
  const url = `${BENCH_ORIGIN}/${p.id}.html`;
  await page.route('**/*', (route) => (route.request().url() === url ? route.fulfill({ body: p.html(), contentType: 'text/html; charset=utf-8' }) : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await ext.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
  const popup = await ext.context.newPage();
  await popup.bringToFront();
  // PROFILE_TARGET=popup: the popup's own renderer instead (an extension page first, so the
  // popup's navigation stays in the same process and the profile spans it).
  const onPopup = process.env.PROFILE_TARGET === 'popup';
  if (onPopup) await popup.goto(`chrome-extension://${ext.extensionId}/welcome.html`);
  const cdp = await ext.context.newCDPSession(onPopup ? popup : page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  for (let i = 0; i < 100; i += 1) {
    if (await popup.evaluate(() => performance.getEntriesByName('precis-analysed').length > 0)) break;
    await popup.waitForTimeout(50);
  }
  await popup.waitForTimeout(300);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await popup.close();
  await page.close();
  const tree = new ProfileTree(profile);
  let t = 0;
  let firstExt: number | null = null;
  const runs: [string, number, number][] = [];
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? SAMPLING_US) / 1000;
    t += (profile.timeDeltas[i] ?? 0) / 1000;
    const node = tree.byId.get(id);
    if (!node) return;
    const name = node.callFrame.functionName || '(anonymous)';
    if (name === '(idle)' || name === '(program)') return;
    let script = '';
    for (const frame of tree.stack(id)) if ((script = frame.callFrame.url.split('/').pop() ?? '')) break;
    script ||= name;
    if (script.endsWith('.js') && firstExt === null) firstExt = t;
    byScript.set(script, (byScript.get(script) ?? 0) + dt);
    // PROFILE_OUTSIDE=fn: the self-time table leaves out samples under fn (what else a script costs).
    const outside = process.env.PROFILE_OUTSIDE;
    if (outside && tree.under(id, outside)) return;
    const key = `${name}:${node.callFrame.lineNumber} ${node.callFrame.url.split('/').pop()}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    tree.chargePhases(id, dt, PHASES, phase);
    const last = runs[runs.length - 1];
    if (last && last[0] === script && t - last[2] < 1) last[2] = t;
    else runs.push([script, t, t]);
  });
  if (!firstTimeline) {
    const base = firstExt ?? 0;
    firstTimeline = runs.filter(([, a, b]) => b - a >= 0.3 || runs.length < 60).map(([s, a, b]) => `${s} ${(a - base).toFixed(1)}..${(b - base).toFixed(1)}`).join('\n  ');
  }
}
await ext.context.close();

const per = (v: number): string => `${(v / pages.length).toFixed(2)} ms/page`;
console.log(`${pages.length} pages`);
console.log('\nBy script:');
for (const [k, v] of [...byScript].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${k.padEnd(40)} ${per(v)}`);
console.log('\nPhases (total time under the function):');
for (const [k, v] of [...phase].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(28)} ${per(v)}`);
console.log('\nSelf time, top 30:');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${k.padEnd(60)} ${per(v)}`);
console.log(`\nFirst page's runs (script start..end, ms from the first extension sample):\n  ${firstTimeline}`);
