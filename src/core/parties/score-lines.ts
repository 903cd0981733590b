/**
 * Results and standings lines: a name followed by a score there is a team ("Carrow 2 Kestrel Vale 1"),
 * whatever its words would say on their own.
 */
import { isCountry, isCommonWord, isGivenName, isPlaceName } from './lexicon.js';
import type { NameRun } from './name-runs.js';
import { NOT_ORG_ACRONYMS, NOT_PARTIES } from './word-lists.js';

/**
 * A name followed by a score, on a line of results or standings, is a team ("Carrow 2 Kestrel Vale 1").
 * Not before a lower-case word: "the Orbit 2 mission", "Orbit 3 in 2026" number a thing.
 */
export const SCORE_AFTER = /^ \d{1,3}(?:\s(?!\s*\p{Ll})|$|-)/u;
export const SCORE_LINE = /\b\d{1,3}\s*-\s*\d{1,3}\b|(?:(?:^|\s)\d{1,3}(?=\s|$)[^\n]*){2,}/;

export function lineOf(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

const SPACE = 32;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

export function isScoreLine(text: string, r: NameRun): boolean {
  // A space and a digit after the name, tested by character first: most names have neither.
  const digit = text.charCodeAt(r.end + 1);
  if (text.charCodeAt(r.end) !== SPACE || digit < DIGIT_0 || digit > DIGIT_9) return false;
  if (r.honorific || !SCORE_AFTER.test(text.slice(r.end, r.end + 12)) || (r.tokens.length === 1 && isCommonWord(r.text))) return false;
  // "Wi-Fi 6", "USB 3": a technology and its version, not a team and its score.
  const lower = r.text.toLowerCase();
  if (NOT_PARTIES.has(lower) || NOT_ORG_ACRONYMS.has(lower)) return false;
  // A player's results ("Dario Venn 71 68 70") and a national side ("Norland 2 Kestria 1", written
  // as the country) are no clubs.
  if (isCountry(r.text) || (r.tokens.length > 1 && isGivenName(r.tokens[0]!.text) && !isPlaceName(r.tokens[0]!.text))) return false;
  return SCORE_LINE.test(lineOf(text, r.start));
}
