/**
 * Person, organisation or place, from the words of a name run and its neighbours. Evidence,
 * strongest first: a title or honorific (person), compromise's lexicon for the whole name,
 * organisation and place words inside it, acronyms, given names and surnames, then the
 * sentence around it ("in X" is a place) and what the article says of it elsewhere.
 */
import type { PartyKind } from '../types.js';
import {
  isCommonWord, isCountry, isFunctionWord, isGivenName, isNounWord, isOrgWord, isOrganizationName, isPlaceName, isPlaceWord, isSurname,
} from './lexicon.js';
import type { NameRun } from './name-runs.js';
import { ROLE_NOUNS } from '../text/role-words.js';
import { CANONICAL, PLACE_ACRONYMS, isDemonym } from './place-aliases.js';
import {
  CREDIT_WORDS, DIRECTION_WORDS, EVENT_WORDS, INSTITUTIONS, MODEL_WORDS, NEWS_AGENCIES, NOT_ORG_ACRONYMS, NOT_PARTIES, PARTY_MEMBERS, PORTFOLIO_WORDS, THE_INSTITUTIONS,
} from './word-lists.js';

const PLACE_PREPOSITIONS = /^(?:in|at|near|to|from|across|into|outside|inside|throughout|toward|towards|via)$/i;
/** Role nouns that also end bodies' names ("Burger King", "Dairy Queen"). */
const NOT_OFFICE_ROLES: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess', 'lady', 'partner', 'partners']);
export const ORG_SUFFIX = /^(?:Inc|Corp|Co|Ltd|Plc|LLC|AG|SA|NV|BV|Group|Holdings)\.?$/;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}s?$|^\p{Lu}+-\p{Lu}+$/u;

export type Verdict = PartyKind | null;

const LOWER_LETTER = /\p{Ll}/u;

/** A word in capitals without dots ("RRP", "DL", "BMJ"): no part of a person's name. */
const CAPITALS_WORD = /^\p{Lu}{2,}(?:-\p{Lu}+)?s?$/u;
/** A word in capitals this long that is also plain vocabulary or a given name is shouted ("VOTE", "HUNTER"). */
const MIN_SHOUTED_LETTERS = 3;
/** "league-leading"-style compounds ("Lindia-based", lower case after the hyphen) or "Speedcheck.org". */
const COMPOUND_OR_ADDRESS = /-\p{Ll}{3,}$|\.\p{Ll}{2,}$/u;
/** A capital inside a word ("CarPlay", "AirPods"), but not a name's prefix ("McAdams", "DeSantis", "LeBron"). */
const PRODUCT_CAPITALS = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}/u;
/** Acronyms that are also words but name a body every reader knows. */
const WORD_ACRONYMS: ReadonlySet<string> = new Set(['who']);

function isShouted(word: string): boolean {
  const lower = word.toLowerCase();
  if (word.length < MIN_SHOUTED_LETTERS || WORD_ACRONYMS.has(lower)) return false;
  return isCommonWord(lower) || isGivenName(word.charAt(0) + lower.slice(1));
}

/** "the harbour city of Marlow", "the province of Nor": the word names the place. */
const PLACE_OF = /\b(?:city|town|village|province|state|region|county|district|island|port|capital|republic|kingdom|suburb|municipality)\s+of\s+$/i;

/** What the rest of the article says about a single word: "he" after it, or "its". */
export interface WordEvidence {
  people: ReadonlySet<string>;
  /** Surnames of people named with a given name, title or honorific ("Vantree" of "Orla Vantree"). */
  namedPeople: ReadonlySet<string>;
  /** Words the article shows to be places: "Varenia" beside "Varenian", "the capital, Tesk". */
  places: ReadonlySet<string>;
  /** Adjectives of those places ("Varenian", "Kestrian"): demonyms no lexicon knows. */
  demonyms: ReadonlyMap<string, string>;
  /** How often a single word follows "in", "near", "outside": a place reading of "Kingston", "Lincoln". */
  placeCues: ReadonlyMap<string, number>;
  /** First words of organisations' full names ("Halvorsen" of "Halvorsen Engineering"). */
  bodies: ReadonlySet<string>;
  /** Words opening a company's formal name ("Santa Rosa" of "Santa Rosa Mining Corp"): its short name. */
  companies: ReadonlySet<string>;
  personCues: ReadonlyMap<string, number>;
  thingCues: ReadonlyMap<string, number>;
  /** The article writes this word in lower case too ("keyboard"): a common noun. */
  lowerCase: (word: string) => boolean;
  /** Acronyms the article spells out in words that name no party ("OLS" of "Orbital Lander System"). */
  spelledOut: ReadonlyMap<string, null>;
}

