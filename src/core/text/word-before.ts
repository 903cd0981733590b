/**
 * The lower-case word just before a name: letters and hyphens, then (if `comma`) an optional
 * comma, then whitespace up to `end`. The same answer as the pattern below run on
 * `text.slice(from, end)`, read backwards from `end` instead: that pattern, not anchored at its
 * start, is tried from every character of the window, for every name of the article.
 */
const PATTERN = /([\p{Ll}-]+)\s+$/u;
const PATTERN_WITH_COMMA = /([\p{Ll}-]+),?\s+$/u;

const LOWER_OR_HYPHEN = /^[\p{Ll}-]$/u;
const SPACE = /^\s$/;
const HIGHEST_ASCII = 0x7f;

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c <= HIGHEST_ASCII) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return SPACE.test(text[i]!);
}

/** Whether the UTF-16 unit is a lower-case letter or a hyphen; null for half of a surrogate pair (the pattern reads whole code points). */
function isLowerOrHyphen(text: string, i: number): boolean | null {
  const c = text.charCodeAt(i);
  if (c <= HIGHEST_ASCII) return (c >= 0x61 && c <= 0x7a) || c === 0x2d;
  if (c >= 0xd800 && c <= 0xdfff) return null;
  return LOWER_OR_HYPHEN.test(text[i]!);
}

/** `/([\p{Ll}-]+)(,?)\s+$/u.exec(text.slice(from, end))?.[1]` (the comma only when `comma`). */
export function lowerWordBefore(text: string, from: number, end: number, comma: boolean): string | undefined {
  let j = end;
  while (j > from && isSpace(text, j - 1)) j--;
  if (j === end) return undefined;
  if (comma && j > from && text[j - 1] === ',') j--;
  let i = j;
  for (; i > from; i--) {
    const lower = isLowerOrHyphen(text, i - 1);
    if (lower === null) return (comma ? PATTERN_WITH_COMMA : PATTERN).exec(text.slice(from, end))?.[1];
    if (!lower) break;
  }
  return i < j ? text.slice(i, j) : undefined;
}
