/**
 * Chromium with the built extension loaded (the recipe in TESTING.md): new headless mode loads
 * extensions; the extra flags keep Chromium from calling home on this closed network.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Worker, chromium } from 'playwright-core';
import { CHROMIUM, findBrowser } from './browsers.js';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

export async function launchChromiumWithExtension(extensionDir: string, headless = true): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'precis-chromium-')), {
    executablePath: findBrowser(CHROMIUM),
    headless,
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, worker, extensionId: new URL(worker.url()).host };
}
