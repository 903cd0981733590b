/**
 * The label table as the content script reads it, made from the phrases (phrases.ts) by
 * scripts/gen-label-gates.ts into label-gates.data.ts (reading them on every page load would cost
 * more than it saves): per reason, the labels of its finite phrases written out for a set lookup,
 * and its other phrases as one alternation behind a cheap "can this label match?" gate, so an
 * alternation no label on the page can match is never compiled:
 * V8 compiles a regular expression on its first use in every fresh world, and the content script
 * meets one on every page load (~0.25 ms per 1,000 characters of pattern in Chromium, see README).
 * For each phrase: the characters it can open with, or (when it opens with a wildcard, a digit
 * class or an optional part) a run of letters every match holds. A phrase this reads no sure sign
 * from leaves its reason ungated. Sound by construction; tests/core/declutter/label-gates.test.ts
 * checks it on strings generated from every phrase.
 */

import type { HiddenReason } from '../types.js';
import { LABEL_PHRASES } from './phrases.js';
import { expandPhrase } from './label-expand.js';

export interface LabelGate {
  /** Openings (1 to PREFIX_CHARS characters) a match can start with, joined by OPENINGS_SEPARATOR (a short string in content.js). */
  opens: string;
  /** Else one of these runs must be in the label. */
  holds: readonly string[];
}

/** Never in an opening: `|` is a pattern's metacharacter, so a phrase's plain characters never hold one. */
const OPENINGS_SEPARATOR = '|';

const META = new Set(['.', '\\', '[', '(', ')', '|', '?', '*', '+', '{', '^', '$']);

/** Index just past the group, class or escape that starts at `i`. */
function atomEnd(src: string, i: number): number {
  const c = src[i];
  if (c === '\\') return i + 2;
  if (c === '[') {
    let j = i + 1;
    while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c === '(') {
    let depth = 0;
    for (let j = i; j < src.length; j += 1) {
      const d = src[j];
      if (d === '\\') j += 1;
      else if (d === '[') j = atomEnd(src, j) - 1;
      else if (d === '(') depth += 1;
      else if (d === ')' && (depth -= 1) === 0) return j + 1;
    }
    return src.length;
  }
  return i + 1;
}

/** Index just past a quantifier at `i` (or `i` when there is none), and whether it allows zero. */
function quantifier(src: string, i: number): [number, boolean] {
  const c = src[i];
  if (c === '?' || c === '*') return [i + 1, true];
  if (c === '+') return [i + 1, false];
  if (c === '{') {
    const end = src.indexOf('}', i);
    return [end + 1, src[i + 1] === '0' && (src[i + 2] === ',' || src[i + 2] === '}')];
  }
  return [i, false];
}

/** `src` split at its top-level `|`. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < src.length; ) {
    if (src[i] === '|') {
      out.push(src.slice(start, i));
      start = i + 1;
      i += 1;
    } else i = atomEnd(src, i);
  }
  out.push(src.slice(start));
  return out;
}

/** The group's body (without a `?:` and the parentheses). */
const groupBody = (atom: string): string => atom.slice(atom.startsWith('(?:') ? 3 : 1, -1);

/** Letters every match of `src` holds somewhere (any one of them), or null when none is sure. */
function heldRuns(src: string): string[] | null {
  for (let i = 0; i < src.length; ) {
    const end = atomEnd(src, i);
    const [next, optional] = quantifier(src, end);
    const atom = src.slice(i, end);
    if (!optional && !META.has(atom[0] as string)) {
      // A run of plain characters, up to one a quantifier follows (it may be absent or repeated).
      let j = i;
      while (j < src.length && !META.has(src[j] as string) && quantifier(src, j + 1)[0] === j + 1) j += 1;
      if (j > i) return [src.slice(i, j)];
    }
    if (!optional && atom[0] === '(') {
      const inner = alternatives(groupBody(atom)).map(heldRuns);
      if (inner.every((runs) => runs !== null)) return inner.flat() as string[];
    }
    i = next;
  }
  return null;
}

/** How much of a label's opening a gate compares: enough to tell "related" from "recipes". */
export const PREFIX_CHARS = 3;

/** The openings (up to PREFIX_CHARS characters) a match of `src` can start with, or null when it may open with anything. */
function openingPrefixes(src: string): string[] | null {
  const c = src[0];
  if (c === undefined) return null;
  const end = atomEnd(src, 0);
  if (quantifier(src, end)[1]) return null;
  if (c === '(') {
    const inner = alternatives(groupBody(src.slice(0, end))).map(openingPrefixes);
    return inner.every((prefixes) => prefixes !== null) ? (inner.flat() as string[]) : null;
  }
  if (META.has(c)) return null;
  // The plain characters that open the phrase, up to one a quantifier follows (it may be absent).
  let j = 0;
  while (j < PREFIX_CHARS && j < src.length && !META.has(src[j] as string) && quantifier(src, j + 1)[0] === j + 1) j += 1;
  return [src.slice(0, Math.max(j, 1))];
}

/** The gate of one reason's phrases, or null when some phrase gives no sure sign. */
export function labelGate(phrases: readonly string[]): LabelGate | null {
  const opens = new Set<string>();
  const holds: string[] = [];
  for (const phrase of phrases) {
    for (const alt of alternatives(phrase)) {
      const prefixes = openingPrefixes(alt);
      if (prefixes) {
        for (const prefix of prefixes) opens.add(prefix);
        continue;
      }
      const runs = heldRuns(alt);
      if (!runs) return null;
      for (const run of runs) if (!holds.includes(run)) holds.push(run);
    }
  }
  return { opens: [...opens].join(OPENINGS_SEPARATOR), holds };
}

/** A gate's openings as a set, made on its first use on the page (label after label ask it). */
const openingSets = new WeakMap<LabelGate, Set<string>>();

/** `label` is not empty (the matcher returns before). */
export function mayMatch(gate: LabelGate | null | undefined, label: string): boolean {
  if (!gate) return true;
  let opens = openingSets.get(gate);
  if (!opens) openingSets.set(gate, (opens = new Set(gate.opens.split(OPENINGS_SEPARATOR))));
  for (let n = 1; n <= PREFIX_CHARS; n += 1) if (opens.has(label.slice(0, n))) return true;
  for (let i = 0; i < gate.holds.length; i += 1) if (label.includes(gate.holds[i] as string)) return true;
  return false;
}

/**
 * One reason of the label table as the content script reads it (label-gates.data.ts): the labels
 * its finite phrases match, written out (label-expand.ts) and joined by `|` (a phrase's plain
 * characters never hold one), and the alternation of its other phrases (wildcards, digits, word
 * boundaries) with that alternation's gate, or null when every phrase is finite.
 */
export interface LabelTableRow {
  reason: HiddenReason;
  labels: string;
  pattern: string | null;
  gate: LabelGate | null;
}

/** The table, reasons in phrases.ts's order (the first reason that matches wins), as scripts/gen-label-gates.ts writes it. */
export function labelTable(): LabelTableRow[] {
  return (Object.entries(LABEL_PHRASES) as Array<[HiddenReason, readonly string[]]>)
    .filter(([, phrases]) => phrases.length > 0)
    .map(([reason, phrases]) => {
      const labels = new Set<string>();
      const rest: string[] = [];
      for (const phrase of phrases) {
        const all = expandPhrase(phrase);
        if (all) for (const label of all) labels.add(label);
        else rest.push(phrase);
      }
      return { reason, labels: [...labels].join('|'), pattern: rest.length ? rest.join('|') : null, gate: rest.length ? labelGate(rest) : null };
    });
}
