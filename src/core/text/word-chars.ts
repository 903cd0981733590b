/**
 * "Everything but letters and digits" (`[^\p{L}\p{N}]`), without compiling the Unicode property
 * classes when the text does not need them. V8 compiles a regular expression on its first use,
 * and a class over all of Unicode's letters costs ~0.3-0.4 ms of the content script's cold load
 * each (measured in Chromium, see README's load rows), while headings and titles in Latin
 * scripts stay inside a few blocks whose letters a small class lists. Outside those blocks the
 * Unicode class decides, so the answer is the same for every text
 * (tests/core/text/word-chars.test.ts compares both on every character of the blocks).
 */

/** Combining marks, printable Basic Latin to Latin Extended-B, general punctuation, arrows, shapes and symbols. */
const OUTSIDE_COMMON = /[^\u0300-\u036F\t\n\r\f\v -\u024F\u2000-\u206F\u2190-\u21FF\u25A0-\u26FF]/;
/** The letters and digits of those blocks (ª, µ and º are letters, ², ³, ¹ and ¼-¾ numbers). */
const COMMON_NON_WORD = /[^0-9A-Za-z\xAA\xB2\xB3\xB5\xB9\xBA\xBC-\xBE\xC0-\xD6\xD8-\xF6\xF8-\u024F]+/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const COMMON_NON_LABEL = /[^0-9A-Za-z' \-\xAA\xB2\xB3\xB5\xB9\xBA\xBC-\xBE\xC0-\xD6\xD8-\xF6\xF8-\u024F]+/g;
const NON_LABEL = /[^\p{L}\p{N}' -]+/gu;

/** Text as inside the common blocks only (no character the small classes do not list). */
export const inCommonBlocks = (text: string): boolean => !OUTSIDE_COMMON.test(text);

/** `text.replace(/[^\p{L}\p{N}]+/gu, by)`. */
export function replaceNonWords(text: string, by: string): string {
  return text.replace(inCommonBlocks(text) ? COMMON_NON_WORD : NON_WORD, by);
}

/** `text.replace(/[^\p{L}\p{N}' -]+/gu, by)`: what a label keeps (apostrophes, spaces, hyphens). */
export function replaceNonLabelChars(text: string, by: string): string {
  return text.replace(inCommonBlocks(text) ? COMMON_NON_LABEL : NON_LABEL, by);
}
