/**
 * Tests the load path used to write as small regular expressions, written as string code that
 * answers exactly the same. V8 compiles every regular expression on its first use in each fresh
 * world, and the content script meets one on every page load: each pattern costs a compile
 * (~0.1 ms measured in Chromium) even when it runs once per page, as the URL tests do.
 * tests/core/declutter/plain-matches.test.ts checks each against the pattern it replaces.
 */

/** Lower-case ASCII letters only: what a regular expression's `i` flag (without `u`) folds for an ASCII pattern. */
export function asciiLower(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : (s[i] as string);
  }
  return out;
}

const isAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i += 1) if (s.charCodeAt(i) > 127) return false;
  return true;
};

/**
 * `/^(A|B|…)$/i.test(name)` for a set of upper-case ASCII names (tag names). toUpperCase also
 * folds a few other letters into ASCII ('ı' -> 'I', 'ſ' -> 'S'), which the `i` flag does not:
 * a name with such a letter is no match.
 */
export function hasNameFolded(upperNames: ReadonlySet<string>, name: string): boolean {
  return upperNames.has(name.toUpperCase()) && isAscii(name);
}

/** `/^h[1-6]$/i.test(tag)`. */
export function isHeadingName(tag: string): boolean {
  if (tag.length !== 2) return false;
  const digit = tag.charCodeAt(1);
  return (tag.charCodeAt(0) | 32) === 104 && digit >= 49 && digit <= 54;
}

/** `/^h[1-6]$/.test(tag)` (lower case only, as features hold the tag). */
export function isLowerHeadingTag(tag: string): boolean {
  if (tag.length !== 2 || tag[0] !== 'h') return false;
  const digit = tag.charCodeAt(1);
  return digit >= 49 && digit <= 54;
}

/** `/\d/.test(text)`. */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * `new RegExp(word, 'i').test(text)` for a lower-case ASCII word: the native lower-casing finds
 * the candidates fast, and a text it flags is checked letter by letter, since toLowerCase also
 * folds a few other letters into ASCII ones ('K', the Kelvin sign, to 'k').
 */
export function includesFolded(text: string, word: string): boolean {
  if (!text.toLowerCase().includes(word)) return false;
  const first = word.charCodeAt(0);
  next: for (let i = 0; i + word.length <= text.length; i += 1) {
    if ((text.charCodeAt(i) | 32) !== first) continue;
    for (let j = 1; j < word.length; j += 1) if ((text.charCodeAt(i + j) | 32) !== word.charCodeAt(j)) continue next;
    return true;
  }
  return false;
}
