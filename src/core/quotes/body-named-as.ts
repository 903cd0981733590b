/**
 * "the group added": the body the article itself called "the group". News copy names a body
 * once with its description beside it, either way round ("The group, Kitchen Voices Alliance,
 * formed ..." or "Kitchen Voices Alliance, a group of cooks, said ..."), then goes on with the
 * description alone; the body named last (any body) is often somebody else.
 */

/** How far back the naming is looked for, in characters (a long article's opening paragraphs). */
const NAMING_REACH = 3000;
/** A body's name: up to six capitalised words, "&" and "of"/"for"/"the" inside. */
const NAME = String.raw`((?:\p{Lu}[\p{L}'’&.-]*\s+(?:(?:of|for|the|and)\s+)?){0,5}\p{Lu}[\p{L}'’&.-]*)`;

const namings = new Map<string, RegExp>();
function naming(head: string): RegExp {
  let re = namings.get(head);
  if (!re) {
    // "the group, NAME," | "NAME, a/an ... group"
    re = new RegExp(String.raw`\b[Tt]he\s+${head},\s+${NAME},|${NAME},\s+an?\s+(?:[\p{L}-]+\s+){0,3}${head}\b`, 'gu');
    namings.set(head, re);
  }
  re.lastIndex = 0;
  return re;
}

/** The last body named with the description `head` before `at`, or null. */
export function bodyNamedAs(text: string, head: string, at: number): string | null {
  const from = Math.max(0, at - NAMING_REACH);
  // Both namings hold the head word itself: without it in reach, no slice and no pattern run.
  const seen = text.indexOf(head, from);
  if (seen < 0 || seen + head.length > at) return null;
  let name: string | null = null;
  for (const m of text.slice(from, at).matchAll(naming(head))) name = (m[1] ?? m[2])!.trim().replace(/^The\s+/, '');
  return name;
}
