/**
 * `npm start`: see it work. Builds the extension, serves the demo article on 127.0.0.1 and opens
 * Chromium with Precis loaded and auto-clean on for that site. With a display the browser stays
 * open for you; without one (or with CI set) it runs headless, saves screenshots of the cleaned
 * page and of the popup under out/, prints the analysis, and says where the files are.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeHtml } from '../src/node/pipeline.js';
import { formatReport, makeStyle } from '../src/cli/report.js';
import { buildExtension } from './build.js';
import { launchChromiumWithExtension } from './lib/launch-chromium.js';
import { startStaticServer } from './lib/static-server.js';
import { makeTestDist } from './lib/test-dist.js';

const DEMO_PAGE = 'harbour-ferry-strike.html';
const OUT = resolve('out');

async function main(): Promise<void> {
  await buildExtension();
  const server = await startStaticServer('tests/fixtures/pages');
  const headless = !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || Boolean(process.env.CI);
  // The demo copy of dist/ has host access to 127.0.0.1: what a user grants with one click.
  const { context, worker, extensionId } = await launchChromiumWithExtension(makeTestDist(), headless);
  await worker.evaluate(() => chrome.storage.sync.set({ options: { autoClean: 'sites', sites: ['127.0.0.1'] } }));
  await new Promise((r) => setTimeout(r, 300)); // the background registers the auto-clean script

  const pageUrl = server.url(DEMO_PAGE);
  const page = await context.newPage();
  await page.goto(pageUrl);
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? -1, pageUrl);
  console.log(`\nDemo article: ${pageUrl}`);

  if (!headless) {
    console.log('Chromium is open with Precis loaded: click the Precis icon (puzzle piece → pin it) to see the popup.');
    console.log('Close the browser window to stop.');
    await new Promise<void>((done) => context.on('close', () => done()));
    await server.close();
    return;
  }

  mkdirSync(OUT, { recursive: true });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/demo-page-cleaned.png`, fullPage: true });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('main, .status.error, .status.cannot-run', { timeout: 15_000 });
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: `${OUT}/demo-popup.png`, fullPage: true });

  const html = await (await fetch(pageUrl)).text();
  console.log(`\n${formatReport(analyzeHtml(html, DEMO_PAGE, pageUrl), makeStyle(process.stdout.isTTY === true))}\n`);
  console.log(`Screenshots:\n  ${OUT}/demo-page-cleaned.png (the page, cleaned in place)\n  ${OUT}/demo-popup.png (the popup)`);
  console.log('No display found, so Chromium ran headless. Load dist/ unpacked in your browser to use Precis (see README).');
  await context.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
