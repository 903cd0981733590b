/**
 * The subject of a sentence as the owner of a quote in it, when no verb of saying names one:
 * "In July, Gingrich dismissed Estonia as the "suburbs of St. Petersburg"" -> Gingrich;
 * "The Republican nominee also vowed to punish "those who ..."" -> a description to resolve.
 */
import { type Attribution, OWNER_VOICES, PLURAL_PEOPLE, found } from './speaker-phrase.js';
import { ROLE_NOUNS } from './titles.js';
import { isLeadingRole, isProperName, withoutLowerTitles } from './cue-phrases.js';

/**
 * Last resort for a quote inside a sentence with no speech verb ("In July, Gingrich dismissed
 * Estonia as the "suburbs of St. Petersburg""): the sentence's subject owns the quoted words.
 */
export function sentenceSubject(before: string, offset: number): Attribution | null {
  // Try the sentence as it is, then without an opening clause ("Worried about turnout, Obama ...").
  const comma = before.indexOf(',');
  const starts = comma > 0 && comma < 160 ? [0, comma + 1] : [0];
  for (const from of starts) {
    const found = subjectAt(before.slice(from), offset + from);
    if (found) return found;
  }
  return null;
}

function subjectAt(before: string, offset: number): Attribution | null {
  const intro = /^\s*(?:(?:in|on|at|during|after|before|since|by|for|with|from|under|over)\s[^,]{1,50},\s*(?:\d{4},\s*)?)?/i.exec(before)!;
  const rest = before.slice(intro[0].length);
  // "The Republican nominee also vowed ...": capitals inside a description are no name.
  const described = DESCRIBED_SUBJECT.exec(rest);
  if (described) {
    // Up to its last role noun: "The Republican presidential nominee" + "noted".
    const words = described[0].trim().split(/\s+/);
    const head = words.findLastIndex((w, k) => k > 1 && ROLE_NOUNS.has(w));
    if (head > 0) return found(words.slice(0, head + 1).join(' '), null, offset + intro[0].length, 0);
  }
  // "The bill's sponsor, state Sen. Derek Vance, was furious": a role first, the name in commas.
  const roleFirst = ROLE_THEN_NAME.exec(rest);
  const named = roleFirst && isLeadingRole(roleFirst[1]!) ? withoutLowerTitles(roleFirst[2]!) : '';
  if (named && isProperName(named.replace(/^(?:\p{Lu}[\p{L}]*[.\u2024]\s+)+/u, ''))) {
    const a = found(named, roleFirst![1]!.trim(), offset + intro[0].length + rest.indexOf(roleFirst![2]!), 0);
    if (a?.kind === 'name') return a;
  }
  const m = SUBJECT.exec(rest);
  if (!m) return null;
  if (/^\p{Lu}\p{Ll}+(?:ing|ed)\b/u.test(m[1]!)) return null; // "Following ...", "Worried ...": not names
  // "With Democrats worried ...", "Another critic": a function word or a determiner opens no name.
  if (/^(?:with|without|in|on|at|for|from|by|as|after|before|another|other|every|each|some|many|several|few|any|no|all|both|such)\b/i.test(m[1]!)) return null;
  // "American negotiators are left with ...", "Ohio protesters chanted ...": the capitals qualify
  // a group; they are not the subject.
  // ("Davis talks to ..." has its verb there: a plural noun is followed by the verb.)
  const next = /^\s*([\p{Ll}-]+)\s+([\p{Ll}'’]+)/u.exec(rest.slice(m.index + m[1]!.length));
  if (next && PLURAL_PEOPLE.test(next[1]!) && PLURAL_VERB.test(next[2]!)) return null;
  // "Ohio's road crisis is ...": a thing of theirs is the subject (their office or campaign speaks for them).
  if (/['’]s?$/u.test(m[1]!) && !OWNER_VOICE.test(next?.[1] ?? '')) return null;
  const a = found(m[1]!, null, offset + intro[0].length, 0);
  return a?.kind === 'name' ? a : null;
}

/** A description, then a name set off by commas, then the verb: "The bill's sponsor, Sen. Vance, was". */
const ROLE_THEN_NAME = /^\s*([^,;:"“”]{3,60}),\s*([^,;:"“”]{3,60}),\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/u;

const OWNER_VOICE = new RegExp(`^(?:${OWNER_VOICES})$`, 'u');

/** A verb agreeing with a plural subject: "critics are", "protesters chanted", "aides say". */
const PLURAL_VERB = /^(?:are|were|have|had|say|said|will|would|can|could|should|may|might|must|do|did|don['’]t|\p{Ll}{2,}ed)$/u;

/** `The New York businessman ` then a verb: a determiner, capitalised modifiers and a role noun. */
const DESCRIBED_SUBJECT = /^\s*(?:The|His|Her|Its|Their)\s+(?:\p{Lu}[\p{L}'’.\u2024-]*\s+){1,3}(?:[\p{Ll}-]+(?:\s+|$)){1,4}/u;

/**
 * A sentence's subject: capitalised words ("Harry Reid", "Clinton's campaign"), brackets and an
 * aside between the name and its verb ("Harry Reid (D-Nev.), in particular, has been",
 * "Laurence Tribe, likened").
 */
const SUBJECT = new RegExp(`^\\s*((?:\\p{Lu}[\\p{L}'’\\-\u2024]*\\s+){0,4}\\p{Lu}[\\p{L}'’\\-\u2024]*(?:\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${OWNER_VOICES})(?=\\s))?)(?:\\s*\\([^()]{1,30}\\))?(?:,[^,]{3,100},|,)?\\s+(?:(?:\\p{Ll}+ly|then|also|later|again|still|now|once|too)\\s+)?(?:has\\s+|had\\s+|have\\s+|was\\s+|is\\s+)?\\p{Ll}+`, 'u');
