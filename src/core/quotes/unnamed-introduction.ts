/**
 * "A nurse in the square tried to help him. ... "...," the nurse said.": a description that
 * points back at a person the article introduced without a name ("a nurse", "a Lindian man's")
 * stands for that unnamed person, not for the nearest named one. Introduced with
 * a name beside it ("Ada Quill, a doctor at ...", "a doctor, Ada Quill,") it is that person:
 * the usual resolution applies.
 */

/**
 * How far apart two mentions of the person may be, in characters (a few paragraphs): "the man"
 * mentioned again and again goes back to "a UK man's" at the story's top.
 */
const MENTION_GAP = 1500;
/** How far back the chain of mentions is followed. */
const CHAIN_REACH = 6000;

/** Patterns kept for the heads met (a page has few); past this many the memory starts afresh. */
const MAX_REMEMBERED_HEADS = 200;
const introductions = new Map<string, RegExp>();
function introduction(head: string): RegExp {
  let re = introductions.get(head);
  if (!re) {
    if (introductions.size >= MAX_REMEMBERED_HEADS) introductions.clear();
    // "a nurse", "an elderly man", "A Lindian man's", "the 51-year-old man": up to two words between.
    re = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:([Aa]n?)|[Tt]he)\s+(?:[\p{L}\p{N}-]+\s+){0,2}${head}(?:['’]s)?(?![\p{L}\p{N}])`, 'gu');
    introductions.set(head, re);
  }
  re.lastIndex = 0;
  return re;
}

/** A name right before (`Ada Quill, a doctor`) or right after (`a doctor, Ada Quill,`) the introduction. */
const NAME_BEFORE = /\p{Lu}[\p{L}'’.-]*,\s*$/u;
/** "published in Lindton Medical Reports, the man ...": capitals after a preposition are a place or a work. */
const PLACE_OR_WORK_BEFORE = /\b(?:in|at|on|of|from|by|for|to|with|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*,\s*$/u;
const nameBefore = (lead: string) => NAME_BEFORE.test(lead) && !PLACE_OR_WORK_BEFORE.test(lead);
const NAME_AFTER = /^[^\S\n]*,\s*\p{Lu}/u;

/**
 * Whether the person `the <head>` at `at` stands for was introduced with no name: following the
 * mentions of that head back (each within MENTION_GAP of the next), the first indefinite one
 * ("a doctor") has no name beside it, and no mention on the way had one.
 */
export function introducedUnnamed(text: string, head: string, at: number): boolean {
  if (!/^[\p{Ll}-]+$/u.test(head)) return false;
  const from = Math.max(0, at - CHAIN_REACH);
  // Every mention holds the head word itself: without it in reach, no slice and no pattern run.
  const seen = text.indexOf(head, from);
  if (seen < 0 || seen + head.length > at) return false;
  const mentions = [...text.slice(from, at).matchAll(introduction(head))];
  let next = at;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    const start = from + m.index;
    const end = start + m[0].length;
    if (next - end > MENTION_GAP) return false;
    if (nameBefore(text.slice(Math.max(0, start - 40), start)) || NAME_AFTER.test(text.slice(end, end + 3))) return false;
    if (m[1]) return true;
    next = start;
  }
  return false;
}

/**
 * "The boy's father told the court": a relative of somebody the article names by a common noun
 * is nobody named; only a title the article gave ("Ada Quill, the boy's aunt,") names them.
 */
const RELATIVE_OF_UNNAMED = /^the\s+\p{Ll}[\p{Ll}-]*['’]s?\s+(?:\p{Ll}+\s+)?(?:mother|father|wife|husband|son|daughter|sister|brother|parents?|family|widow|widower|aunt|uncle|grandmother|grandfather|cousin|niece|nephew|girlfriend|boyfriend|partner|fiancée?)$/iu;

export function isRelativeOfUnnamed(description: string): boolean {
  return RELATIVE_OF_UNNAMED.test(description);
}
