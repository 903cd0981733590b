/**
 * Word-list tests without regular expressions. V8 compiles a regular expression on its first use
 * in every fresh world, and the content script meets a fresh world on every page load: a long
 * alternation of class words costs a few hundred microseconds to compile (measured, see README's
 * load rows), where a Map lookup costs nothing to set up. These answer exactly what the regular
 * expressions in the comments answer (tests/core/text/word-lists.test.ts compares both).
 */

/** JavaScript's `\s`, plus the hyphen and the underscore that join words in class names: one character each. */
const SEPARATOR = /[\s_-]/;

export interface WordTest {
  test(text: string): boolean;
}

/**
 * Every list's words, under the first token of each word (words may hold separators:
 * "read-next"), with the bit of the list they belong to. One shared index: a text is split once
 * and each token looked up once, however many lists ask about it (a block's class names are asked
 * about by a dozen lists in turn, and this runs in the interpreter on a cold page).
 */
const byFirstToken = new Map<string, Array<{ bit: number; word: string }>>();
let lists = 0;
/** Bits in a small integer, so a text's answer for every list is one number. */
const MAX_LISTS = 30;
let lastTokensText: string | null = null;
let lastHits = 0;

/** Which lists have a word standing in `text` as whole tokens: one bit each. */
function hitsOf(text: string): number {
  if (text === lastTokensText) return lastHits;
  let hits = 0;
  const tokens = text.split(SEPARATOR);
  // Each separator is one character, so a token's place in the text is the lengths before it.
  for (let i = 0, at = 0; i < tokens.length; at += (tokens[i] as string).length + 1, i += 1) {
    const entries = byFirstToken.get(tokens[i] as string);
    if (!entries) continue;
    for (const { bit, word } of entries) {
      if (hits & bit) continue;
      const after = at + word.length;
      if (text.startsWith(word, at) && (after === text.length || SEPARATOR.test(text.charAt(after)))) hits |= bit;
    }
  }
  lastTokensText = text;
  lastHits = hits;
  return hits;
}

/**
 * `/(^|[\s_-])(w1|w2|…)($|[\s_-])/.test(text)`: one of `words` stands in `text` between
 * separators (spaces, hyphens, underscores) or the ends.
 */
export function tokenWords(words: readonly string[]): WordTest {
  if (lists >= MAX_LISTS) throw new Error('tokenWords: too many lists for one index');
  const bit = 1 << lists;
  lists += 1;
  // An answer remembered before this list existed lacks its bit.
  lastTokensText = null;
  for (const word of words) {
    const first = word.split(SEPARATOR)[0] as string;
    byFirstToken.set(first, [...(byFirstToken.get(first) ?? []), { bit, word }]);
  }
  return { test: (text: string): boolean => (hitsOf(text) & bit) !== 0 };
}

/** `/w1|w2|…/.test(text)`: one of `words` occurs anywhere in `text`. */
export function anyOfWords(words: readonly string[]): WordTest {
  return { test: (text: string): boolean => words.some((word) => text.includes(word)) };
}

/** `prefix` with and without a hyphen before each of `rests`: "video-?(rail|list)" -> video-rail, videorail, video-list, videolist. */
export function withOptionalHyphen(prefix: string, rests: readonly string[]): string[] {
  return rests.flatMap((rest) => [`${prefix}-${rest}`, `${prefix}${rest}`]);
}

/**
 * The gates ask about the same block's text rule after rule: its lower-case form is kept for the
 * next ask. Null when the text holds a long s (ſ), which folds to "s" under the `iu` flags but
 * not under toLowerCase: then every gate says "may match".
 */
let lastText = '';
let lastLower: string | null = '';
function lowerOf(text: string): string | null {
  if (text !== lastText) {
    lastText = text;
    const lower = text.toLowerCase();
    lastLower = lower.includes('ſ') ? null : lower;
  }
  return lastLower;
}

/**
 * A cheap "may it match?" before a costly case-insensitive regular expression: does the text
 * hold one of the words every match must hold (`words` in lower case)? The long s (ſ) folds to
 * "s" under the `iu` flags but not under toLowerCase, so a text with one always goes on.
 */
export function mayHoldAny(text: string, words: readonly string[]): boolean {
  const lower = lowerOf(text);
  if (lower === null) return true;
  for (let i = 0; i < words.length; i += 1) if (lower.includes(words[i] as string)) return true;
  return false;
}

/** The same for words a match must open with (the expression is anchored with `^`). */
export function mayOpenWithAny(text: string, words: readonly string[]): boolean {
  const lower = lowerOf(text);
  if (lower === null) return true;
  for (let i = 0; i < words.length; i += 1) if (lower.startsWith(words[i] as string)) return true;
  return false;
}

/** `re.test(text)` behind `mayHoldAny(text, words)`: `words` must be held by every match of `re`. */
export function heldWordsFirst(re: RegExp, words: readonly string[]): WordTest {
  return { test: (text: string): boolean => mayHoldAny(text, words) && re.test(text) };
}

/** `re.test(text)` behind `mayOpenWithAny(text, words)`: every match of `re` opens the text with one of `words`. */
export function openingWordsFirst(re: RegExp, words: readonly string[]): WordTest {
  return { test: (text: string): boolean => mayOpenWithAny(text, words) && re.test(text) };
}
