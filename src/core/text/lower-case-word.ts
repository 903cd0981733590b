/**
 * Whether an article writes a word in lower case, as a word of its own ("more" in "and more
 * said", not in "moreover" or "More"). The same answer as listing every such word with
 * `/(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu` and asking the list, found with indexOf for the
 * few words asked instead: the pattern tries its look-behind at every character of the article.
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

export function writtenInLowerCase(text: string, word: string): boolean {
  if (!LOWER_CASE_WORD.test(word)) return false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const end = i + word.length;
    if ((i === 0 || !joins(codePointBefore(text, i))) && (end >= text.length || !joins(text.codePointAt(end)!))) return true;
  }
  return false;
}
