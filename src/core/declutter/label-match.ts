/**
 * Label text -> the clutter reason its phrase names, or null. Pure; the phrase data is in
 * phrases.ts. Whole-label matching keeps "Related" (a widget heading) apart from "Related
 * talks collapsed on Friday" (a sentence that happens to start with the word).
 */
import type { HiddenReason } from '../types.js';
import { mayMatch } from './label-gates.js';
import { LABEL_TABLE } from './label-gates.data.js';
import { replaceNonLabelChars } from '../text/word-chars.js';

/** Longer than this, a "label" is prose, not a widget heading. */
export const MAX_LABEL_CHARS = 90;

export function normaliseLabel(raw: string): string {
  return replaceNonLabelChars(raw.toLowerCase().replace(/[’‘`´]/g, "'"), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Per reason, a set of the labels its finite phrases match (a lookup, no pattern to compile), and
 * one alternation of its other phrases behind their gate (label-gates.ts), compiled on the first
 * label that passes it: V8 compiles a pattern on its first use in every fresh world, at ~0.25 ms
 * per 1,000 characters (README), and whole-reason alternations came to ~10K characters a page.
 * Both made on first use. Pure: a bundle that takes only this folder's other helpers
 * (content-on-demand.js) leaves the table out.
 */
const TABLE = /* @__PURE__ */ LABEL_TABLE.map((row) => ({ ...row, set: null as Set<string> | null, re: null as RegExp | null }));

/** Cookie notices are long sentences, so they get a longer limit than labels. */
const LONG_LABEL_REASONS = new Set<HiddenReason>(['cookie']);

/**
 * Labels repeat (every block of a widget carries its heading) and each costs a dozen lookups and tests:
 * remember the answers, within a bound so a page of unique lines cannot grow it without limit.
 */
const CACHE_LIMIT = 4000;
const cache = new Map<string, HiddenReason | null>();

export function reasonForLabel(raw: string): HiddenReason | null {
  if (!raw || raw.length > 600) return null;
  const known = cache.get(raw);
  if (known !== undefined) return known;
  const reason = matchLabel(raw);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, reason);
  return reason;
}

function matchLabel(raw: string): HiddenReason | null {
  const label = normaliseLabel(raw);
  if (!label) return null;
  const long = label.length > MAX_LABEL_CHARS;
  // Long texts can only be cookie notices; skip the regexes unless the word is there.
  if (long && !/cookie/.test(label)) return null;
  const mentionsCookies = /cookie|privacy|datenschutz/.test(label);
  for (const entry of TABLE) {
    const { reason } = entry;
    if (long && !LONG_LABEL_REASONS.has(reason)) continue;
    if (reason === 'cookie' && !mentionsCookies) continue;
    if ((entry.set ??= new Set(entry.labels.split('|'))).has(label)) return reason;
    if (entry.pattern === null || !mayMatch(entry.gate, label)) continue;
    entry.re ??= new RegExp(`^(?:${entry.pattern})$`, 'u');
    if (entry.re.test(label)) return reason;
  }
  return null;
}
