/**
 * The lexicon data the parties code reads. In Node this module computes it from compromise when
 * it loads. The extension's build replaces this module with the same value, computed at build
 * time (scripts/lib/lexicon-plugin.ts), so the browser loads a few strings instead of compromise.
 */
import type { CompactLexicon } from './compact-lexicon.js';
import { compactLexicon } from './lexicon-source.js';

export const LEXICON_DATA: CompactLexicon = compactLexicon();
