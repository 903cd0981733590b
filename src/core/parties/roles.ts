/**
 * The role an article gives a party: a title in front ("President"), a description in front
 * ("Iran's senior diplomat"), or an appositive after (", diplomatic adviser to the UAE president,").
 */
import { lowerWordBefore } from '../text/word-before.js';
import { ROLE_NOUNS, appositiveAfter, cleanDescriptor } from '../quotes/titles.js';
import type { Mention } from './mentions.js';

/** Up to four words before a name, from a word's start ("Council leader", not "ouncil leader"). */
const DESCRIPTOR = /(?<!\p{L})((?:\p{Lu}[\p{L}.]*['’]s\s+)?(?:\p{Lu}?[\p{Ll}-]+\s+){0,3})([\p{Ll}-]+)\s+$/u;

const ROLE_FIRST = /(?:^|[.!?"”]\s+|\n)((?:The|the|Its|its|His|his|Her|her|Their|their)\s+[^,.;:!?"“”\n]{2,100}),\s*$/u;

/** A role is a noun phrase: with a finite verb or a source ("via", "according") it is a clause. */
const CLAUSE_WORDS = /\b(?:came|comes|said|says|told|tells|is|was|were|are|has|had|have|will|would|via|according)\b/;

export function roleOfMention(m: Mention, text: string): string | null {
  const role = findRole(m, text);
  return role && !CLAUSE_WORDS.test(role) ? role : null;
}

function findRole(m: Mention, text: string): string | null {
  if (!m.run) return null;
  if (m.run.title) return m.run.title;
  const after = appositiveAfter(text, m.end);
  if (after) return after;
  // The role stands on the name's own line: a caption or credit above ("Getty Images") is none of it.
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  // "The chair of the Traders Association, Sunil Varma, said": the role first, the name in commas.
  const first = ROLE_FIRST.exec(text.slice(Math.max(lineStart, m.start - 120), m.start));
  if (first && /^\s*,/.test(text.slice(m.end, m.end + 2)) && first[1]!.toLowerCase().split(/\s+/).some((w) => ROLE_NOUNS.has(w))) {
    return first[1]!.replace(/^(?:the|a|an|its|his|her|their)\s+/i, '');
  }
  // Cheap test first: a role noun must end the words before the name.
  const lastWord = lowerWordBefore(text, Math.max(lineStart, m.start - 30), m.start, false);
  if (!lastWord || !ROLE_NOUNS.has(lastWord.toLowerCase())) return null;
  const before = DESCRIPTOR.exec(text.slice(Math.max(lineStart, m.start - 80), m.start));
  if (before && ROLE_NOUNS.has(before[2]!.toLowerCase())) return cleanDescriptor(before[1] ?? '', before[2]!);
  return null;
}
