/**
 * Turns the noun phrase in front of (or after) a speech verb into a speaker and a role:
 * "Iran's senior diplomat Abbas Araghchi" -> Abbas Araghchi, role "Iran's senior diplomat";
 * "President Masoud Pezeshkian" -> Masoud Pezeshkian, role "President";
 * "a spokesperson for the Harbour Transit Authority" -> Harbour Transit Authority, role "spokesperson";
 * "she" -> a pronoun to resolve; "the association" -> a nominal to resolve.
 */
import { NUMBER_WORD } from '../text/number-words.js';
import { MONTHS, NAME_CONNECTORS, WEEKDAYS, wordAlternation } from '../text/name-words.js';
import { ROLE_NOUNS, TITLE_WORDS, cleanDescriptor, stripTitles } from './titles.js';
import { endsInOrganisationHead, isOrganisationHead } from '../text/org-words.js';
import { STOPWORDS } from '../text/stopwords.js';
import { genderOfFirstName } from '../text/first-names.js';
import { MIN_PLACE_AND_PERSON_WORDS, personAfterPlace } from './person-after-place.js';
import { fieldAfterTitle, officeField } from './office-field.js';

export type SpeakerKind = 'name' | 'pronoun' | 'nominal';

export interface SpeakerPhrase {
  kind: SpeakerKind;
  /** The name, the pronoun (lower-case) or the nominal's head noun. */
  value: string;
  role: string | null;
  /** Honorific seen with the name ("Mr", "Ms"): a gender hint for pronouns. */
  honorific: string | null;
  /** A nominal's whole phrase ("the former first lady", "the company's chief executive"). */
  description?: string;
}

