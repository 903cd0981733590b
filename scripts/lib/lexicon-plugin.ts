/**
 * Build-time lexicon (Vite plugin): src/core/parties/lexicon-data.ts computes the parties'
 * lexicon from compromise when it loads, which in the popup cost 150-300 ms of its main thread
 * on every open (compromise builds its whole model as its module runs). In the extension's
 * bundles this plugin replaces that module with the value it computes, evaluated here once per
 * build from the same function, so compromise itself is never bundled. It also fails a build
 * that would bundle compromise by another path.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { CompactLexicon } from '../../src/core/parties/compact-lexicon.js';

const LEXICON_DATA_MODULE = resolve(import.meta.dirname, '../../src/core/parties/lexicon-data.ts');

let computed: Promise<CompactLexicon> | null = null;
/** Loaded on demand: importing compromise costs ~300 ms, and only builds that bundle the core need it. */
const lexiconData = (): Promise<CompactLexicon> =>
  (computed ??= import('../../src/core/parties/lexicon-source.js').then(({ compactLexicon }) => compactLexicon()));

/** The module that stands in for lexicon-data.ts: the same export, as a literal. */
export async function lexiconDataModule(): Promise<string> {
  return `export const LEXICON_DATA = ${JSON.stringify(await lexiconData())};\n`;
}

const isCompromise = (id: string): boolean => /[\\/]node_modules[\\/]compromise[\\/]/.test(id);

export function buildTimeLexicon(): Plugin {
  return {
    name: 'precis-build-time-lexicon',
    enforce: 'pre',
    async load(id) {
      return id === LEXICON_DATA_MODULE ? lexiconDataModule() : null;
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        const bundled = chunk.type === 'chunk' ? Object.keys(chunk.modules).find(isCompromise) : undefined;
        if (bundled) this.error(`${chunk.fileName} bundles compromise (${bundled}); the extension takes its lexicon from lexicon-data.ts`);
      }
    },
  };
}
