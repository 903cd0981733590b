/**
 * Word-list tests without regular expressions. V8 compiles a regular expression on its first use
 * in every fresh world, and the content script meets a fresh world on every page load: a long
 * alternation of class words costs a few hundred microseconds to compile (measured, see README's
 * load rows), where a Map lookup costs nothing to set up. These answer exactly what the regular
 * expressions in the comments answer (tests/core/text/word-lists.test.ts compares both).
 */

/** JavaScript's `\s`, plus the hyphen and the underscore that join words in class names. */
function isSeparator(code: number): boolean {
  return code === 32 || code === 45 || code === 95 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

export interface WordTest {
  test(text: string): boolean;
}

/**
 * `/(^|[\s_-])(w1|w2|…)($|[\s_-])/.test(text)`: one of `words` stands in `text` between
 * separators (spaces, hyphens, underscores) or the ends. Words may hold separators ("read-next").
 */
export function tokenWords(words: readonly string[]): WordTest {
  // Each word under its first token: the scan looks up the token that starts at each boundary.
  const byFirstToken = new Map<string, string[]>();
  for (const word of words) {
    let end = 0;
    while (end < word.length && !isSeparator(word.charCodeAt(end))) end += 1;
    const first = word.slice(0, end);
    byFirstToken.set(first, [...(byFirstToken.get(first) ?? []), word]);
  }
  return {
    test(text: string): boolean {
      const n = text.length;
      for (let start = 0; start < n; ) {
        if (isSeparator(text.charCodeAt(start))) {
          start += 1;
          continue;
        }
        let end = start;
        while (end < n && !isSeparator(text.charCodeAt(end))) end += 1;
        const candidates = byFirstToken.get(text.slice(start, end));
        if (candidates) {
          for (const word of candidates) {
            const after = start + word.length;
            if (text.startsWith(word, start) && (after === n || isSeparator(text.charCodeAt(after)))) return true;
          }
        }
        start = end;
      }
      return false;
    },
  };
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
 * A cheap "may it match?" before a costly case-insensitive regular expression: does the text
 * hold one of the words every match must hold (`words` in lower case)? The long s (ſ) folds to
 * "s" under the `iu` flags but not under toLowerCase, so a text with one always goes on.
 */
export function mayHoldAny(text: string, words: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return lower.includes('ſ') || words.some((word) => lower.includes(word));
}

/** The same for words a match must open with (the expression is anchored with `^`). */
export function mayOpenWithAny(text: string, words: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return lower.includes('ſ') || words.some((word) => lower.startsWith(word));
}
