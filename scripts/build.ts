/**
 * Builds dist/, which loads unpacked in Chrome and in Firefox:
 *  1. the HTML pages (popup, options) and the background as ES modules;
 *  2. the content scripts as classic IIFEs with no imports (content scripts cannot be modules):
 *     content.js, and content-on-demand.js (Readability, the picker) injected only when needed;
 *     popup-start.js, the popup's first moves, before its modules load (src/popup/tab-start.ts);
 *  3. manifest.json, icons and _locales copied beside them.
 */
import { cpSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { contentConfig, onDemandConfig, pagesConfig, popupStartConfig } from '../vite.config.js';

export const DIST = resolve('dist');

export async function buildExtension(): Promise<void> {
  const started = performance.now();
  rmSync(DIST, { recursive: true, force: true });
  await build(pagesConfig);
  await build(contentConfig);
  await build(onDemandConfig);
  await build(popupStartConfig);
  cpSync('manifest.json', `${DIST}/manifest.json`);
  cpSync('_locales', `${DIST}/_locales`, { recursive: true });
  mkdirSync(`${DIST}/icons`, { recursive: true });
  for (const size of [16, 32, 48, 128]) cpSync(`icons/icon-${size}.png`, `${DIST}/icons/icon-${size}.png`);
  const kb = (f: string) => (statSync(`${DIST}/${f}`).size / 1024).toFixed(1);
  console.log(`dist/ built in ${Math.round(performance.now() - started)} ms (content.js ${kb('content.js')} KB, content-on-demand.js ${kb('content-on-demand.js')} KB, background.js ${kb('background.js')} KB)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildExtension().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
