/**
 * Content-script builds only (Vite plugin): the block rules' `why` texts (src/core/declutter/*)
 * are documentation for people reading the table; nothing reads them at run time, and they were
 * ~8 KB of content.js, which every page loads and compiles. The plugin drops each rule's
 * `why: '…',` property from those files before bundling; the source keeps them, and the CLI,
 * tests and bench on Node read the source as written.
 */
import type { Plugin } from 'vite';

const RULE_FILES = /[\\/]src[\\/]core[\\/]declutter[\\/][^\\/]+\.ts$/;
/** `why: '…',` with escaped quotes inside (the rule files write them so). */
const WHY_PROPERTY = /\bwhy: '(?:[^'\\\n]|\\.)*',\s*/g;

export function stripWhy(source: string): string {
  return source.replace(WHY_PROPERTY, '');
}

export function stripRuleWhy(): Plugin {
  return {
    name: 'precis-strip-rule-why',
    enforce: 'pre',
    transform(code, id) {
      return RULE_FILES.test(id) && code.includes('why: ') ? { code: stripWhy(code), map: null } : null;
    },
  };
}
