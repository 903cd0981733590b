/**
 * Whether an article writes a word in a given shape: the same answers as listing the article's
 * words of that shape with a pattern and asking the list, found with indexOf for the few words
 * the name index asks about, instead of running the pattern over the whole article (a tenth of
 * a millisecond and a thousand strings per list).
 */
const LOWER_CASE_WORD = /^\p{Ll}+$/u;
const JOINS_A_WORD = /^[\p{L}'’-]$/u;
const HIGHEST_ASCII = 0x7f;
const [APOSTROPHE, HYPHEN] = ["'".charCodeAt(0), '-'.charCodeAt(0)];

/** The code point is a letter, an apostrophe or a hyphen: a word goes on through it. */
function joins(codePoint: number): boolean {
  if (codePoint <= HIGHEST_ASCII) {
    const lower = codePoint | 0x20; // ASCII letters of both cases as lower case
    return (lower >= 0x61 && lower <= 0x7a) || codePoint === APOSTROPHE || codePoint === HYPHEN;
  }
  return JOINS_A_WORD.test(String.fromCodePoint(codePoint));
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** The code point that ends just before UTF-16 index `at` (a surrogate pair read as one). */
function codePointBefore(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  return isLowSurrogate(c) && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2)) ? text.codePointAt(at - 2)! : c;
}

/**
 * The word in lower case, as a word of its own ("more" in "and more said", not in "moreover" or
 * "More"): `new Set(text.match(/(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu)).has(word)`.
 */
export function writtenInLowerCase(text: string, word: string): boolean {
  if (!LOWER_CASE_WORD.test(word)) return false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const end = i + word.length;
    if ((i === 0 || !joins(codePointBefore(text, i))) && (end >= text.length || !joins(text.codePointAt(end)!))) return true;
  }
  return false;
}

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const LOWER_CASE_LETTER = /^\p{Ll}$/u;

/**
 * A capital and the lower-case letters after it ("Republican", also inside "McDonald"):
 * `new Set(text.match(/\p{Lu}\p{Ll}+/gu)).has(word)`. Every capital followed by a lower-case
 * letter starts such a match, so an occurrence counts when no lower-case letter goes on after it.
 */
export function writtenCapitalised(text: string, word: string): boolean {
  if (!CAPITALISED_WORD.test(word)) return false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const end = i + word.length;
    if (end >= text.length || !LOWER_CASE_LETTER.test(String.fromCodePoint(text.codePointAt(end)!))) return true;
  }
  return false;
}

/**
 * A word written in lower case, edged by anything but a letter, a digit or "_" (any script), with
 * apostrophes and hyphens inside ("don't", "far-right"). The look-behind comes after the first
 * letter, so it is tried only where a lower-case letter stands.
 */
const LOWER_CASE_RUN = /\p{Ll}(?<![\p{L}\p{N}_]\p{Ll})[\p{Ll}'’-]+(?![\p{L}\p{N}_])/gu;
const LOWER_CASE_RUN_SHAPE = /^\p{Ll}[\p{Ll}'’-]+$/u;
const IN_A_LOWER_CASE_RUN = /^[\p{Ll}'’-]$/u;
const RIGHT_SINGLE_QUOTE = 0x2019;
const LAST_BMP_CODE_POINT = 0xffff;

/** The code point is a lower-case letter, an apostrophe or a hyphen: a LOWER_CASE_RUN goes on through it. */
function inLowerCaseRun(codePoint: number): boolean {
  if (codePoint <= HIGHEST_ASCII) return (codePoint >= 0x61 && codePoint <= 0x7a) || codePoint === APOSTROPHE || codePoint === HYPHEN;
  return codePoint === RIGHT_SINGLE_QUOTE || IN_A_LOWER_CASE_RUN.test(String.fromCodePoint(codePoint));
}

/**
 * `new Set(text.match(LOWER_CASE_RUN)).has(word)`, without listing every word of the article:
 * each place the word is written, the pattern is run from the start of the stretch of
 * lower-case letters, apostrophes and hyphens around it (no match crosses a character outside
 * such a stretch, so the matches found from there are the whole text's), and the word counts
 * when a match starts there and is the word.
 */
export function writtenAsLowerCaseRun(text: string, word: string): boolean {
  if (!LOWER_CASE_RUN_SHAPE.test(word)) return false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    let from = i;
    for (let c = codePointBefore(text, from); from > 0 && inLowerCaseRun(c); c = codePointBefore(text, from)) from -= c > LAST_BMP_CODE_POINT ? 2 : 1;
    LOWER_CASE_RUN.lastIndex = from;
    for (let m = LOWER_CASE_RUN.exec(text); m && m.index <= i; m = LOWER_CASE_RUN.exec(text)) {
      if (m.index === i && m[0] === word) return true;
    }
  }
  return false;
}

/** The word written after a letter or a comma and a space: inside a sentence, not opening it. */
export function writtenInsideSentence(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (/[\p{L},;]\s+$/u.test(text.slice(Math.max(0, i - 3), i))) return true;
  return false;
}
