/**
 * `Acknowledging that Vance "says silly things," though, Park did suggest ...`: a quote inside a
 * participle clause that opens the sentence belongs to the main clause's subject, which comes
 * after the quote (the clause has no subject of its own).
 */
import type { Attribution } from './speaker-phrase.js';
import { sentenceSubject } from './sentence-subject.js';

/** The sentence so far is one capitalised -ing word and its clause, not yet closed by a comma. */
const OPENING_PARTICIPLE = /^\s*\p{Lu}\p{Ll}{2,}ing\s[^,;:.!?"“”]*$/u;
/** What may stand between the clause and the main subject: its comma and a linking adverb. */
const LINK = /^[\s,]*(?:(?:though|however|too|also|then|in turn|meanwhile),\s*)?/u;
/** Characters after the quote looked at for the main clause's subject and verb. */
const MAIN_CLAUSE_CHARS = 160;

/** The main subject after a quote that ends a sentence-opening participle clause, or null. */
export function participleOpenerSpeaker(before: string, after: string, afterOffset: number): Attribution | null {
  if (!OPENING_PARTICIPLE.test(before)) return null;
  const link = LINK.exec(after)![0];
  const subject = sentenceSubject(after.slice(link.length, MAIN_CLAUSE_CHARS), afterOffset + link.length);
  return subject ? { ...subject, strength: 1 } : null;
}
