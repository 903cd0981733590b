/**
 * Three builds (run by scripts/build.ts): the extension pages + background as ES modules, and the
 * two content scripts (content.js on every cleaned page, content-on-demand.js when asked) as
 * classic IIFEs. `vite build` alone builds the pages.
 */
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { type InlineConfig, defineConfig } from 'vite';
import { buildTimeLexicon } from './scripts/lib/lexicon-plugin.js';
import { stripRuleWhy } from './scripts/lib/strip-rule-why.js';

const root = resolve(import.meta.dirname, 'src/pages');
const outDir = resolve(import.meta.dirname, 'dist');

export const pagesConfig: InlineConfig = {
  configFile: false,
  root,
  // The parties' lexicon is computed from compromise here, at build time (see the plugin).
  plugins: [preact(), buildTimeLexicon()],
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

/** Readability and the picker, injected beside content.js only when needed (src/content/on-demand/). */
export const onDemandConfig = contentScriptConfig('src/content/on-demand/main.ts', 'precisContentOnDemand', 'content-on-demand.js');

/**
 * The popup's start (src/popup/tab-start-entry.ts): a classic script its <head> loads before the
 * modules, so finding the tab and injecting the content scripts begin at once. Same IIFE form.
 */
export const popupStartConfig = contentScriptConfig('src/popup/tab-start-entry.ts', 'precisPopupStart', 'popup-start.js');

export default defineConfig(pagesConfig);
