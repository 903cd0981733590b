/**
 * Sentences that are page furniture, not article prose: captions, credits, bylines, datelines,
 * prompts. A summary built from them reads as noise, so they are never candidates.
 */

/**
 * Each pattern with a hint: characters it cannot match without, looked for first, as a much
 * cheaper test than the pattern reading the sentence (the unanchored ones try every character).
 * A sentence without the hint is not matched, so the pattern is not run on it.
 */
const CLUTTER_PATTERNS: ReadonlyArray<{ pattern: RegExp; hint: RegExp | null }> = [
  // byline: "By Jane Doe", "By Jane Doe and Sam Hale, Reuters", not "By the end of the day"
  { pattern: /^(?:By|From|Written by|Reporting by|Reported by)\s+(?:\p{Lu}[\p{L}'’.-]*[\s,]*|and\s+|\|\s*){1,8}$/u, hint: null },
  { pattern: /\b(?:photo|image|picture|video|graphic)s?\s*(?:credit|courtesy)?\s*:/i, hint: /:/ }, // "Photo: Reuters"
  { pattern: /(?:^|\s)[-–—]\s*[\p{Lu}][\p{L}.'’ ]+\/\s*(?:reuters|ap|afp|getty(?: images)?|epa|shutterstock)\s*$/iu, hint: /\// },
  // Every match holds "tt" (getty, shutterstock), "p p" (ap photo) or "/" (reuters/); only ASCII letters fold to these under /i.
  { pattern: /\b(?:getty images|shutterstock|ap photo|afp via getty|reuters\/)\b/i, hint: /tt|p p|\//i },
  { pattern: /\bscroll down for (?:video|more)\b/i, hint: null },
  { pattern: /^(?:click here|read more|related|watch|listen|advertisement|subscribe|sign up|share this)\b/i, hint: null },
  { pattern: /\b(?:published|updated|last updated)\s*:?\s*\d/i, hint: /\d/ },
  { pattern: /^(?:contributions?|additional reporting|reporting for this story|this story has been updated)\b/i, hint: null },
  { pattern: /\bcontributed to this (?:report|story)\b/i, hint: null },
  { pattern: /^[\p{Lu}][\p{Lu} ,.'-]{2,40}\s*(?:\([\p{L} ]+\))?\s*[-–—]\s*$/u, hint: null }, // bare dateline "LONDON —"
  { pattern: /\((?:pictured|above|below|left|right|centre|center|file photo|inset)\)/i, hint: null }, // caption marker
];

export function isClutterSentence(sentence: string): boolean {
  return CLUTTER_PATTERNS.some(({ pattern, hint }) => (!hint || hint.test(sentence)) && pattern.test(sentence)) || isHeading(sentence);
}

/** A sentence's last characters (before spaces) that make it no heading: it ends as a sentence or a quote does. */
const SENTENCE_LAST_CHARS: ReadonlySet<string> = new Set(['.', '!', '?', ':', ';', '"', '”', '’', ')']);

/** A headline or section heading: no full stop at the end and most words capitalised. */
function isHeading(sentence: string): boolean {
  if (SENTENCE_LAST_CHARS.has(sentence.trimEnd().slice(-1))) return false;
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

const FIRST_PERSON = /\b(?:I|we|my|our|me|us)\b/;

/**
 * 0..1: how much a sentence is somebody's voice rather than the reporter's account. Sentences
 * that open on a quote, speak in the first person or ask a question rarely summarise a story.
 */
export function voiceScore(sentence: string): number {
  let score = 0;
  if (/^["“‘']/.test(sentence)) score += 1;
  if (/\?["”’']?$/.test(sentence)) score += 1;
  // Blanking the quotes makes no first-person word: asked of the sentence first, the quotes are
  // blanked only for a sentence that has one (a quote's words then do not count).
  if (FIRST_PERSON.test(sentence) && FIRST_PERSON.test(sentence.replace(/["“][^"”]*["”]|‘[^’]*’/g, ' '))) score += 0.5;
  return Math.min(1, score);
}