/** A speaker phrase found in the text. */
export interface Attribution extends SpeakerPhrase {
  /** Where the speaker phrase was found, for resolving "he" to the person mentioned before it. */
  at: number;
  /** How sure: 2 = a cue right next to the quote, 1 = a verb somewhere in the sentence, 0 = only the sentence's subject. */
  strength: 0 | 1 | 2;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const CONTRACTED_OPENERS = ["i'm", "i've", "i'd", "i'll", "it's", "we're", "we've", "you're", "they're", "he's", "she's", "that's", "there's", "let's"];
/** Capitalised words that are never names on their own, typically sentence openers. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'then', 'when', 'while', 'if', 'as', 'in', 'on', 'at',
  'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their',
  'its', 'our', 'my', 'your', 'there', 'here', 'after', 'before', 'still', 'yet', 'also', 'now',
  'meanwhile', 'however', 'later', 'earlier', 'today', 'yesterday', 'asked', 'speaking', 'according',
  ...MONTHS, ...WEEKDAYS,
  'twitter', 'facebook', 'instagram', 'x', 'reporters', 'sources',
  'though', 'although', 'because', 'since', 'for', 'with', 'without', 'by', 'from', 'to', 'of',
  'what', 'why', 'how', 'who', 'where', 'not', 'no', 'yes', 'well', 'even', 'only', 'just', 'all',
  'some', 'many', 'most', 'both', 'each', 'every', 'one', 'two', 'first', 'last', 'next', 'instead',
  'indeed', 'perhaps', 'maybe', 'already', 'again', 'once', 'thus', 'hence', 'rather', 'unlike',
  // "Another reportedly said", "Would Derek Vance have ...": determiners and auxiliaries opening a
  // sentence or a question (not "Will": a given name).
  'another', 'other', 'others', 'several', 'few', 'would', 'could', 'should', 'might', 'must', 'did',
  'does', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'probably', 'hopefully',
  // "This week, I’m adding ...": a pronoun with its verb contracted, in either apostrophe.
  ...CONTRACTED_OPENERS.flatMap((w) => [w, w.replace("'", '’')]),
]);
/** One capitalised name word: "Araghchi", "O'Neill", "Al-Sisi", "J.D.", "Jr." */
const CONNECTORS = wordAlternation([...NAME_CONNECTORS, 'of']);
// "al-Baghdadi", "bin-Salman": an Arabic article joined to a capitalised name is a name word.
const NAME_WORD = new RegExp(`^(?:\\p{Lu}[\\p{L}'’-]*[.\\u2024]?|(?:\\p{Lu}[.\\u2024])+|(?:al|el|ad|ash|bin|ibn)-\\p{Lu}[\\p{L}'’-]*|${CONNECTORS})$`, 'u');
const CONNECTOR = new RegExp(`^(?:${CONNECTORS})$`);
const POSSESSIVE = /['’]s?$/;

export function isPronoun(word: string): boolean {
  return PRONOUNS.has(word.toLowerCase());
}

const MONTH_OR_DAY = new RegExp(`^(?:${wordAlternation([...MONTHS, ...WEEKDAYS], 'capitalised')})$`);

/** The last run of capitalised words in `words`, as [from, to) indices, or null. */
function lastNameRun(words: string[]): [number, number] | null {
  let end = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    // "Mrs May", "Theresa May": a month after a title or a given name is a surname.
    const surnameMonth = i > 0 && MONTH_OR_DAY.test(w) && /^\p{Lu}/u.test(words[i - 1]!) && !NOT_NAMES.has(words[i - 1]!.toLowerCase());
    const isName = NAME_WORD.test(w) && !CONNECTOR.test(w) && (surnameMonth || !NOT_NAMES.has(w.toLowerCase())) && !POSSESSIVE.test(w) && !NUMBER_WORD.test(w);
    // "Ivana Trump's brief", "South Dakota's campaign": a capitalised possessive ends the owner's
    // name, which is the whole run ("Ivana Trump"), not the words before it ("Ivana").
    const next = words[i + 1];
    if (isName && next && POSSESSIVE.test(next) && NAME_WORD.test(next)) {
      words[i + 1] = next.replace(POSSESSIVE, '');
      end = i + 2;
      break;
    }
    if (isName) { end = i + 1; break; }
  }
  if (end < 0) return null;
  let start = end - 1;
  while (start > 0) {
    const w = words[start - 1]!;
    // "Association of Flight Attendants": a joining word inside a run of capitals.
    const joins = CONNECTOR.test(w) && start > 1 && /^\p{Lu}/u.test(words[start - 2]!);
    const intoBody = bodyJoin(words, start, end);
    if (intoBody) { start -= intoBody; continue; }
    if (!joins && (POSSESSIVE.test(w) || NOT_NAMES.has(w.toLowerCase()) || !NAME_WORD.test(w) || NUMBER_WORD.test(w))) break;
    start--;
  }
  while (start < end && CONNECTOR.test(words[start]!)) start++;
  return [start, end];
}

/** Words that go on a body's name past a capitalised head: "Center for", "Alliance to", "Mothers Against". */
const BODY_JOIN = /^(?:for|to|against)$/;
/** A capitalised word inside a body's name that is no name alone: "Alliance to Reclaim Our Schools". */
const INNER_FUNCTION_WORD = /^(?:Our|The|A|An)$/;
/** Capitalised plural nouns that open a body's name before "for" / "against": "Americans for Prosperity". */
const PEOPLE_BODY = /^(?:Americans|Citizens|Mothers|Fathers|Parents|Veterans|Students|Doctors|Physicians|Scientists|Women|Friends|Republicans|Democrats|Conservatives|Progressives|Families|Workers|Farmers|Nurses|Teachers|Residents|Taxpayers|Voters)$/;

/**
 * How many words before `start` still belong to a body's name, or 0: "Center for [American
 * Progress]" (1), "Department of the [Treasury]" (2, not "Morgan of the [Sierra Club]"), "Committee for a [Responsible ...]" (2),
 * "Reclaim Our [Schools]" (1), "Securities and [Exchange Commission]" (1). Only after a capitalised body head, so "the House on Monday" or
 * "voted for Trump" never join.
 */
function bodyJoin(words: string[], start: number, end: number): number {
  const w = words[start - 1]!;
  // "Securities and Exchange Commission": "and" inside a name that ends on a body's head.
  if (w === 'and' && start > 1 && /^\p{Lu}\p{Ll}/u.test(words[start - 2]!) && !NOT_NAMES.has(words[start - 2]!.toLowerCase()) && end - start >= 2 && isOrganisationHead(words[end - 1]!)) return 1;
  const head = (k: number) => k >= 0 && /^\p{Lu}/u.test(words[k]!) && (isOrganisationHead(words[k]!) || PEOPLE_BODY.test(words[k]!));
  if (BODY_JOIN.test(w) && head(start - 2)) return 1;
  if (/^(?:the|a)$/.test(w) && start > 2 && (BODY_JOIN.test(words[start - 2]!) || /^of$/.test(words[start - 2]!)) && head(start - 3)) return 2;
  if (INNER_FUNCTION_WORD.test(w) && start > 1 && /^\p{Lu}[\p{Ll}]/u.test(words[start - 2]!) && !NOT_NAMES.has(words[start - 2]!.toLowerCase())) return 1;
  return 0;
}

/** "a statement from Vance's campaign": the owner of a campaign or an office is the author. */
const OWNER_VOICE_NOUNS = 'campaign|office|team|administration|government';
/** Writings that speak for their author. */
const DOCUMENTS = 'report|analysis|study|statement|letter|memo|review|survey|poll|audit|investigation|filing|complaint|lawsuit|ad|video|email|editorial|press\\s+release|release';
// "a 52-count civil complaint filed by the federal Trade Board and a suit by Ohio": the first author.
const DOCUMENT_BY = new RegExp(`^(?:[Aa]n?|[Tt]he)\\s+(?:[\\p{Ll}\\p{N}-]+\\s+){0,3}(?:${DOCUMENTS})\\s+(?:by|from|(?:released|issued|published|filed|brought|signed|sent|written)\\s+by)\\s+(?:the\\s+)?(?:(?:federal|state|city|county|local)\\s+)?((?:\\p{Lu}[\\p{L}'’.\u2024&-]*\\s+(?:(?:and|for|of|on)\\s+)?){0,4}\\p{Lu}[\\p{L}.\u2024-]*|(?:\\p{Lu}[\\p{L}.\u2024-]*\\s+){0,3}\\p{Lu}[\\p{L}.\u2024-]*['’]s?\\s+(?:${OWNER_VOICE_NOUNS}))(?:\\s+and\\s+(?:an?|the)\\s.*)?$`, 'u');
/** "a statement on Alder's website": the owner of the page the writing was posted on. */
const DOCUMENT_ON_PAGE = new RegExp(`^(?:[Aa]n?|[Tt]he)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${DOCUMENTS}|post|message|note)\\s+(?:posted\\s+)?(?:on|to)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}.\u2024-]*\\s+){0,4}\\p{Lu}[\\p{L}.\u2024-]*)['’]s?\\s+(?:\\p{Lu}\\p{L}+\\s+)?(?:website|site|page|account|feed|blog|channel)$`, 'u');
/** "the letter signed by nine doctors": authors in lower case name nobody; the writing itself is the cue. */
const WRITING_BY_PEOPLE = new RegExp(`^[Tt]he\\s+(?:[\\p{Ll}\\p{N}-]+\\s+){0,2}(${DOCUMENTS})\\s+(?:released|issued|published|filed|brought|signed|sent|written)\\s+by\\s+\\P{Lu}*$`, 'u');
const DOCUMENT_OF_NAME = new RegExp(`^(?:[Aa]n?|[Tt]he)\\s+(?:new\\s+|recent\\s+)?((?:\\p{Lu}[\\p{L}'’.\u2024&-]*\\s+){0,3}\\p{Lu}[\\p{L}.\u2024-]*)\\s+(?:${DOCUMENTS})$`, 'u');

const AGENT_OF = /^(?:an?\s+|the\s+)?((?:[\p{Ll}-]+\s+){0,2}(?:spokes(?:wo)?man|spokesperson|representative|aide|official|officials|adviser|advisor|lawyer|attorney|statement|source|sources|member|members|leader|chief|head|director|president|chairman|chairwoman|chair|manager|secretary)s?)\s+(?:for|of|at|from|to|with)\s+(?:the\s+)?(.+)$/iu;

/**
 * "Barrow's campaign", "the Hale campaign's statement": a campaign, an office or a spokesperson
 * speaks for its owner, who is shown as the speaker with that role (as "a spokesperson for X").
 */
export const OWNER_VOICES = 'campaign\\s+(?:manager|chair(?:man|woman)?)|campaign|camp|office|team|statement|spokes(?:wo)?man|spokesperson|press\\s+secretary|representative|aide|adviser|advisor|lawyer|attorney|website|account|memo|letter|response|reply|answer|ads?|video|book|memoir|board|editorial|column|op-ed|speech|tweet|post|report';
const OWNER_VOICE_WORD = new RegExp(`^(?:${OWNER_VOICES}|administration|government|committee|people|family)$`, 'u');
const OWNER_SPEAKS = new RegExp(`^(?:the\\s+)?((?:\\p{Lu}[\\p{L}'’.\u2024-]*\\s+){0,3}\\p{Lu}[\\p{L}.\u2024-]*)['’]s?\\s+((?:[\\p{Ll}-]+\\s+){0,2}(?:${OWNER_VOICES}))(?:\\s+(?:in|on|for|to|at)\\s[^,;:]*)?$`, 'u');

/**
 * "Sen. Ruth Alder of Ohio" -> "Ruth Alder": a person's name stops before "of" and the place or
 * body they come from. "Bank of England" and "National Association of Manufacturers" are names.
 */
function withoutHomePlace(name: string): string {
  const k = name.indexOf(' of ');
  if (k < 0) return name;
  const head = name.slice(0, k);
  return head.includes(' ') && !endsInOrganisationHead(head) && !head.split(' ').some((w) => isOrganisationHead(w)) ? head : name;
}

/** A person's name right before "of/from/with/at (the)" and the body that ends the phrase at `bodyStart`. */
function personOfBody(words: string[], bodyStart: number): SpeakerPhrase | null {
  let j = bodyStart;
  if (j > 0 && /^the$/i.test(words[j - 1]!)) j--;
  if (j < 3 || !/^(?:of|from|with|at)$/i.test(words[j - 1]!)) return null;
  const person = lastNameRun(words.slice(0, j - 1));
  if (!person || person[1] !== j - 1 || person[1] - person[0] < 2) return null;
  const run = words.slice(person[0], person[1]);
  if (run.some((w) => isOrganisationHead(w)) || run.every((w) => ROLE_NOUNS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase().replace(/[.\u2024]$/, '')))) return null;
  const inner = parseSpeakerPhrase(run.join(' '));
  if (inner?.kind !== 'name') return null;
  return { ...inner, role: inner.role ?? words.slice(j - 1).join(' ') };
}

