/**
 * Stretches of text that name people who are not in the story: photo credits ("- Jo Lee/Reuters"),
 * contributor and editing lines. Parties found there are not counted.
 */
const CREDIT_PATTERNS: readonly RegExp[] = [
  /[-–—]\s*[\p{Lu}][\p{L}.'’ -]{1,60}\/\s*(?:Reuters|AP|AFP|Getty Images|Getty|EPA|Bloomberg|Shutterstock|Pool|[\p{Lu}][\p{L}]+)\s*$/gmu,
  /^(?:photo|image|picture|credit|source|contributor)s?\s*:.*$/gimu,
  // "(AP Photo/Alan Diaz)", "Photo by Jo Lee": a credit inside a caption line.
  /\b(?:[Pp]hoto(?:graph)?s?|PHOTO|[Ii]mage)\s*(?:\/|by\b)\s*[^\n)]{1,80}/gu,
  /^\(?(?:reporting|writing|editing|compiled) by\b.*$/gimu,
  /\((?:Reporting|Writing|Editing) by [^)]*\)/gu,
  // An author's bio line: "Clara Voss is a senior correspondent for Meridian Wire."
  /^\s*\p{Lu}[\p{L}.'’ -]{2,60}\s(?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:reporter|writer|correspondent|editor|journalist|columnist|contributor)\b[^\n]{0,160}$/gmu,
];

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
  for (const re of CREDIT_PATTERNS) for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
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
