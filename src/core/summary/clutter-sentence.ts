/**
 * Sentences that are page furniture, not article prose: captions, credits, bylines, datelines,
 * prompts. A summary built from them reads as noise, so they are never candidates.
 */

const CLUTTER_PATTERNS: readonly RegExp[] = [
  // byline: "By Jane Doe", "By Jane Doe and Sam Hale, Reuters", not "By the end of the day"
  /^(?:By|From|Written by|Reporting by|Reported by)\s+(?:\p{Lu}[\p{L}'’.-]*[\s,]*|and\s+|\|\s*){1,8}$/u,
  /\b(?:photo|image|picture|video|graphic)s?\s*(?:credit|courtesy)?\s*:/i, // "Photo: Reuters"
  /(?:^|\s)[-–—]\s*[\p{Lu}][\p{L}.'’ ]+\/\s*(?:reuters|ap|afp|getty(?: images)?|epa|shutterstock)\s*$/iu,
  /\b(?:getty images|shutterstock|ap photo|afp via getty|reuters\/)\b/i,
  /\bscroll down for (?:video|more)\b/i,
  /^(?:click here|read more|related|watch|listen|advertisement|subscribe|sign up|share this)\b/i,
  /\b(?:published|updated|last updated)\s*:?\s*\d/i,
  /^(?:contributions?|additional reporting|reporting for this story|this story has been updated)\b/i,
  /\bcontributed to this (?:report|story)\b/i,
  /^[\p{Lu}][\p{Lu} ,.'-]{2,40}\s*(?:\([\p{L} ]+\))?\s*[-–—]\s*$/u, // bare dateline "LONDON —"
  /\((?:pictured|above|below|left|right|centre|center|file photo|inset)\)/i, // caption marker
];

export function isClutterSentence(sentence: string): boolean {
  return CLUTTER_PATTERNS.some((re) => re.test(sentence)) || isHeading(sentence);
}

/** A headline or section heading: no full stop at the end and most words capitalised. */
function isHeading(sentence: string): boolean {
  if (/[.!?:;"”’)]\s*$/.test(sentence)) return false;
  const words = sentence.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (!words.length) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/** Too short to say anything on its own ("Here's why.", a heading, a score line). */
export function isTooShort(wordCount: number): boolean {
  return wordCount < 6;
}

/** Strips a leading dateline or wire tag ("LONDON (Reuters) -", "(CNN)") so it does not skew scores. */
export function datelineLength(sentence: string): number {
  const m = /^(?:\(CNN\)|[\p{Lu}][\p{Lu} ,.'-]{1,40}\s*(?:\([\p{L} ]+\))?\s*[-–—]{1,2}\s)/u.exec(sentence);
  return m ? m[0].length : 0;
}

/**
 * 0..1: how much a sentence is somebody's voice rather than the reporter's account. Sentences
 * that open on a quote, speak in the first person or ask a question rarely summarise a story.
 */
export function voiceScore(sentence: string): number {
  let score = 0;
  if (/^["“‘']/.test(sentence)) score += 1;
  if (/\?["”’']?$/.test(sentence)) score += 1;
  const outsideQuotes = sentence.replace(/["“][^"”]*["”]|‘[^’]*’/g, ' ');
  if (/\b(?:I|we|my|our|me|us)\b/.test(outsideQuotes)) score += 0.5;
  return Math.min(1, score);
}
