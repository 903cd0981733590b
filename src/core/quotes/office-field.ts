/**
 * Capitalised words right after an office's "of" or "for" name its field, not a person: "the
 * Secretary of State", "the High Commissioner for Coastal Affairs". The holder, when the phrase
 * names one, starts at a known given name further on ("Director of Public Prosecutions Ada
 * Quill"); a name right after the field is the holder as it stands ("Secretary of State John
 * Kerrigan" never gets here: the field is part of the titles).
 */
import { genderOfFirstName } from '../text/first-names.js';

export interface OfficeField {
  /** The office's head word ("secretary"), for resolving it as a description. */
  head: string;
  /** The titles with the field ("Director of Public Prosecutions"). */
  titles: string;
  /** The holder's name, or null when the phrase names the office only. */
  holder: string | null;
}

/** `titles` and `name` as stripTitles split a name run. */
export function officeField(titles: string, name: string): OfficeField | null {
  // Most names come with no titles: no pattern run over an empty string.
  if (!titles) return null;
  const m = /(\S+)\s+(?:of|for)$/i.exec(titles);
  if (!m) return null;
  const words = name.split(' ');
  const head = m[1]!.toLowerCase();
  if (genderOfFirstName(words[0]!)) return null;
  const from = words.findIndex((w, k) => k > 0 && k < words.length - 1 && !!genderOfFirstName(w));
  if (from < 0) return { head, titles, holder: null };
  return { head, titles: `${titles} ${words.slice(0, from).join(' ')}`, holder: words.slice(from).join(' ') };
}

/**
 * "the High Commissioner for Coastal Affairs": a name run after a title's "for" or "of" (outside
 * the run) with no given name in it is the office's field: returns the title word, else null.
 */
export function fieldAfterTitle(words: readonly string[], start: number, end: number, isTitle: (w: string) => boolean): string | null {
  if (start < 2 || !/^(?:of|for)$/i.test(words[start - 1]!) || !/^\p{Lu}/u.test(words[start - 2]!) || !isTitle(words[start - 2]!)) return null;
  return words.slice(start, end).some((w) => genderOfFirstName(w)) ? null : words[start - 2]!.toLowerCase();
}
