/**
 * Lines of an article text that are not sentences: headlines, section headings and bylines.
 * Their capitals say nothing about names ("Conditions and Official Statements", "Recent
 * Negotiation History"), so the entity rules do not read names off them.
 */

/** Small words headline style may leave in lower case ("Conditions and Official Statements"). */
const SMALL_WORDS = /^(?:a|an|and|as|at|but|by|for|from|in|into|nor|of|on|or|over|the|to|up|vs|with|amid|after)$/;
/** The same small words capitalised, as headline style writes them ("Agrees To Resume", "And"). */
const SMALL_CAPITALS = /^(?:To|With|And|Of|In|For|The|On|At|A|An|Is|Are|As|By|From|Amid|Over|After)$/;
/** A heading is a short line: longer lines without a full stop are paragraphs missing one. */
const MAX_HEADING_WORDS = 12;
/** Headline style capitalises nearly all words; a sentence fragment with a name does not. */
const HEADLINE_CAPITAL_SHARE = 0.7;

const lettersWords = (line: string) => line.trim().split(/\s+/).filter((w) => /^\p{L}/u.test(w));

/** A line in capitals only ("IRAN AGREES TO TALKS"). */
function isCapsLine(line: string): boolean {
  // The lower-case test first: it stops at a paragraph's first few letters, the other may read it all.
  return !/\p{Ll}/u.test(line) && /\p{Lu}{2}/u.test(line);
}

/**
 * A line in Title Case without a sentence's end: every word capitalised but the small ones, and
 * at least one small word or ordinary word (`isOrdinary`) among them, so that a line holding
 * only a name ("Nadim Ladki", a wire byline) is not taken for a heading.
 */
function isTitleCaseLine(line: string, isOrdinary: (word: string) => boolean): boolean {
  const trimmed = line.trim();
  if (/\d/.test(trimmed) || /[.!:;,"”'’)]$/.test(trimmed)) return false;
  const words = lettersWords(trimmed);
  if (words.length < 2 || words.length > MAX_HEADING_WORDS) return false;
  const bare = words.map((w) => w.replace(/[^\p{L}'’-]+$/u, ''));
  if (!bare.every((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.test(w))) return false;
  if (bare.some((w) => SMALL_WORDS.test(w) || SMALL_CAPITALS.test(w))) return true;
  return bare.length >= 3 && bare.some((w) => isOrdinary(w));
}

/** Old headline rule: title case with its small words capitalised too ("Agrees To Resume"). */
function isHeadlineStyle(line: string): boolean {
  // The line's own tests before splitting it into words: a paragraph fails them.
  if (/\d/.test(line) || /[.!?:"”]\s*$/.test(line.trim())) return false;
  const words = lettersWords(line);
  if (words.length < 4) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.some((w) => SMALL_CAPITALS.test(w)) && capitalised / words.length >= HEADLINE_CAPITAL_SHARE;
}

/**
 * Headlines and section headings: in capitals only, in headline style, or a short Title Case
 * line that is not a sentence. `isOrdinary` says whether a capitalised word is common vocabulary.
 */
export function isHeadingLine(line: string, isOrdinary: (word: string) => boolean = () => false): boolean {
  if (isCapsLine(line)) return true;
  // A line ending as a sentence does (most of an article's lines) fails both other tests on its
  // last character: they are not run (each reads the whole line, and one splits it into words).
  if (SENTENCE_LAST_CHARS.has(line.trimEnd().slice(-1))) return false;
  return isHeadlineStyle(line) || isTitleCaseLine(line, isOrdinary);
}

/** Last characters (before spaces) that both isHeadlineStyle and isTitleCaseLine refuse. */
const SENTENCE_LAST_CHARS: ReadonlySet<string> = new Set(['.', '!', ':', '"', '”']);

/** "By Clara Voss", "By Clara Voss and Noor Haddad, Meridian Wire": the byline, not a sentence. */
export function isBylineLine(line: string): boolean {
  return /^\s*(?:by|von|par|por)\s+\p{Lu}[^.!?]{0,100}$/iu.test(line) && !/\b(?:said|says|told)\b/.test(line);
}
