/**
 * Where the load path's cold time goes, without a profiler's overhead: the phases of
 * phase-entry.ts, each its own call in a fresh isolated world per page (cold), then again in the
 * same world (warm), timed by the renderer main thread's CPU clock (schedstat, as the bench does,
 * minus an empty call), so the figures hold on a busy machine; medians over the first N
 * Scrapinghub pages, beside Readability clone + parse timed the same way in a world of its own.
 * A tool for work on the load path, not a bench figure.
 * Run: npx tsx bench/chromium/phase-cost.ts [pages=40] [corpusDir]   (JSFLAGS="--flag" passes V8 flags)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM, findBrowser } from '../../scripts/lib/browsers.js';
import { loadScrapinghub } from '../extraction/lib/scrapinghub-corpus.js';
import { defaultCorpusDir, median } from '../nlp/lib/cli.js';
import { cpuNs, findRenderer, freshWorld, servePage } from './load-cost.js';

const pagesWanted = Number(process.argv[2] ?? 40);
const corpus = process.argv[3] ?? defaultCorpusDir();
const outDir = resolve('out/bench-chromium-phases');
await build({
  configFile: false, logLevel: 'warn',
  // PHASE_SPLIT_RULES=1: the rules' label and class-hint lookups timed as phases of their own (phase-entry.ts).
  define: { 'process.env.PHASE_SPLIT_RULES': JSON.stringify(process.env.PHASE_SPLIT_RULES ?? '') },
  build: { outDir, emptyOutDir: true, minify: true, target: 'es2022', lib: { entry: resolve(import.meta.dirname, 'phase-entry.ts'), formats: ['iife'], name: 'precisPhases', fileName: () => 'phases.js' } },
});
const bundle = readFileSync(resolve(outDir, 'phases.js'), 'utf8');
const pages = (loadScrapinghub(corpus) ?? []).slice(0, pagesWanted);
const browser = await chromium.launch({ executablePath: findBrowser(CHROMIUM), headless: true, args: ['--no-sandbox', '--disable-gpu', `--js-flags=--expose-gc ${process.env.JSFLAGS ?? ''}`] });
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
const cold = new Map<string, number[]>();
const warm = new Map<string, number[]>();
let worlds = 0;
const evaluate = async (expression: string, contextId: number): Promise<unknown> => {
  const r = (await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true })) as { result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
  return r.result.value;
};
const add = (into: Map<string, number[]>, name: string, ms: number): void => void into.set(name, [...(into.get(name) ?? []), ms]);
let lastSource = '';
/** `again`: the last world's source text, so V8 reuses its compiled code (only the fresh world's own costs remain). */
const newWorld = async (again = false): Promise<number> => {
  worlds += 1;
  const ctx = await freshWorld(cdp, `phases-${worlds}`);
  // A unique tail: V8 compiles the source anew, as a page load meets it.
  if (!again) lastSource = `${bundle}\n//# phases-${worlds}-${Math.random()}`;
  await evaluate(lastSource, ctx);
  return ctx;
};
// PHASE_SECOND_WORLD=1: the second column is a second fresh world from the same source (compiled
// code reused by V8, everything else new) instead of a second call in the same world.
const secondWorld = process.env.PHASE_SECOND_WORLD === '1';

for (const p of pages) {
  await servePage(page, p.html(), p.id);
  const probe = await newWorld();
  const pid = await findRenderer(browser, (e) => evaluate(e, probe));
  /** CPU ms of one call, after gc and a layout flush. */
  const cpu = async (expression: string, ctx: number): Promise<number> => {
    await evaluate('gc(); document.body && document.body.offsetHeight', ctx);
    const start = cpuNs(pid);
    await evaluate(expression, ctx);
    return (cpuNs(pid) - start) / 1e6;
  };
  const empty = Math.min(await cpu('void 0', probe), await cpu('void 0', probe), await cpu('void 0', probe));
  const names = (await evaluate('precisPhases.phaseNames()', probe)) as string[];
  let precis = await newWorld();
  for (const [into, round] of [[cold, 'cold'], [warm, 'warm']] as const) {
    if (round === 'warm' && secondWorld) precis = await newWorld(true);
    await evaluate(`precisPhases.begin(document, ${JSON.stringify(p.url)})`, precis);
    for (const name of names) add(into, name, Math.max(0, (await cpu(`precisPhases.phase(${JSON.stringify(name)})`, precis)) - empty));
  }
  let readability = await newWorld();
  add(cold, 'readability', Math.max(0, (await cpu('precisPhases.readabilityClone(document)', readability)) - empty));
  if (secondWorld) readability = await newWorld(true);
  add(warm, 'readability', Math.max(0, (await cpu('precisPhases.readabilityClone(document)', readability)) - empty));
}
await browser.close();
console.log(`${pages.length} pages; median CPU ms per phase (renderer main thread), cold / warm`);
let sumCold = 0;
let sumWarm = 0;
for (const [k, v] of cold) {
  const c = median(v);
  const w = median(warm.get(k) ?? []);
  if (!['readability', 'label-init'].includes(k) && !k.startsWith('plan')) {
    sumCold += c;
    sumWarm += w;
  }
  console.log(`  ${k.padEnd(40)} ${c.toFixed(2).padStart(7)} / ${w.toFixed(2).padStart(7)}`);
}
console.log(`  ${'sum of medians up to rules'.padEnd(40)} ${sumCold.toFixed(2).padStart(7)} / ${sumWarm.toFixed(2).padStart(7)}`);
