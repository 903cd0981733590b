/**
 * A label phrase whose language is a short finite list ("most (read|viewed)( stories)?") becomes
 * that list of strings, so whole-label matching is a Set lookup. Why: the content script runs in
 * a fresh JS world on every page load, and V8 compiles each regular expression on its first use
 * (then again to native code on its second): the label table as regexes cost a few ms per page,
 * while the strings cost a short loop. Only groups, alternation and `?` are expanded; a phrase
 * with any other regex syntax (`.{1,30}`, `\d+`, `.`) answers null and stays a regex.
 * Table-tested against the regex itself in tests/core/declutter/phrase-expand.test.ts.
 */

/** Beyond this many strings a phrase stays a regex (none of ours comes near it). */
const MAX_STRINGS = 256;
/** Regex syntax this expander does not handle: the phrase stays a regex. */
const UNSUPPORTED = '.*+{}[]\\^$';

/** Characters that end a run of plain characters. */
const SPECIAL = `${UNSUPPORTED}()|?`;

/** A wildcard, a class, a count or an escape: the phrase stays a regex. */
const NOT_A_LIST = /[.*+{}[\]\\^$]|\(\?/;

class Unsupported extends Error {}

/** `a|b|c` up to the closing `)` (or the end): the union of each branch's strings. */
function alternation(p: string, at: { i: number }): string[] {
  const out: string[] = [];
  for (;;) {
    for (const s of sequence(p, at)) out.push(s);
    if (p[at.i] !== '|') return out;
    at.i += 1;
  }
}

/** Atoms in a row (a character or a group, each maybe followed by `?`): every combination. */
function sequence(p: string, at: { i: number }): string[] {
  let out = [''];
  while (at.i < p.length && p[at.i] !== '|' && p[at.i] !== ')') {
    const c = p[at.i] as string;
    let atom: string[];
    if (c === '(') {
      at.i += 1;
      if (p[at.i] === '?') throw new Unsupported();
      atom = alternation(p, at);
      if (p[at.i] !== ')') throw new Unsupported();
      at.i += 1;
    } else if (UNSUPPORTED.includes(c) || c === '?') {
      throw new Unsupported();
    } else {
      // A run of plain characters is one atom (fewer combinations to build); a `?` after the run
      // applies to its last character only, which then is an atom of its own.
      let end = at.i;
      while (end < p.length && !SPECIAL.includes(p[end] as string)) end += 1;
      if (p[end] === '?' && end - at.i > 1) end -= 1;
      atom = [p.slice(at.i, end)];
      at.i = end;
    }
    if (p[at.i] === '?') {
      atom.push('');
      at.i += 1;
    }
    if (atom.length === 1) {
      // Plain text: appended in place (most atoms).
      for (let k = 0; k < out.length; k += 1) out[k] += atom[0] as string;
      continue;
    }
    const next: string[] = [];
    for (const head of out) for (const tail of atom) next.push(head + tail);
    if (next.length > MAX_STRINGS) throw new Unsupported();
    out = next;
  }
  return out;
}

/** Every string the phrase matches whole, or null when its language is not a short list. */
export function expandPhrase(phrase: string): string[] | null {
  // Most phrases that stay regexes are known at a glance (no exception thrown for them: cheaper).
  if (NOT_A_LIST.test(phrase)) return null;
  try {
    const at = { i: 0 };
    const out = alternation(phrase, at);
    return at.i === phrase.length ? out : null;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
