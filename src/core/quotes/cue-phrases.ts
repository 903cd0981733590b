/**
 * The noun phrase next to a speech verb, cut out of the words around it: the subject before the
 * verb ("Anwar Gargash, diplomatic adviser to the UAE president, said") or the name after it
 * ("said Ruth Alder, the mayor"), with its appositive role. Phrases only; speaker-phrase.ts reads
 * them as a name, a pronoun or a description, and attribution.ts decides which one is the cue.
 */
import { NAME_CONNECTORS } from '../text/name-words.js';
import { GROUP_MEMBER } from './clause-shapes.js';
import { ROLE_NOUNS, TITLE_WORDS } from './titles.js';

/** Up to 8 words ending a stretch of text, stopping at punctuation: the subject before a verb. */
export function trailingPhrase(raw: string): { phrase: string; appositive: string | null } {
  // Party tags and asides in brackets ("Pat McCrory (R)") would cut the phrase short.
  // "..., forcefully told": an adverb before the verb is not the subject.
  const text = dropBrackets(raw).replace(/\s+\p{Ll}+ly\s*$/u, ' ');
  // "Mulgrew, president of the union, which represents teachers, said": drop the relative clause.
  const relative = /,\s*(?:who|which|whose|where)\b[^,;:"“”]{0,160},\s*$/u.exec(text);
  if (relative) {
    const kept = text.slice(0, relative.index);
    // "Duarte, the engineer, who ..." keeps its appositive; "Christie, who ..." is just the name;
    // so is "Later, Sen. Ruth Alder, who ...": a name after an opening phrase's comma.
    const last = kept.slice(kept.lastIndexOf(',') + 1).trim();
    if (kept.includes(',') && NAME_ONLY.test(last)) return { phrase: last, appositive: null };
    return trailingPhrase(kept.includes(',') ? `${kept}, ` : `${kept} `);
  }
  // "Jean Ayrault, the foreign minister of France, a member of the council, said": a name and
  // several appositives; the capitals inside them (France) are no subject.
  // (Only worth trying on a phrase that ends on its third comma or later.)
  const chain = /,\s*$/.test(text) && text.split(',').length > 3 ? APPOSITIVE_CHAIN.exec(text) : null;
  if (chain) return { phrase: chain[1]!, appositive: chain[2]!.trim() };
  // "Anwar Gargash, diplomatic adviser to the UAE president," -> subject + appositive role
  const appos = /([^,;:()"“”]{1,80}),\s*([^,;:()"“”]{3,160}),\s*$/u.exec(text);
  // "Critics, including Derek Vance, said": the one named member of the group speaks.
  const member = appos ? GROUP_MEMBER.exec(appos[2]!) : null;
  if (member && !/\p{Lu}/u.test(appos![1]!.replace(/^\s*\p{Lu}/u, ''))) return { phrase: member[1]!, appositive: null };
  // "its chief executive, Daniel Whitcombe, said": the role comes first, the name in commas.
  if (appos && isProperName(appos[2]!) && isLeadingRole(appos[1]!)) {
    return { phrase: appos[2]!.trim(), appositive: appos[1]!.trim().replace(/^(?:the|a|an|its|his|her|their|our)\s+/i, '') };
  }
  if (appos && /\p{Lu}/u.test(appos[1]!)) {
    // "Clinton, at a later press gaggle, said": an aside, not a role, but the subject stands.
    return { phrase: lastWords(appos[1]!, 8), appositive: isAppositiveRole(appos[2]!) ? appos[2]!.trim() : null };
  }
  // "Mr Cortes, leader of the Staffs Association said": an appositive left unclosed before the verb.
  // Not "In Chelsea, the mayor also said": a name after a preposition opens the sentence, and
  // the words after its comma are the subject.
  const unclosed = unclosedAppositive(text);
  if (unclosed) return unclosed;
  const plain = /([^,;:()"“”.!?]*)$/u.exec(text)?.[1] ?? '';
  return { phrase: lastWords(plain, 8), appositive: null };
}

/** Capitalised words only ("Sen. Ruth Alder"): a name, not a description. */
const NAME_ONLY = /^(?:\p{Lu}[\p{L}'’.\u2024-]*\s+){0,4}\p{Lu}[\p{L}'’\u2024-]*$/u;

/** Longest unclosed appositive read as a role ("leader of the Transport Salaried Staffs Association"). */
const MAX_UNCLOSED_WORDS = 8;
/** The role after the last comma: lower case, no clause words ("the mayor also said" is a subject and its verb). */
const UNCLOSED_ROLE = /^\s*((?:an?\s|the\s)?\p{Ll}[^;:()"“”.!?]{2,100}?)\s*$/u;
const CLAUSE_WORD = /\b(?:also|then|later|again|still|now|he|she|they|it|who|which|that)\b/;
/** The name right before that comma, not after a preposition ("in Chelsea, the mayor said"). */
const NAME_BEFORE_COMMA = /(?:^|[.;:]\s*|\s)((?:\p{Lu}[\p{L}'’.\u2024-]*\s+){0,3}\p{Lu}[\p{L}'’\u2024-]*)$/u;

/** "Mr Cortes, leader of the Staffs Association " before "said": the name, with its role. */
function unclosedAppositive(text: string): { phrase: string; appositive: string } | null {
  const comma = text.lastIndexOf(',');
  if (comma < 0) return null;
  const role = UNCLOSED_ROLE.exec(text.slice(comma + 1));
  const words = role ? role[1]!.split(/\s+/) : [];
  if (!role || words.length > MAX_UNCLOSED_WORDS || CLAUSE_WORD.test(role[1]!) || !words.some((w) => ROLE_NOUNS.has(w.toLowerCase()))) return null;
  const name = NAME_BEFORE_COMMA.exec(text.slice(0, comma));
  if (!name || /\b(?:in|at|on|from|of|for|to|with|by|near)\s+$/i.test(text.slice(0, name.index + name[0].indexOf(name[1]!)))) return null;
  return { phrase: name[1]!, appositive: role[1]!.trim() };
}

/** A name, then two or more appositives opening in lower case, up to the verb. */
const APPOSITIVE_CHAIN = /((?:\p{Lu}[\p{L}'’.\u2024-]*\s+){0,3}\p{Lu}[\p{L}'’.\u2024-]*),\s*((?:an?\s|the\s|\p{Ll})[^,;:()"“”]{2,120}),(?:\s*(?:an?\s|the\s|\p{Ll})[^,;:()"“”]{2,120},){1,2}\s*$/u;

/** "state Del. Marcia Price" -> "Del. Marcia Price": lower-case title words before a name. */
export function withoutLowerTitles(text: string): string {
  return text.trim().replace(/^(?:\p{Ll}+\s+){1,2}(?=\p{Lu})/u, (lead) => (lead.trim().split(/\s+/).every((w) => TITLE_WORDS.has(w)) ? '' : lead));
}

/** "Daniel Whitcombe", "Mara O'Neill": capitalised words only, not a title alone ("General Secretary"). */
export function isProperName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 4 || !words.every((w) => /^\p{Lu}[\p{L}'’\-\u2024.]*$/u.test(w) || NAME_CONNECTORS.has(w))) return false;
  return !words.every((w) => TITLE_WORDS.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()));
}

/** "its chief executive", "The chair of the Growers Association", "Hale's running mate": a description naming a role. */
export function isLeadingRole(text: string): boolean {
  const t = text.trim();
  if (COUNTED_PERSON.test(t)) return true;
  // "Vance campaign chairman", "Mumsnet co-founder": an owner's name, then the role in lower case.
  const ownerFirst = OWNER_THEN_ROLE.test(t);
  // Case-sensitive: a capitalised run ("Senate Majority Leader Mitch McConnell") is a name, not a description.
  // "Derek Vance's campaign manager": the owner may be a full name.
  if (!ownerFirst && (!/^(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s|\p{Ll}|(?:\p{Lu}[\p{L}.\u2024-]*\s+){0,3}\p{Lu}[\p{L}.\u2024-]*['’]s\s)/u.test(t) || !isAppositiveRole(t.replace(/^\p{Lu}/u, (c) => c.toLowerCase())))) return false;
  return t.toLowerCase().split(/\s+/).some(isRoleWord);
}

/**
 * "One voter", "Another longtime resident", "One of those protesters": one person picked out of a
 * group, whose name follows in commas ("One voter, Tom Reed, said"); lower-case words only.
 */
const COUNTED_PERSON = /^(?:[Oo]ne|[Aa]nother)\s+(?:of\s+(?:the|those|these|them|his|her|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u;

/** Capitalised words, then one to three lower-case words: "Trust chairman", "Vance campaign chairman". */
const OWNER_THEN_ROLE = /^(?:\p{Lu}[\p{L}.\u2024-]*\s+){1,3}(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u;
/** A role or a title word; "co-founder" is a founder. */
export const isRoleWord = (w: string) => ROLE_NOUNS.has(w) || TITLE_WORDS.has(w) || ROLE_NOUNS.has(w.split('-').at(-1)!);

/** "a senior adviser to Khamenei" is a role; "who took office in May" is not. */
export function isAppositiveRole(text: string): boolean {
  const t = text.trim();
  return /^(?:an?\s|the\s|\p{Ll})/u.test(t) && !/^(?:who|whom|whose|which|that|where|when|while|as|and|but|in|on|at|after|before|\p{Ll}+ing)\b/iu.test(t);
}

function lastWords(text: string, n: number): string {
  return text.trim().split(/\s+/).slice(-n).join(' ');
}

/** Party tags in brackets or commas ("(D-Wis.)", ", R-Tenn.,") and short asides in brackets. */
export function dropBrackets(text: string): string {
  return text.replace(/\s*\([^()]{0,40}\)/g, '').replace(PARTY_TAG_IN_COMMAS, '');
}
const PARTY_TAG_IN_COMMAS = /,\s*[RDI]-[A-Z][\p{L}.\u2024]*(?:\s[A-Z][\p{L}.\u2024]*)?(?=\s*,)/gu;

/** A post held "to" a country or a body: "Ambassador to", "special envoy to the". */
const ROLE_TO = /\b(?:ambassador|envoy|emissary|delegate|representative|minister|secretary|adviser|advisor|liaison|attach[eé])\s+to\s+(?:the\s+)?(?=\p{Lu})/iu;

export function leadingPhrase(raw: string, asSubject = false): { phrase: string; appositive: string | null } {
  const text = dropBrackets(raw);
  const m = /^\s*([^,;:()"“”.!?]*?(?:[A-Z]\.[^,;:()"“”!?]*?)?)\s*(?:,\s*([^,;:()"“”]{3,100}?)\s*(?:[,.;]|$)|[,.;:!?]|$)/u.exec(text);
  // "a statement from the Hale campaign" keeps its author: "from" after a writing is no time or place.
  // "Ambassador to Lindia Anna Kerrow": the "to" of an envoy's post is part of the phrase.
  const source = m?.[1] ?? '';
  const post = ROLE_TO.exec(source);
  const kept = post ? post.index + post[0].length : 0;
  const phrase = source.slice(0, kept) + (source.slice(kept).split(/\s+(?:in|on|at|during|after|before|to|about|last|this|when|while|who|nach|bei|vor|lors|après|durante|tras)\s+|(?<!\b(?:statement|tweet|post|letter|memo|report|release|email|video|ad))\s+from\s+|(?<=\p{Lu}[\p{L}\u2024]*)\s+for\s+(?=\p{Lu})/u)[0] ?? '');
  const appos = m?.[2] && isAppositiveRole(m[2]) ? m[2] : null;
  // A subject ends at its verb: its last words are the name ("former candidate and Ohio Gov. John Kasich").
  const words = phrase.split(/\s+/);
  return { phrase: (asSubject ? words.slice(-8) : words.slice(0, 8)).join(' '), appositive: appos };
}
