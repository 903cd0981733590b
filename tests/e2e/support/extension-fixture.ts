/**
 * One Chromium with the built extension and one fixture server for a whole spec file.
 * Helpers here talk to the extension through its service worker, as a user's clicks would.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchChromiumWithExtension } from '../../../scripts/lib/launch-chromium.js';
import { type StaticServer, startStaticServer } from '../../../scripts/lib/static-server.js';
import { makeTestDist } from '../../../scripts/lib/test-dist.js';

export const SCREENSHOTS = 'out/screenshots';

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  server: StaticServer;
  profileDir: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /**
   * More host permissions granted up front, as a user's earlier "allow" would have. Lets a test
   * click a button that requests a site (`*://127.0.0.1/*`) without a prompt nobody can answer.
   */
  extraHostPermissions?: string[];
  /** A browser restart: the profile of an earlier harness (see Harness.profileDir). */
  profileDir?: string;
  /** The browser's UI language ('de'), which picks the extension's _locales. */
  language?: string;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startStaticServer('tests/fixtures/pages');
  const dist = makeTestDist();
  if (options.extraHostPermissions) addHostPermissions(dist, options.extraHostPermissions);
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'precis-chromium-'));
  const ext = await launchChromiumWithExtension(dist, true, { profileDir, language: options.language });
  return {
    ...ext,
    server,
    profileDir,
    async close() {
      await ext.context.close();
      await server.close();
    },
  };
}

/** The tab id of the page whose URL contains `urlPart` (tabs.query sees URLs we have host access to). */
export async function tabIdOf(worker: Worker, urlPart: string): Promise<number> {
  const id = await worker.evaluate(async (part) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url?.includes(part))?.id ?? null;
  }, urlPart);
  if (id === null) throw new Error(`no tab with ${urlPart}`);
  return id;
}

export async function openPopup(h: Harness, tabId: number): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

export async function setOptions(worker: Worker, options: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (o) => {
    const current = (await chrome.storage.sync.get('options')).options ?? {};
    await chrome.storage.sync.set({ options: { ...current, ...o } });
  }, options);
}

export async function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

// ---- Helpers for the popup, options and quote-card specs ----

/** Console errors and uncaught exceptions of a page, collected for a final "none" check. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // Fixture pages have no favicon; the server's 404 for it is not the extension's error.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text());
  });
  return errors;
}

export async function openFixture(h: Harness, file: string): Promise<{ page: Page; tabId: number }> {
  const page = await h.context.newPage();
  await page.goto(h.server.url(file));
  return { page, tabId: await tabIdOf(h.worker, file) };
}

/** A tab the extension cannot see the URL of (chrome://...): the id that appeared with it. */
export async function openUnreadableTab(h: Harness, url: string): Promise<{ page: Page; tabId: number }> {
  const ids = () => h.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));
  const before = new Set(await ids());
  const page = await h.context.newPage();
  await page.goto(url);
  const tabId = (await ids()).find((id) => !before.has(id));
  if (tabId === undefined) throw new Error(`no new tab for ${url}`);
  return { page, tabId };
}

export interface CachedReport {
  report: { article: { text: string; title: string | null; url: string; byline: string | null; siteName: string | null } };
  analysis: unknown;
}

/** What the popup cached in storage.session for this tab: the report it analysed. */
export async function cachedAnalysis(worker: Worker, tabId: number): Promise<CachedReport> {
  const entry = await worker.evaluate(async (id) => (await chrome.storage.session.get(`analysis:${id}`))[`analysis:${id}`], tabId);
  if (!entry) throw new Error(`no cached analysis for tab ${tabId}`);
  return entry as CachedReport;
}

/** First paint (the skeleton), first contentful paint (the headline), the page cleaned on open, and "analysis on screen", ms since navigation. */
export async function popupTimings(popup: Page): Promise<{ paint: number | null; contentful: number | null; cleaned: number | null; analysed: number | null }> {
  return popup.evaluate(() => {
    const at = (name: string) => {
      const entry = performance.getEntriesByName(name)[0];
      return entry ? Math.round(entry.startTime) : null;
    };
    return { paint: at('first-paint'), contentful: at('first-contentful-paint'), cleaned: at('precis-page-cleaned'), analysed: at('precis-analysed') };
  });
}

export async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The image/png on the clipboard, decoded (Chromium re-encodes it: compare pixels, not bytes). */
export async function clipboardPng(page: Page): Promise<{ png: PNG; bytes: Buffer }> {
  const base64 = await page.evaluate(async () => {
    const item = (await navigator.clipboard.read()).find((i) => i.types.includes('image/png'));
    if (!item) return null;
    const bytes = new Uint8Array(await (await item.getType('image/png')).arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return btoa(binary);
  });
  if (!base64) throw new Error('no image/png on the clipboard');
  const bytes = Buffer.from(base64, 'base64');
  return { png: PNG.sync.read(bytes), bytes };
}

/** axe-core finds no serious or critical violation on the page as it is now. */
export async function expectNoSeriousAxe(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

function addHostPermissions(dist: string, origins: string[]): void {
  const path = `${dist}/manifest.json`;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...origins])];
  writeFileSync(path, JSON.stringify(manifest, null, 2));
}

/**
 * The popup page in a focused tab: a background tab neither paints (no first-paint timing) nor
 * may use the clipboard, so it is brought to the front before it loads.
 */
export async function openPopupInFront(h: Harness, tabId: number): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.bringToFront();
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Cumulative layout shift of the page so far (web-vitals' CLS without session windows). */
export async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 50);
      }),
  );
}