/** Party nouns written with a capital: "the Illinois Democrat" describes a person. */
const PARTY_MEMBER = /^(?:Democrat|Republican|Independent|Libertarian)s?$/;
/** A plural noun ("voters", "aides", "critics"), not a singular ending in s ("status", "boss", "analysis"). */
export const PLURAL_PEOPLE = /^\p{Ll}{2,}[^sui'’]s$/u;
/** A group named by a capitalised word and a plural noun ("Ohio voters"), as parseSpeakerPhrase gives it. */
export function isGroupName(value: string): boolean {
  const words = value.split(' ');
  return words.length > 1 && /^\p{Ll}/u.test(words.at(-1)!) && PLURAL_PEOPLE.test(words.at(-1)!);
}
/** "Ohio voters", "Clinton campaign aides": at most two common nouns after the name. */
const MAX_GROUP_TAIL = 2;
/** A title or role word (a module function: a closure made per parsed phrase costs more than its test). */
const TWO_CAPITALS = /^\p{Lu}{2}/u;
const isTitleOrRole = (w: string): boolean => ROLE_NOUNS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase());

/** Longest description read before its "of" phrase ("the former Republican presidential nominee"). */
const MAX_DESCRIPTION_WORDS = 5;

export function parseSpeakerPhrase(phrase: string, appositive: string | null = null): SpeakerPhrase | null {
  // Party tags "(D-Wis.)" and trailing punctuation are not part of anybody's name.
  const clean = phrase.replace(/\s*\([^)]*\)?/g, ' ').trim().replace(/^[\s,;:—–-]+|[\s,.;:—–-]+$/g, '');
  if (!clean) return null;
  const words = clean.split(/\s+/);
  // "The association later said": adverbs between the subject and the verb are not the subject.
  // "The Republican nominee has repeatedly [wondered]": nor are auxiliaries.
  while (words.length > 1 && /^(?:\p{Ll}+ly|later|also|then|again|earlier|previously|once|too|still|now|always|often|even|just|sometimes|today|yesterday|himself|herself|itself|themselves|has|have|had|was|were|is|are|will|would|did|does|never|not)$/u.test(words[words.length - 1]!)) words.pop();
  // "... Donald Trump deployed what he [described]": the word next to the verb is the subject.
  const lastWord = words[words.length - 1]!;
  if (isPronoun(lastWord) && (words.length === 1 || /^\p{Ll}/u.test(lastWord))) {
    return { kind: 'pronoun', value: lastWord.toLowerCase(), role: null, honorific: null };
  }
  // "a report by the Government Accountability Office", "a new Courier analysis": the author speaks.
  const document = DOCUMENT_BY.exec(clean) ?? DOCUMENT_OF_NAME.exec(clean) ?? DOCUMENT_ON_PAGE.exec(clean);
  if (document) {
    const inner = parseSpeakerPhrase(document[1]!);
    if (inner?.kind === 'name') return { ...inner, role: null };
  }
  const writing = WRITING_BY_PEOPLE.exec(clean);
  if (writing) return { kind: 'nominal', value: writing[1]!, role: appositive?.trim() || null, honorific: null, description: `the ${writing[1]}` };
  const agent = AGENT_OF.exec(clean);
  // "Secretary of State John Kerrigan": a capitalised title, not an agent of a body.
  if (agent && /^\p{Ll}/u.test(agent[1]!) && lastNameRun(agent[2]!.split(/\s+/))) {
    const inner = parseSpeakerPhrase(agent[2]!);
    if (inner?.kind === 'name') return { ...inner, role: agent[1]!.toLowerCase() };
  }
  // Before the name run: "Derek Vance's new ad" would leave only "Derek" (the possessive ends a run).
  const owner = OWNER_SPEAKS.exec(clean);
  if (owner) {
    const inner = parseSpeakerPhrase(owner[1]!);
    if (inner?.kind === 'name') return { ...inner, role: owner[2]!.toLowerCase() };
  }
  const run = lastNameRun(words);
  // "Alessandro Amato of the Lindton Institute": the person speaks, the body is where they work.
  const member = run ? personOfBody(words, run[0]) : null;
  if (member) return member;
  const field = run ? fieldAfterTitle(words, run[0], run[1], isTitleOrRole) : null;
  if (field) return { kind: 'nominal', value: field, role: appositive?.trim() || null, honorific: null, description: words.join(' ') };
  // "the Vermont senator", "the Lindian president": a name qualifying a role is a description.
  const tail = run ? words.slice(run[1]) : [];
  // "the American space agency" too: capitals before common nouns qualify them, unless the noun
  // is the owner's voice ("the Hale campaign" speaks for Hale).
  const definite = /^(?:the|his|her|its|their)$/i.test(words[0]!);
  // "Some Ohio voters chanted", "Republican critics argue": a name before a plural noun qualifies
  // a group, and the group speaks, not the place, party or person named in front of it.
  const group = !!run && !definite && tail.length > 0 && tail.length <= MAX_GROUP_TAIL && tail.every((w) => /^\p{Ll}/u.test(w)) && PLURAL_PEOPLE.test(tail.at(-1)!);
  if (group) return { kind: 'name', value: words.slice(run[0]).join(' '), role: appositive?.trim() || null, honorific: null };
  // ("the Lindton attorney's office": the office is the attorney's, a role's, not the place's.)
  const roleOwner = tail.length >= 2 && /['’]s?$/.test(tail.at(-2)!) && ROLE_NOUNS.has(tail.at(-2)!.replace(/['’]s?$/, ''));
  const describesRole = tail.length > 0 && tail.length <= 3 && tail.every((w) => /^\p{Ll}/u.test(w)) && definite && (roleOwner || !OWNER_VOICE_WORD.test(tail.at(-1)!));
  // "the Illinois Democrat", "the Ohio Republican": a party member described, not a name.
  const partyMember = !!run && definite && run[1] === words.length && PARTY_MEMBER.test(words.at(-1)!);
  // "the former senator from New York": a role from a place (a body's agents speak for it above).
  const roleFrom = !!run && definite && run[0] >= 3 && /^(?:of|from|in)$/i.test(words[run[0] - 1]!) && ROLE_NOUNS.has(words[run[0] - 2]!.toLowerCase());
  if (!run || describesRole || partyMember || roleFrom) {
    // "the 34-year-old mother of three": the head stands before its "of" phrase.
    const of = words.findIndex((w, k) => k > 0 && /^(?:of|for|at|with|from|in)$/i.test(w) && ROLE_NOUNS.has(words[k - 1]!.toLowerCase()));
    const head = words[(of > 0 ? of : words.length) - 1]!.toLowerCase().replace(/['’]s$/, '');
    if ((of > 0 ? of : words.length) > MAX_DESCRIPTION_WORDS) return null;
    return { kind: 'nominal', value: head, role: appositive?.trim() || null, honorific: null, description: words.join(' ') };
  }
  // "the ambassador to Lindia Anna Kerrow": the place ends where the person's given name starts.
  // (A run of fewer than three words holds no such pair: the phrase before is not built for it.)
  const afterPlace = run[1] - run[0] < MIN_PLACE_AND_PERSON_WORDS ? 0 : personAfterPlace(words.slice(run[0], run[1]), `${words.slice(0, run[0]).join(' ')} `, genderOfFirstName);
  // "NASA Rhea Monti said": a body's acronym glued to a given name and a surname.
  const afterAcronym = run[1] - run[0] >= MIN_PLACE_AND_PERSON_WORDS && /^\p{Lu}{2,}$/u.test(words[run[0]]!) && !!genderOfFirstName(words[run[0] + 1]!) ? 1 : 0;
  const given = afterPlace || afterAcronym;
  const stripped = stripTitles(words.slice(run[0] + given, run[1]));
  const { honorific } = stripped;
  let { titles } = stripped;
  // "the Secretary of State", "Director of Public Prosecutions Ada Quill": an office's field.
  const office = officeField(titles, stripped.name);
  if (office?.holder === null) return { kind: 'nominal', value: office.head, role: appositive?.trim() || null, honorific: null, description: words.join(' ') };
  if (office) titles = office.titles;
  const name = withoutHomePlace(office?.holder ?? stripped.name);
  if (!name) return null;
  if (!name.includes(' ') && /\p{Ll}ing$/u.test(name)) return null; // "Following", "Speaking"
  // "They WILL NOT RUN on ...": words shouted in capitals, not a name (an acronym is one word).
  // (Only a name opening on two capitals can be: the words are not joined for every other name.)
  if (TWO_CAPITALS.test(name) && /^\p{Lu}{2,}(?: \p{Lu}{2,})+$/u.test([run[0] ? words[run[0] - 1] : '', name].join(' ').trim())) return null;
  // Only the words right before the name describe it: "weeks after U.S. President X" -> "U.S.".
  // A determiner alone ("The Northgate Chamber of Commerce") describes nobody.
  // "..., while Park called it", "a day after Park said": a function word before the name is no role.
  const wordBefore = run[0] ? words[run[0] - 1]!.toLowerCase() : '';
  const before = run[0] && !(STOPWORDS.has(wordBefore) && !ROLE_NOUNS.has(wordBefore)) ? cleanDescriptor(words.slice(0, run[0] - 1).join(' '), words[run[0] - 1]!).replace(/^(?:the|a|an)(?:\s+|$)/i, '').trim() : '';
  const roleParts = [before, titles].filter((s) => s && /\p{L}{3}/u.test(s));
  // "the nurse practitioner who designed the system" -> "the nurse practitioner".
  const described = appositive?.split(/\s+(?:and\s+)?(?:who|whom|whose|which|that)\b/u)[0]!.trim();
  const role = described || roleParts.join(' ').trim() || null;
  return { kind: 'name', value: name, role, honorific };
}

/** The speaker phrase `phrase` (with its appositive) as an attribution found at `at`. */
export function found(phrase: string, appositive: string | null, at: number, strength: 0 | 1 | 2): Attribution | null {
  const p = parseSpeakerPhrase(phrase, appositive);
  return p ? { ...p, at, strength } : null;
}
