/**
 * What the words right around a capitalised name say of it: "the younger Hale" (a determiner),
 * "the Kansas law" (it qualifies a noun), "Hale campaign staff" (it owns a role), "Northwind said
 * it would" (a business), and the gender a role gives away. name-index.ts reads these per mention.
 */
import type { Gender } from '../text/first-names.js';
import { descriptionGender } from './describe-person.js';
import { ROLE_NOUNS } from './titles.js';

/** `it would`, `its plant` after a name, with no he/she: what a company's sentence says of it. */
const IT_AFTER = /\b(?:its|it\s+(?:would|will|has|had|plans|expects|is|was))\b/;
const PERSON_AFTER = /\b(?:he|his|him|she|her)\b/i;

/** `the younger `, `a certain `: a determiner with up to two lower-case words right before a name. */
export function determinedBefore(text: string, start: number): boolean {
  const words = text.slice(Math.max(0, start - DETERMINER_CHARS), start).split(/\s+/).slice(-4, -1);
  for (let k = words.length - 1; k >= 0; k--) {
    if (/^(?:the|a|an)$/i.test(words[k]!)) return true;
    if (!/^[\p{Ll}-]+$/u.test(words[k]!)) return false;
  }
  return false;
}
/** Characters looked at before a name for "the younger": a determiner and two words. */
const DETERMINER_CHARS = 30;

/** The gender a role gives away ("widow", "spokeswoman", "his son"), from its words. */
export function genderOfRole(title: string): Gender {
  const genders = new Set(title.toLowerCase().split(/[^\p{L}]+/u).map(descriptionGender).filter(Boolean));
  return genders.size === 1 ? [...genders][0]! : null;
}

/** "the Kansas law", "the Hale campaign": between "the" and a lower-case word, a name qualifies a noun. */
export function qualifiesNoun(text: string, start: number, end: number): boolean {
  return /\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start)) && /^\s+\p{Ll}/u.test(text.slice(end, end + 3));
}
const WORDS_AFTER = /^(?:\s+[\p{Ll}-]+){1,3}/u;
/** A role noun (or a campaign) within two lower-case words after a capitalised run. */
export function modifiesRole(text: string, end: number): boolean {
  const m = WORDS_AFTER.exec(text.slice(end, end + 40));
  return !!m && m[0].trim().split(/\s+/).some((w) => ROLE_NOUNS.has(w) || w === 'campaign');
}

/** Characters after a name looked at for "it" / "its" in its sentence. */
const IT_WINDOW = 80;
export function spokenOfAsIt(text: string, end: number): boolean {
  const window = text.slice(end, end + IT_WINDOW);
  if (!window.includes('it')) return false;
  const rest = /^[^.!?\n"“”]*/.exec(window)![0];
  return IT_AFTER.test(rest) && !PERSON_AFTER.test(rest);
}
