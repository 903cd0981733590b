/**
 * The role an article gives a party: a title in front ("President"), a description in front
 * ("Iran's senior diplomat"), or an appositive after (", diplomatic adviser to the UAE president,").
 */
import { ROLE_NOUNS, appositiveAfter, cleanDescriptor } from '../quotes/titles.js';
import type { Mention } from './mentions.js';

const DESCRIPTOR = /((?:\p{Lu}[\p{L}.]*['’]s\s+)?(?:[\p{Ll}-]+\s+){0,3})([\p{Ll}-]+)\s+$/u;

export function roleOfMention(m: Mention, text: string): string | null {
  if (!m.run) return null;
  if (m.run.title) return m.run.title;
  const after = appositiveAfter(text, m.end);
  if (after) return after;
  const before = DESCRIPTOR.exec(text.slice(Math.max(0, m.start - 80), m.start));
  if (before && ROLE_NOUNS.has(before[2]!.toLowerCase())) return cleanDescriptor(before[1] ?? '', before[2]!);
  return null;
}
