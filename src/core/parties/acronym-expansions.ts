/**
 * Acronyms the article spells out: "the Orbital Lander System (OLS)" or the same words anywhere
 * in it. The acronym is what its words name: a body when they name one ("Ministry of Varn
 * Affairs", MVA), no party when they name a programme, a machine or a rule ("Orbital Lander
 * System", OLS), whatever a bare acronym would otherwise be taken for (an organisation).
 */
import type { NameRun } from './name-runs.js';

const MIN_WORDS = 2;
const MAX_WORDS = 6;
const CAPITAL = /^\p{Lu}/u;

/** "Orbital Lander System" -> "OLS"; joining words in lower case ("of", "and") are skipped. */
function initialsOf(r: NameRun): string {
  let out = '';
  for (const t of r.tokens) if (CAPITAL.test(t.text)) out += t.text.charAt(0);
  return out;
}

/**
 * The first run of two to six words whose initials spell each acronym written in the article
 * (`acronyms`: the single-word runs in capitals).
 */
export function acronymExpansions(runs: readonly NameRun[], acronyms: ReadonlySet<string>): Map<string, NameRun> {
  const out = new Map<string, NameRun>();
  if (!acronyms.size) return out;
  // A run opening on a capital spells a word starting with that letter: with no acronym starting
  // so, its initials need not be built (one Set read instead of a pattern per word).
  const firstLetters = new Set<string>();
  for (const a of acronyms) firstLetters.add(a.charAt(0));
  for (const r of runs) {
    const n = r.tokens.length;
    if (n < MIN_WORDS || n > MAX_WORDS) continue;
    const head = r.tokens[0]!.text;
    if (!firstLetters.has(head.charAt(0)) && CAPITAL.test(head)) continue;
    const initials = initialsOf(r);
    if (initials.length >= MIN_WORDS && acronyms.has(initials) && !out.has(initials)) out.set(initials, r);
  }
  return out;
}
