/**
 * Stretches of text that name people who are not in the story: photo credits ("- Jo Lee/Reuters"),
 * contributor and editing lines. Parties found there are not counted.
 */
/**
 * Each pattern with a hint: words it cannot match without, found by a plain pattern much faster
 * than the credit pattern reads a whole article (the line-anchored and Unicode ones try every
 * character). A text without the hint has no match, so the pattern is not run on it. The
 * case-insensitive hints are not Unicode patterns: in those only ASCII letters fold to these
 * letters, except "ſ" to "s", which the hints list.
 */
const CREDIT_PATTERNS: ReadonlyArray<{ pattern: RegExp; hint: RegExp | ((text: string) => boolean) | null }> = [
  { pattern: /[-–—]\s*[\p{Lu}][\p{L}.'’ -]{1,60}\/\s*(?:Reuters|AP|AFP|Getty Images|Getty|EPA|Bloomberg|Shutterstock|Pool|[\p{Lu}][\p{L}]+)\s*$/gmu, hint: /\// },
  { pattern: /^(?:photo|image|picture|credit|source|contributor)s?\s*:.*$/gimu, hint: labelBeforeColon },
  // "(AP Photo/Alan Diaz)", "Photo by Jo Lee": a credit inside a caption line.
  { pattern: /\b(?:[Pp]hoto(?:graph)?s?|PHOTO|[Ii]mage)\s*(?:\/|by\b)\s*[^\n)]{1,80}/gu, hint: /hoto|HOTO|mage/ },
  { pattern: /^\(?(?:reporting|writing|editing|compiled) by\b.*$/gimu, hint: /(?:reporting|writing|editing|compiled) by/i },
  { pattern: /\((?:Reporting|Writing|Editing) by [^)]*\)/gu, hint: null },
  // An author's bio line: "Clara Voss is a senior correspondent for Meridian Wire."
  {
    pattern: /^\s*\p{Lu}[\p{L}.'’ -]{2,60}\s(?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:reporter|writer|correspondent|editor|journalist|columnist|contributor)\b[^\n]{0,160}$/gmu,
    // Each word looked for with indexOf: a native search, faster than one pattern of seven words.
    hint: (text) => WRITER_WORDS.some((w) => text.includes(w)),
  },
];

/** A credit label's words: "Photo:", "Sources :" (case-insensitive; "ſ" folds to "s" in the Unicode pattern). */
const LABEL_END = /(?:photo|image|picture|credit|[sſ]ource|contributor)[sſ]?$/i;
/** The longest label word with its plural "s" ("contributors"). */
const LONGEST_LABEL = 12;

/**
 * `/(?:photo|image|picture|credit|[sſ]ource|contributor)[sſ]?\s*:/i.test(text)`, read from each
 * colon backwards (a text has few): the spaces before the colon skipped, the word before them
 * is tested. Eighty times faster than the pattern, which tries its words at every character.
 */
export function labelBeforeColon(text: string): boolean {
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let end = colon;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    if (LABEL_END.test(text.slice(Math.max(0, end - LONGEST_LABEL), end))) return true;
  }
  return false;
}

const WRITER_WORDS = ['reporter', 'writer', 'correspondent', 'editor', 'journalist', 'columnist', 'contributor'];

/** Words that make their whole line a contributors' line, wherever they stand in it. */
export const CONTRIBUTORS = /\b(?:contributions? from|contributed to this (?:report|story)|additional reporting by)\b/giu;

/**
 * What CONTRIBUTORS needs in the text, as a cheaper test: a Unicode case-insensitive pattern reads
 * a whole article ~15x slower than this one, which matches every text CONTRIBUTORS can (only ASCII
 * letters fold to these letters in Unicode; this non-Unicode /i also takes "ı" for "i").
 */
export const CONTRIBUTORS_HINT = /contribut|additional report/i;

export function creditRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const { pattern, hint } of CREDIT_PATTERNS) {
    if (hint && !(typeof hint === 'function' ? hint(text) : hint.test(text))) continue;
    for (const m of text.matchAll(pattern)) out.push([m.index, m.index + m[0].length]);
  }
  if (!CONTRIBUTORS_HINT.test(text)) return out;
  // Found by its words, then widened to the line: a `^.*words.*$` pattern rescans every line.
  for (const m of text.matchAll(CONTRIBUTORS)) {
    const end = text.indexOf('\n', m.index);
    out.push([text.lastIndexOf('\n', m.index) + 1, end < 0 ? text.length : end]);
  }
  return out;
}

export function inRanges(pos: number, ranges: ReadonlyArray<[number, number]>): boolean {
  return ranges.some(([s, e]) => pos >= s && pos < e);
}
