/**
 * Figures that need the built extension in Chromium: the longest task on a 100,000-element page
 * auto-cleaned at load (a PerformanceObserver the page installs first sees our tasks too), and the
 * popup's time to 'analysed' (its performance mark, ms after the popup page starts) on corpus
 * pages, with the content script injected by the popup as on a first click.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchChromiumWithExtension } from '../../scripts/lib/launch-chromium.js';
import { makeTestDist } from '../../scripts/lib/test-dist.js';
import { hugePageHtml } from '../../tests/e2e/support/huge-page.js';
import { BENCH_ORIGIN } from './load-cost.js';

export interface ExtensionRun {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

export async function startExtension(): Promise<ExtensionRun> {
  return launchChromiumWithExtension(makeTestDist());
}

async function setAutoClean(run: ExtensionRun, on: boolean): Promise<void> {
  await run.worker.evaluate(async (enabled) => {
    const current = (await chrome.storage.sync.get('options')).options ?? {};
    await chrome.storage.sync.set({ options: { ...current, autoClean: enabled ? 'sites' : 'off', sites: enabled ? ['127.0.0.1'] : [] } });
  }, on);
  const want = on ? 1 : 0;
  for (let i = 0; i < 50; i += 1) {
    if ((await run.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)) === want) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('auto-clean registration did not change');
}

async function serve(page: Page, path: string, html: string): Promise<string> {
  const url = `${BENCH_ORIGIN}/${path}`;
  await page.route('**/*', (route) => (route.request().url() === url ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort()));
  return url;
}

/** Longest task (ms) after the page's own parsing, with the page auto-cleaned at load; and how many blocks were hidden. */
export async function hugePageLongestTask(run: ExtensionRun): Promise<{ longest: number; over50: number; elements: number }> {
  await setAutoClean(run, true);
  const page = await run.context.newPage();
  await page.addInitScript(() => {
    const log = { tasks: [] as number[][], parsed: Infinity, elements: 0 };
    (window as unknown as { taskLog: typeof log }).taskLog = log;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => log.tasks.push([e.startTime, e.duration]))).observe({ type: 'longtask' });
    document.addEventListener('DOMContentLoaded', () => {
      log.parsed = performance.now();
      log.elements = document.getElementsByTagName('*').length;
    });
  });
  await page.goto(await serve(page, 'huge-page.html', hugePageHtml(100_000)));
  const marked = '!!document.querySelector("aside > div")?.getAttributeNames().some((n) => n.startsWith("data-precis-hidden-"))';
  for (let i = 0; i < 300 && !(await page.evaluate(marked)); i += 1) await page.waitForTimeout(100);
  await page.waitForTimeout(1500);
  const log = (await page.evaluate('window.taskLog')) as { tasks: number[][]; parsed: number; elements: number };
  await page.close();
  await setAutoClean(run, false);
  const ours = log.tasks.filter(([start]) => (start ?? 0) >= log.parsed).map(([, d]) => d ?? 0);
  return { longest: Math.round(Math.max(0, ...ours)), over50: ours.filter((d) => d > 50).length, elements: log.elements };
}

/** The popup's marks on the way to 'analysed' (src/popup/timings.ts), in ms after the popup page starts. */
export const POPUP_STEPS = ['start-script', 'started', 'tab-address', 'tab-read-start', 'tab-read-done', 'scripts-injected', 'nlp-loaded', 'report', 'computed', 'analysed', 'warmed'] as const;
export type PopupSteps = Partial<Record<(typeof POPUP_STEPS)[number], number>>;

/** The popup's step marks, or null (not an article, or no 'analysed' mark in time). */
export async function popupAnalysedMs(run: ExtensionRun, html: string, id: string): Promise<PopupSteps | null> {
  const page = await run.context.newPage();
  const url = await serve(page, `${id}.html`, html);
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await run.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
  let analysed: PopupSteps | null = null;
  if (tabId !== null) {
    const popup = await run.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    // In front: a background tab gets no animation frames, and the mark waits for one.
    await popup.bringToFront();
    await popup.goto(`chrome-extension://${run.extensionId}/popup.html?tabId=${tabId}`);
    const marks = (steps: readonly string[]) =>
      Object.fromEntries(steps.flatMap((s) => performance.getEntriesByName(`precis-${s}`).slice(0, 1).map((e) => [s, e.startTime])));
    for (let i = 0; i < 100 && analysed === null; i += 1) {
      const seen = (await popup.evaluate(marks, POPUP_STEPS)) as PopupSteps;
      if (seen.analysed !== undefined) analysed = seen;
      else {
        // A page judged "not an article" shows its notice and never analyses unasked.
        if (await popup.locator('.not-article').count()) break;
        await popup.waitForTimeout(50);
      }
    }
    await popup.close();
  }
  await page.close();
  return analysed;
}
