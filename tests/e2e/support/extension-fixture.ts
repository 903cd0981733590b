/**
 * One Chromium with the built extension and one fixture server for a whole spec file.
 * Helpers here talk to the extension through its service worker, as a user's clicks would.
 */
import { mkdirSync } from 'node:fs';
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
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startStaticServer('tests/fixtures/pages');
  const ext = await launchChromiumWithExtension(makeTestDist());
  return {
    ...ext,
    server,
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
