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

export interface LaunchOptions {
  /** Reuse a profile (a browser restart) instead of a fresh one. */
  profileDir?: string;
  /** The UI language of the browser, hence of the extension's strings (Chromium on Linux reads LANGUAGE). */
  language?: string;
}

export async function launchChromiumWithExtension(extensionDir: string, headless = true, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'precis-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser(CHROMIUM),
    headless,
    ...(options.language ? { env: { ...process.env, LANGUAGE: options.language }, locale: options.language } : {}),
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic',
      ...(options.language ? [`--lang=${options.language}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, worker, extensionId: new URL(worker.url()).host };
}