/** Endings of abstract nouns no name has ("Prevention", "Astronomy", "Operations", "Equities"). */
const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ities|ogy|omy|ism|ics|ship|hood|ware)s?$/;

/**
 * The last word of a thing's name: a noun ("Keyboard", "Prevention"), but not an adjective that
 * is also a surname ("Taylor Swift", "Ann Strong").
 */
function isNounLast(w: string, ev: WordEvidence): boolean {
  if (isGivenName(w) || isSurname(w)) return false;
  return NOUN_ENDING.test(w) || ev.lowerCase(w) || (isOrdinaryWord(w) && isNounWord(w));
}

/** A word that is plain vocabulary in this article: the lexicon's, a noun's ending, or written in lower case here. */
function isArticleNoun(w: string, ev: WordEvidence): boolean {
  return isOrdinaryWord(w) || (!isGivenName(w) && !isSurname(w) && (NOUN_ENDING.test(w) || ev.lowerCase(w)));
}

const PLACE_PARTS = /^(?:Bank|Coast|Side|End)$/;
/** Last words of names that are no party: events, credits, party members, product models. */
const NOT_PARTY_LAST_WORDS = [EVENT_WORDS, CREDIT_WORDS, PARTY_MEMBERS, MODEL_WORDS];

/** "Northwind said it would pay": the article speaks of the word as of a thing. */
function thingFirst(word: string, ev: WordEvidence): boolean {
  return (ev.thingCues.get(word) ?? 0) > (ev.personCues.get(word) ?? 0) && !isGivenName(word) && !isSurname(word);
}

/**
 * "NFC North", "Tempo Hybrid HR", "John Tarrant RRP": a word in capitals is no part of a person's name;
 * "League-leading Rovers", "Speedcheck.org Gauge": an adjective compound or a web address neither.
 * (A module function, not a closure in classifyRun: made per call, a closure costs more than its test.)
 */
function personShape(words: readonly string[]): boolean {
  return !words.some((w) => CAPITALS_WORD.test(w) || COMPOUND_OR_ADDRESS.test(w) || PRODUCT_CAPITALS.test(w));
}

/**
 * Whether the first word may open another name of a body: not a given name, a common word, a
 * maker a lexicon knows ("Toyota Hilux" is the product rule's), a place, a direction or a
 * person's surname, and
 * the name does not end in a place's head or a surname ("Carrow County", "Rhodri Vance").
 */
function bodyOpens(words: readonly string[], ev: WordEvidence): boolean {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (isGivenName(first) || isCommonWord(first) || isOrganizationName(first) || isPlaceName(first) || isCountry(first) || ev.places.has(first)) return false;
  // "Clinton Foundation" beside "Hilda Clinton": a person's surname opens no body's other names.
  if (DIRECTION_WORDS.has(first.toLowerCase()) || ev.namedPeople.has(first)) return false;
  return !isPlaceWord(last) && !isSurname(last);
}

function isInstitution(run: NameRun, lower: string): boolean {
  if (!THE_INSTITUTIONS.has(lower)) return INSTITUTIONS.has(lower);
  return !run.tokens[0]!.sentenceStart && run.before?.text === 'the' && run.tokens[0]!.gap === ' ';
}

