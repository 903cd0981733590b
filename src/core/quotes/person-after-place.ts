/**
 * "envoy to Norland Kurt Vossberg", "Ambassador to the United Nations Samantha Pike": after a
 * role's "to" or "of", news runs the place or body straight into the person's name, and the
 * capitalised run holds both. Shared by the name index and the cue parser.
 */
import type { GenderOfFirstName } from '../text/first-names.js';
import { isOrganisationHead } from '../text/org-words.js';
import { TITLE_WORDS } from '../text/role-words.js';
import { NAME_ABBREVIATIONS } from '../text/name-words.js';

const PLACE_PREPOSITION = /\b(?:to|of|for|at|from)\s+(?:the\s+)?$/i;
/** A place or body of one word, a given name and a surname. */
export const MIN_PLACE_AND_PERSON_WORDS = 3;
/** A middle initial: "Marie L. Yovan". */
const INITIAL = /^\p{Lu}[.\u2024]?$/u;
const ABBREVIATED_TITLES = new Set(NAME_ABBREVIATIONS);
const isTitle = (w: string) => {
  const bare = w.toLowerCase().replace(/[.\u2024]$/, '');
  return TITLE_WORDS.has(bare) || ABBREVIATED_TITLES.has(bare);
};
/** Small words inside a body's name ("Bank of Lindia"): a given name after one is still the body's. */
const BODY_CONNECTOR = /^(?:of|for|the|and|de|du|la|le|van|von)$/i;

/**
 * Where a person's name starts inside a run that follows "to" / "of" (0: it does not): a given
 * name after a place or a body, followed by a surname (maybe after an initial). A run opening
 * with a given name is one person ("to Mary Ann Smith"), and two words after the given name must
 * be an initial and a surname ("of North Carolina Chapel Hill" is no person).
 */
export function personAfterPlace(words: readonly string[], before: string, genderOfGivenName: GenderOfFirstName): number {
  if (words.length < MIN_PLACE_AND_PERSON_WORDS || !PLACE_PREPOSITION.test(before) || genderOfGivenName(words[0]!)) return 0;
  for (let k = 1; k <= words.length - 2; k++) {
    if (BODY_CONNECTOR.test(words[k - 1]!) || !genderOfGivenName(words[k]!)) continue;
    // "to Dr. Alan James Corrie": a title or another given name before it is the same person's.
    // ("U.N." before it is a body: an initialism, not a title.)
    if (words.slice(0, k).some((w) => genderOfGivenName(w) || isTitle(w))) return 0;
    const rest = words.slice(k + 1);
    if (rest.length === 1 || (rest.length === 2 && INITIAL.test(rest[0]!))) return rest.some((w) => isOrganisationHead(w)) ? 0 : k;
  }
  return 0;
}
