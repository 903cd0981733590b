/**
 * Every label a finite phrase of the label table (phrases.ts) matches, written out when the table
 * is generated (label-gates.ts, scripts/gen-label-gates.ts), so the matcher looks a label up in a
 * set instead of compiling that phrase into its reason's alternation on each page load: V8
 * compiles a regular expression on its first use in every fresh world, at a cost that grows with
 * its length (README). Written out on the page instead, it cost about what the compile it spared.
 * Phrases are a small regex subset: plain characters, `(a|b)` groups and `?` after a group or a
 * character. A phrase with anything else (`.`, `\d`, `\b`, a class, a repeat, an alternation
 * outside a group) gives null and stays a pattern. Checked against the phrases' own patterns in
 * tests/core/declutter/label-expand.test.ts.
 */

/** What a set cannot hold (a wildcard, an escape, a class, a repeat, an anchor). */
const WILD = /[\\.[\]{}*+^$]/;
/** The first group with no group inside (and its `?`), or the first character a `?` follows. */
const CHOICE = /\(([^()]*)\)(\?)?|([^()|])\?/;

/** The strings `src` matches as a whole, or null. Each step writes out one choice, first to last. */
export function expandPhrase(src: string): string[] | null {
  if (WILD.test(src)) return null;
  const m = CHOICE.exec(src);
  if (!m) return /[()|?]/.test(src) ? null : [src];
  const [whole, body, optional, char] = m;
  const choices = char === undefined ? (body as string).split('|') : [char];
  if (optional || char !== undefined) choices.push('');
  const out: string[] = [];
  for (const choice of choices) {
    const all = expandPhrase(src.slice(0, m.index) + choice + src.slice(m.index + whole.length));
    if (!all) return null;
    out.push(...all);
  }
  return out;
}
