/**
 * Does Chromium follow V8's compile-hint comment (`//# allFunctionsCalledOnLoad`) for the
 * extension's content script? The bench (load-cost.ts) evaluates its bundles with
 * Runtime.evaluate, which never follows it, so this asks the real thing: the built extension
 * auto-cleans a page twice, once as built and once with the comment on top of content.js, with
 * V8's function-event log on (`--log-function-events`), and counts the lazy compiles of
 * content.js's functions in the page's renderer. Eager compiles with the script mean few or none.
 * Run: npm run build && npx tsx bench/chromium/compile-hint-check.ts
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, findBrowser } from '../../scripts/lib/browsers.js';
import { makeTestDist } from '../../scripts/lib/test-dist.js';

const HINT = '//# allFunctionsCalledOnLoad\n';
const PAGE = `<!doctype html><html><head><title>A test story</title></head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>A test story</h1>${'<p>The council voted on Tuesday to extend the scheme for another year, officials said in a statement.</p>'.repeat(12)}
<aside><h3>Related stories</h3><ul><li><a href="/a">Another story about the council's long budget</a></li><li><a href="/b">What the new scheme means for the town's residents</a></li><li><a href="/c">Officials defend the plan against critics in the chamber</a></li></ul></aside></article></main>
<div class="share-bar"><a href="https://twitter.com/intent/tweet?url=x">Twitter</a><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></div><footer><p>Copyright</p></footer></body></html>`;

async function lazyCompiles(hinted: boolean): Promise<{ lazy: number; eagerish: number }> {
  const dist = makeTestDist(resolve('dist'), resolve(`out/hint-check-${hinted ? 'on' : 'off'}`));
  if (hinted) writeFileSync(join(dist, 'content.js'), HINT + readFileSync(join(dist, 'content.js'), 'utf8'));
  const logs = mkdtempSync(join(tmpdir(), 'precis-v8log-'));
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'precis-hint-')), {
    executablePath: findBrowser(CHROMIUM), headless: true, ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', `--js-flags=--log-function-events --logfile=${join(logs, 'v8.log')}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  await worker.evaluate(async () => {
    await chrome.storage.sync.set({ options: { autoClean: 'sites', sites: ['127.0.0.1'] } });
  });
  for (let i = 0; i < 50 && (await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)) === 0; i += 1) await new Promise((r) => setTimeout(r, 100));
  const page = await context.newPage();
  const url = 'http://127.0.0.1:9/story.html';
  await page.route('**/*', (route) => (route.request().url() === url ? route.fulfill({ body: PAGE, contentType: 'text/html' }) : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  await context.close();
  // The content script is the only script of that page: its renderer's log holds its functions.
  let lazy = 0;
  let eagerish = 0;
  for (const file of readdirSync(logs)) {
    const text = readFileSync(join(logs, file), 'utf8');
    if (!text.includes('content.js')) continue;
    const scriptIds = new Set([...text.matchAll(/^script-details,(\d+),[^\n]*content\.js/gm)].map((m) => m[1]));
    for (const line of text.split('\n')) {
      const [kind, event, id] = line.split(',');
      if (kind !== 'function' || !scriptIds.has(id ?? '')) continue;
      if (event === 'compile-lazy') lazy += 1;
      if (event === 'compile' || event === 'parse-function') eagerish += 1;
    }
  }
  return { lazy, eagerish };
}

const off = await lazyCompiles(false);
const on = await lazyCompiles(true);
console.log(`content.js functions compiled lazily on first call: as built ${off.lazy}, with the hint ${on.lazy} (compile/parse events ${off.eagerish} / ${on.eagerish})`);
