/**
 * Three builds (run by scripts/build.ts): the extension pages + background as ES modules, and the
 * two content scripts (content.js on every cleaned page, content-on-demand.js when asked) as
 * classic IIFEs. `vite build` alone builds the pages.
 */
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { type InlineConfig, type Plugin, defineConfig } from 'vite';
import { buildTimeLexicon } from './scripts/lib/lexicon-plugin.js';
import { stripRuleWhy } from './scripts/lib/strip-rule-why.js';
import { LATER_PRELOAD_REL } from './src/popup/preload-later.js';

const root = resolve(import.meta.dirname, 'src/pages');
const outDir = resolve(import.meta.dirname, 'dist');

/**
 * Hints in popup.html for the NLP core's chunks (the core the popup imports as soon as it starts,
 * popup/startup.ts, and the core's own imports), which popup-start.js turns into modulepreloads
 * once the tab's requests are out (src/popup/preload-later.ts). Without them the browser would
 * fetch and compile the core only when the popup's module asks, one round after another.
 */
function preloadPopupChunks(): Plugin {
  return {
    name: 'precis-preload-popup-chunks',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const { bundle, chunk } = ctx;
        if (!bundle || !chunk || !ctx.filename.endsWith('popup.html')) return html;
        const files = new Set<string>();
        const visit = (fileName: string): void => {
          const found = bundle[fileName];
          if (files.has(fileName) || found?.type !== 'chunk') return;
          files.add(fileName);
          found.imports.forEach(visit);
        };
        chunk.dynamicImports.filter((f) => (bundle[f] as { facadeModuleId?: string } | undefined)?.facadeModuleId?.endsWith('/src/core/index.ts')).forEach(visit);
        if (files.size === 0) throw new Error('popup.html: the NLP core chunk to preload was not found');
        const tags = [...files].map((file) => ({ tag: 'link', attrs: { rel: LATER_PRELOAD_REL, href: `/${file}` }, injectTo: 'head-prepend' as const }));
        return { html, tags };
      },
    },
  };
}

export const pagesConfig: InlineConfig = {
  configFile: false,
  root,
  // The parties' lexicon is computed from compromise here, at build time (see the plugin).
  plugins: [preact(), buildTimeLexicon(), preloadPopupChunks()],
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    modulePreload: false,
    rollupOptions: {
      input: {
        popup: resolve(root, 'popup.html'),
        options: resolve(root, 'options.html'),
        welcome: resolve(root, 'welcome.html'),
        background: resolve(import.meta.dirname, 'src/background/main.ts'),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
};

/** A content script: one self-contained IIFE file (content scripts cannot load modules). */
function contentScriptConfig(entry: string, name: string, fileName: string): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    // The lexicon plugin's guard: a content script that reached the NLP lexicon fails the build.
    // The rules' `why` texts are documentation, not code a page needs (see strip-rule-why.ts).
    plugins: [buildTimeLexicon(), stripRuleWhy()],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry: resolve(import.meta.dirname, entry), formats: ['iife'], name, fileName: () => fileName },
    },
  };
}

export const contentConfig = contentScriptConfig('src/content/main.ts', 'precisContent', 'content.js');

/**
 * Readability and the picker, injected beside content.js only when needed (src/content/on-demand/).
 * Its entry's default export (the popup's first read, or null) is the IIFE's value; the footer
 * makes it the script's last value, which is what scripting.executeScript hands the popup
 * (src/content/on-demand/popup-read.ts). A post-footer: the minifier would drop a bare name.
 */
const onDemandBase = contentScriptConfig('src/content/on-demand/main.ts', 'precisContentOnDemand', 'content-on-demand.js');
export const onDemandConfig: InlineConfig = {
  ...onDemandBase,
  build: { ...onDemandBase.build, rolldownOptions: { output: { exports: 'default', postFooter: 'precisContentOnDemand;' } } },
};

/**
 * The popup's start (src/popup/tab-start-entry.ts): a classic script its <head> loads before the
 * modules, so finding the tab and injecting the content scripts begin at once. Same IIFE form.
 */
export const popupStartConfig = contentScriptConfig('src/popup/tab-start-entry.ts', 'precisPopupStart', 'popup-start.js');

/** The content scripts' configs, for tools that build them another way (bench/chromium/profile-popup.ts). */
export const contentScriptConfigs = [contentConfig, onDemandConfig];

export default defineConfig(pagesConfig);