/** Verbs that cannot follow a name's "'s" as "is" or "has": after them the name is a business's. */
const BUSINESS_AFTER = /^(?:was|is|has|had|were|will|would|posted|reported|reports)$/;
/** "IS an", "SO very": the words after a short word in capitals that make it emphasis, not a name. */
const EMPHASIS_AFTER = /^(?:a|an|the|not|no|so|very|really|just|also|still|never|always|that|it)$/;
const PLURAL_ACRONYM = /^\p{Lu}{2,6}s$/u;
/** The United States' postal codes of states and the capital's district. */
const US_STATE_CODES: ReadonlySet<string> = new Set(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC`.split(' '));

/** "S.C.", "N.M.", "D.C.": two dotted initials. */
const STATE_INITIALS = /^\p{Lu}\.\p{Lu}\.$/u;

/**
 * A title makes a person of a name, not of a body or a place ("President, Ascom North America",
 * "Secretary, Department of Health").
 */
function titledPerson(words: readonly string[], whole: string): boolean {
  if (isPlaceName(whole) || ACRONYM.test(whole) || words.some((w) => isOrgWord(w))) return false;
  return !(words.length > 2 && isPlaceName(words.slice(-2).join(' ')));
}

function lexiconKind(whole: string): Verdict {
  const lower = whole.toLowerCase();
  const canonical = CANONICAL[lower];
  if (canonical) return PLACE_ACRONYMS.has(lower) || isCountry(canonical) || /^United (?:States|Kingdom|Arab)/.test(canonical) ? 'place' : 'organization';
  if (NEWS_AGENCIES.has(lower) || isOrganizationName(whole)) return 'organization';
  if (isPlaceName(whole)) return 'place';
  return null;
}

/** Common vocabulary that is no given name or surname ("Foreign", "Comes"). */
function isOrdinaryWord(w: string): boolean {
  return isCommonWord(w) && !isGivenName(w) && !isSurname(w);
}

export function classifyRun(run: NameRun, ev: WordEvidence): Verdict {
  const words = run.tokens.map((t) => t.text);
  const whole = run.text;
  const lower = whole.toLowerCase();
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const lastLower = last.toLowerCase();
  if (NOT_PARTIES.has(lower) || (words.length === 1 && ORG_SUFFIX.test(first))) return null;
  // "after the parade The mayor's aide" (a stop lost in the text): a lone article or pronoun is no name.
  if (words.length === 1 && LOWER_LETTER.test(first) && isFunctionWord(first) && !isGivenName(first) && !isSurname(first) && !isPlaceName(first) && !isOrganizationName(first)) return null;
  // "US-China", "Franco-German": two places joined are a relation between them.
  if (words.length === 1 && first.includes('-') && first.split('-').every((part) => isPlaceName(part) || isCountry(part) || CANONICAL[part.toLowerCase()] !== undefined)) return null;
  // "Interestingly, the fans...": an adverb opening a sentence, not a name.
  if (words.length === 1 && run.tokens[0]!.sentenceStart && /ly$/.test(first) && /^,/.test(run.after?.gap ?? '') && !isGivenName(first) && !isSurname(first) && !isPlaceName(first)) return null;
  // "Rival Tandy's was also lower", "Tandy's reported": a verb right after the 's, which no
  // contraction allows ("Tandy's is" is not "Tandy is is"), names a business by its shop sign.
  if (words.length === 1 && run.tokens[0]!.possessive && BUSINESS_AFTER.test(run.after?.text ?? '') && run.after?.gap === ' ' && !ev.namedPeople.has(first)) return 'organization';
  // "Cabinet Room", "Situation Room": a room, not the body that meets in it.
  if (words.length > 1 && lastLower === 'room') return null;
  // "@RuthAlder", "#CleanRivers": a handle or a hashtag, not a name in a sentence.
  if (/[@#]$/.test(run.tokens[0]!.gap)) return null;
  // "New Carrow State Attorney General", "County Sheriff": an office without the name of who holds it.
  if (words.length > 1 && ROLE_NOUNS.has(lastLower) && !NOT_OFFICE_ROLES.has(lastLower)) return null;
  // Events, photo credits ("Getty Images"), party members ("Carrow Democrats"), models ("MacBook Pro", "Vexo Pros").
  if (words.length > 1 && (NOT_PARTY_LAST_WORDS.some((list) => list.has(lastLower)) || MODEL_WORDS.has(lastLower.endsWith('s') ? lastLower.slice(0, -1) : lastLower))) return null;
  if (words.length > 1 && (isDemonym(last) || ev.demonyms.has(last))) return null; // "Hardline Iranian" (officials): an adjective phrase
  if (words.length === 1 && ev.demonyms.has(first)) return null;
  // "Halvorsen North America", "Halvorsen Capital Markets" beside "Halvorsen Engineering" (or
  // "Halvorsen said its"): a body's name opens another of its bodies, not a person's; a title before such a
  // name ("President Halvorsen North America") is a post in the body.
  // (A maker a lexicon knows is left to the product rule below: "Toyota Hilux".)
  if (words.length > 1 && !run.honorific && (ev.bodies.has(first) || thingFirst(first, ev)) && bodyOpens(words, ev) && (!lexiconKind(whole) || ev.companies.has(whole))) return 'organization';
  // "Head of Market Research": a title before common nouns names an office, not a person.
  if (run.honorific || (run.title && titledPerson(words, whole) && !words.every((w) => isArticleNoun(w, ev)))) return 'person';
  // "Columbia, S.C.", "Santa Fe, N.M.": a state's dotted initials after a town.
  // "Carrow, DC", "Dunmore, MD": a state's postal code after a town and a comma.
  if (words.length === 1 && (STATE_INITIALS.test(first) || US_STATE_CODES.has(first)) && run.tokens[0]!.gap === ', ' && run.before?.cap) return 'place';
  // "President", "Speaker" alone: a post, named by no name ("the President's health").
  if (words.length === 1 && ROLE_NOUNS.has(lower) && !isSurname(first) && !ev.people.has(first)) return null;
  // "DSPs", "CPMs", "ICUs": an acronym in the plural counts things, not a body.
  if (words.length === 1 && PLURAL_ACRONYM.test(first) && !isOrganizationName(first)) return null;
  // "Vantree told me" after "Orla Vantree": a word of a full personal name is that person, before
  // any lexicon or pronoun cue ("Ford" is a maker too; "Weeks’ family ... its relief").
  // "Northwind said it would pay" after "Northwind Offshore" is still the firm (classifySingle).
  if (words.length === 1 && ev.people.has(first) && (ev.namedPeople.has(first) || !thingFirst(first, ev)) && !isPlaceName(first) && !ev.bodies.has(first) && !CAPITALS_WORD.test(first)) return 'person';
  const known = lexiconKind(whole);
  if (known) return known;
  if (words.length === 1 && ev.places.has(first)) return 'place';
  // "Transport Canada", "Statistics Norway": a portfolio noun before a country is an agency.
  if (words.length === 2 && PORTFOLIO_WORDS.has(first.toLowerCase()) && (isCountry(last) || isPlaceName(last) || ev.places.has(last))) return 'organization';
  // "Toyota Hilux", "Boeing Dreamliner": a maker's name before another word is a product, not a person.
  if (words.length >= 2 && isOrganizationName(first) && !isGivenName(first) && !isOrgWord(last) && !isPlaceName(last)) return null;
  // "Congress voted", "a vote in the Senate", "impeached by the House": a legislature by its one word.
  if (words.length === 1 && isInstitution(run, lower)) return 'organization';
  if (words.length === 1 && isOrgWord(first)) return null; // "Ministry", "Union" alone: a common noun
  // "West Bank", "East End": a direction and a shore or quarter name a place, not a bank.
  if (words.length === 2 && DIRECTION_WORDS.has(first.toLowerCase()) && PLACE_PARTS.test(last)) return 'place';
  // "Carrow Post-Courier": the head noun may be the last part of a compound.
  if (words.some((w) => isOrgWord(w)) || ORG_SUFFIX.test(last) || isOrgWord(last.slice(last.lastIndexOf('-') + 1))) return 'organization';
  if (words.length > 1 && (isPlaceWord(first) || isPlaceWord(last) || DIRECTION_WORDS.has(first.toLowerCase()))) return 'place';
  if (words.length === 1 && ev.spelledOut.has(first)) return null;
  // "there IS a bar", "it is SO good": a short word shouted, not an acronym.
  if (words.length === 1 && first.length === 2 && CAPITALS_WORD.test(first) && isFunctionWord(lower) && CANONICAL[lower] === undefined && EMPHASIS_AFTER.test(run.after?.text ?? '')) return null;
  if (words.length === 1 && ACRONYM.test(first)) return NOT_ORG_ACRONYMS.has(lower) || isShouted(first) ? null : 'organization';
  // A given name first makes a person only of a name shaped like one (personShape).
  if (words.length > 1 && isGivenName(first) && !isPlaceName(first) && personShape(words)) return 'person';
  if (words.length > 1 && (isPlaceName(first) || isCountry(last) || isPlaceName(last))) return 'place';
  if (words.length > 1 && isSurname(last) && personShape(words)) return 'person';
  if (words.length === 1) return classifySingle(run, ev);
  // News names most unknown multi-word runs after people ("Abbas Araghchi").
  // ...but not a heading that opens on an ordinary word ("Foreign Affairs", "Comes Next").
  // "Northwind Offshore" when the article says "Northwind said it would pay": a company.
  if ((ev.thingCues.get(first) ?? 0) > (ev.personCues.get(first) ?? 0) && !isGivenName(first)) return 'organization';
  // ...nor a thing named by an ordinary noun ("Flood Prevention", "Orbit Clipper", "U.S. Market").
  if (words.length <= 4 && !words.some((w) => /\d/.test(w)) && !words.slice(0, -1).some((w) => isArticleNoun(w, ev)) && !isNounLast(last, ev) && personShape(words)) return 'person';
  return null;
}

/** "Zairean", "Czechoslovak", "Basques": people of a place, which CoNLL and readers do not count as parties. */
const DEMONYM_SHAPE = /(?:ean|ian|ese|ish|oslovak|ans|ians|eans)$/;
/** "Bre-X", "PaineWebber": hyphenated or inner capitals mark a brand or company. */
const BRAND_SHAPE = /^\p{Lu}[\p{L}\d]*-\p{Lu}[\p{L}\d]*$|^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u;

const MIN_CUES_UNKNOWN_WORD = 2;

function classifySingle(run: NameRun, ev: WordEvidence): Verdict {
  const w = run.text;
  if (DEMONYM_SHAPE.test(w) && !isGivenName(w) && !isSurname(w) && !isPlaceName(w) && !ev.people.has(w)) return null;
  // "PaineWebber said its": a firm; "AirPods", "MagSafe" with nothing said of them: a product.
  // "V-Pad", "Lions-Hawks" (a match) with nothing said of them neither: a product or two names joined.
  if (BRAND_SHAPE.test(w) && !ev.people.has(w)) return !ev.bodies.has(w) && (ev.thingCues.get(w) ?? 0) === 0 ? null : 'organization';
  // "Halvorsen said" after "Halvorsen Engineering": the firm's short name.
  if (ev.bodies.has(w) && !ev.people.has(w) && !isGivenName(w)) return 'organization';
  const person = ev.personCues.get(w) ?? 0;
  const thing = ev.thingCues.get(w) ?? 0;
  // "Northwind said it would pay": the company, even if its full name looked like a person's.
  if (thing > person && !isGivenName(w) && !isSurname(w)) return 'organization';
  if (ev.people.has(w)) return 'person';
  const reading = singleReading(run, ev, person, thing);
  // "the Thunder", "Brexit ... he said": a pronoun nearby does not make a common noun a person
  // nor a place. Asked last: whether the article writes the word in lower case reads the text.
  if ((reading === 'person' || reading === 'place') && isArticleNoun(w, ev)) return thing > 0 ? 'organization' : null;
  return reading;
}

/** The cues' reading of a lone word no list settles, before asking whether it is a common noun. */
function singleReading(run: NameRun, ev: WordEvidence, person: number, thing: number): Verdict {
  const w = run.text;
  // One "he" nearby is weak for a word no list knows as a name ("Brexit ... he responded").
  if (person > thing && (person >= MIN_CUES_UNKNOWN_WORD || isGivenName(w) || isSurname(w))) return 'person';
  // "in Kingston" somewhere in the article: the place, before the surname reading.
  if ((ev.placeCues.get(w) ?? 0) > 0 && person === 0) return 'place';
  if (isGivenName(w) || isSurname(w)) return 'person';
  if (PLACE_OF.test(run.preceding)) return 'place';
  const before = run.before?.text ?? '';
  if (PLACE_PREPOSITIONS.test(before) && run.before?.gap !== undefined) return 'place';
  if (thing > 0) return 'organization';
  return null;
}
