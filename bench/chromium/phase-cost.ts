/**
 * Where the load path's cold time goes, without a profiler's overhead: the phases of
 * phase-entry.ts timed with performance.now() in a fresh isolated world per page (cold), then
 * again in the same world (warm), summed as medians over the first N Scrapinghub pages.
 * A tool for work on the load path, not a bench figure.
 * Run: npx tsx bench/chromium/phase-cost.ts [pages=40] [corpusDir]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM, findBrowser } from '../../scripts/lib/browsers.js';
import { loadScrapinghub } from '../extraction/lib/scrapinghub-corpus.js';
import { defaultCorpusDir, median } from '../nlp/lib/cli.js';
import { freshWorld, servePage } from './load-cost.js';

const pagesWanted = Number(process.argv[2] ?? 40);
const corpus = process.argv[3] ?? defaultCorpusDir();
const outDir = resolve('out/bench-chromium-phases');
await build({
  configFile: false, logLevel: 'warn',
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
  const r = (await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
  return r.result.value;
};
const add = (into: Map<string, number[]>, times: Record<string, number>): void => {
  for (const [k, v] of Object.entries(times)) into.set(k, [...(into.get(k) ?? []), v]);
};
for (const p of pages) {
  await servePage(page, p.html(), p.id);
  for (const side of (process.env.SIDES ?? 'precis,readability').split(',')) {
    worlds += 1;
    const ctx = await freshWorld(cdp, `phases-${worlds}`);
    await evaluate(`${bundle}\n//# phases-${worlds}-${Math.random()}`, ctx);
    const call = side.startsWith('labels') ? `precisPhases.${side}(document)` : side === 'precis' ? `precisPhases.phases(document, ${JSON.stringify(p.url)})` : '(() => { const t = performance.now(); precisPhases.readabilityClone(document); return { readability: performance.now() - t }; })()';
    await evaluate('gc(); document.body && document.body.offsetHeight', ctx);
    add(cold, (await evaluate(call, ctx)) as Record<string, number>);
    await evaluate('gc(); document.body && document.body.offsetHeight', ctx);
    add(warm, (await evaluate(call, ctx)) as Record<string, number>);
  }
}
await browser.close();
console.log(`${pages.length} pages; median ms per phase, cold / warm`);
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
