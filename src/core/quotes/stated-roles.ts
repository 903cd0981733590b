/**
 * Roles an article gives a person in other shapes than a title or an appositive, so that a later
 * "the mayor said" can point back at them (describe-person.ts):
 *   "The mayor of Lindton, Helen Park, said"  -- the role first, the name in commas;
 *   "Helen Park is the mayor of Lindton"       -- the role stated in the sentence itself.
 */
import { ROLE_NOUNS } from './titles.js';

/** Characters looked at on either side of a name. */
const WINDOW_CHARS = 90;
/** `the mayor of Lindton, ` or `the company's chief executive, ` right before the name. */
const ROLE_FIRST = /(?:^|[.!?;:]\s+|\n\s*|,\s+)((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}'’-]+\s+){0,3}?([\p{Ll}-]+)(?:\s+(?:of|for|at)\s+[^,;:.!?"“”\n]{1,40})?),\s*$/u;
/** ` is the mayor of Lindton` / `, who is the company's chief executive` right after the name. */
const ROLE_STATED = /^(?:\s*,\s*who)?\s+(?:is|was|has been|had been|became|is now|was then)\s+((?:the|a|an|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}?([\p{Ll}-]+)(?:\s+(?:of|for|at)\s+[^,;:.!?"“”\n]{1,40})?)(?=[,;:.!?\n]|\s+(?:and|who|since|until|when)\b)/u;

const isRoleHead = (word: string) => ROLE_NOUNS.has(word.toLowerCase());

/** The role a sentence states for the name at [start, end), or null. */
export function statedRole(text: string, start: number, end: number): string | null {
  const before = ROLE_FIRST.exec(text.slice(Math.max(0, start - WINDOW_CHARS), start));
  if (before && isRoleHead(before[2]!)) return before[1]!.replace(/^(?:the|its|his|her|their)\s+/i, '');
  const after = ROLE_STATED.exec(text.slice(end, end + WINDOW_CHARS));
  if (after && isRoleHead(after[2]!)) return after[1]!.replace(/^(?:the|a|an|its|his|her|their)\s+/i, '');
  return null;
}
