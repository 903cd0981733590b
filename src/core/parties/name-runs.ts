/**
 * Runs of capitalised words: the candidates for named parties. A run stops at punctuation, a
 * possessive or a lower-case word, so "Egypt, Oman, Pakistan, Qatar, Saudi Arabia and the UAE"
 * gives six runs. Joining words stay inside ("Bank of England"), sentence openers are dropped
 * ("The", "But"), titles are split off as a role ("President Masoud Pezeshkian").
 */
import { isWeakTitleWord } from '../quotes/titles.js';
import { HONORIFICS as HONORIFIC_WORDS, NAME_CONNECTORS, PERSON_TITLE_ABBREVIATIONS, wordAlternation } from '../text/name-words.js';
import { ROLE_NOUNS, TITLE_WORDS } from '../text/role-words.js';
import { memoByWord } from '../text/word-memo.js';
import { isCommonWord, isCountry, isDateWord, isFunctionWord, isGivenName, isOrgWord, isOrganizationName, isPlaceName, isPronoun, isSurname } from './lexicon.js';
import { CANONICAL, isDemonym } from './place-aliases.js';
import { AFFILIATIONS, BODY_POSTS, BODY_POSTS_AFTER, DIRECTION_WORDS, PORTFOLIO_WORDS } from './word-lists.js';
import type { Token } from './tokens.js';

export interface NameRun {
  tokens: Token[];
  start: number;
  end: number;
  text: string;
  /** Title words split off the front ("President", "Gov."), lower-case words of role before it. */
  title: string | null;
  honorific: string | null;
  before: Token | undefined;
  after: Token | undefined;
  /** Up to 40 characters of text before the run, for cues like "the city of". */
  preceding: string;
  /** The body whose post the title names, glued before it ("Brindle" of "Brindle CEO Jack Marlow"). */
  body?: Token[];
}

/** Words that join the parts of one name: particles ("de", "van") and a body's "of", "for", "&". */
const JOINERS = new RegExp(`^(?:${wordAlternation([...NAME_CONNECTORS, 'of', 'for', 'on', 'upon', '&'])})$`);
const HONORIFICS = new RegExp(`^(?:${wordAlternation(HONORIFIC_WORDS, 'capitalised')})\\.?$`);
const EXTRA_TITLES = new RegExp(`^(?:${wordAlternation(PERSON_TITLE_ABBREVIATIONS, 'capitalised')})\\.?$`);

function isCap(t: Token): boolean {
  return t.cap && !t.capsLine;
}

function isTitleToken(t: Token): boolean {
  return isTitleWord(t.text);
}
/** Asked of every token of every run: remembered per word (a replace and a lower-casing each time otherwise). */
const isTitleWord = memoByWord((text: string): boolean => {
  const w = text.replace(/\.$/, '').toLowerCase();
  return HONORIFICS.test(text) || EXTRA_TITLES.test(text) || ((TITLE_WORDS.has(w) || ROLE_NOUNS.has(w)) && !NOT_TITLES.has(w));
});
const NOT_TITLES: ReadonlySet<string> = new Set(['the', 'of', 'us', 'u.s.']);

/** A capitalised sentence opener that is an ordinary word ("The", "However", "Officials"). */
function isOpener(t: Token, next: Token | undefined): boolean {
  if (!t.sentenceStart && !isPronoun(t.text)) return false;
  const w = t.text;
  if (isGivenName(w) || isPlaceName(w) || isOrganizationName(w)) return false;
  if (isFunctionWord(w) || isPronoun(w)) return true;
  // "Follow-up observations", "Long-term plans": a hyphenated compound of ordinary words.
  if (w.includes('-') && w.split('-').every((part) => isCommonWord(part)) && !/-\p{Lu}/u.test(w)) return true;
  if (!isCommonWord(w) || isTitleToken(t) || DIRECTION_WORDS.has(w.toLowerCase())) return false;
  // "Van Der Beek": a particle after the word makes it part of a name.
  if (next && NAME_CONNECTORS.has(next.text.toLowerCase())) return false;
  // "Transport Canada said": a portfolio before a country names an agency, not an opener.
  if (next && PORTFOLIO_WORDS.has(w.toLowerCase()) && isPlaceName(next.text)) return false;
  // "Officials said" and "Industry Secretary Ian Lang" drop the opener; "New York" keeps it.
  return !next || !(isPlaceName(`${w} ${next.text}`) || isOrganizationName(`${w} ${next.text}`));
}

export function nameRuns(text: string, tokens: readonly Token[]): NameRun[] {
  const out: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i]!)) { i++; continue; }
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      const prev = tokens[j - 1]!;
      // "the Saltmarsh Fishermen's Cooperative": a possessive inside a body's name.
      if (prev.possessive && isCap(t) && t.gap.trim() === '' && pluralPossessor(prev.text) && possessiveBody(tokens, j)) { j++; continue; }
      if (prev.possessive || !/^ ?$/.test(t.gap)) break;
      if (isCap(t)) { j++; continue; }
      const next = tokens[j + 1];
      if (JOINERS.test(t.text) && next && isCap(next) && next.gap === ' ' && !isDateWord(next.text) && !placeAfterOn(t.text, next.text)) { j += 2; continue; }
      const joined = t.text === 'and' ? coordinatedBody(tokens, i, j) : 0;
      if (joined) { j = joined; continue; }
      break;
    }
    const run = buildRun(text, tokens, i, j);
    if (run) out.push(run);
    i = j;
  }
  return out;
}

/** "the West Division on Carrow": "on" before a known place starts a new phrase ("Council on Foreign Relations" joins). */
function placeAfterOn(joiner: string, next: string): boolean {
  return joiner === 'on' && (isPlaceName(next) || isCountry(next));
}

/** "Fishermen's", "Workers'", "Veterans'", "People's": a group in the plural owns the body, not a place or a person. */
function pluralPossessor(word: string): boolean {
  return /(?:men|ers|ors|ists|ans|ren|ents|ees)$|^People$/.test(word) && !isPlaceName(word) && !isGivenName(word) && !isOrganizationName(word);
}

/** Capitals from `from` on end, within three words, in an organisation's head noun ("Cooperative"). */
function possessiveBody(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 3; k++) {
    const t = tokens[k]!;
    if (!isCap(t) || (k > from && t.gap !== ' ') || (k > from && tokens[k - 1]!.possessive)) return false;
    if (isOrgWord(t.text) && !t.possessive) return true;
  }
  return false;
}

/**
 * "Maritime and Harbour Workers Union", "Food and Drug Administration": a word or two, "and",
 * then capitals ending in an organisation's head noun are one name. Places, people and bodies
 * on the left ("Egypt and the Arab League", "Smith and Jones Ltd" aside) keep their own runs.
 * Returns the end of the joined run, or 0.
 */
function coordinatedBody(tokens: readonly Token[], from: number, and: number): number {
  if (and - from > 2) return 0;
  const left = tokens.slice(from, and);
  if (left.some((t) => isPlaceName(t.text) || isGivenName(t.text) || isOrganizationName(t.text) || isOrgWord(t.text) || t.possessive)) return 0;
  let k = and + 1;
  while (k < tokens.length && isCap(tokens[k]!) && tokens[k]!.gap === ' ' && !tokens[k - 1]!.possessive) k++;
  if (k - (and + 1) < 2) return 0;
  return isOrgWord(tokens[k - 1]!.text) ? k : 0;
}

/** Words of an office's name after "of": "Foreign Affairs", "State", "the Interior", "Defence". */
function isOfficeWord(word: string): boolean {
  return JOINERS.test(word) || word === 'the' || (isCommonWord(word) && !isGivenName(word)) || isOrgWord(word) || isPlaceName(word) || isDemonym(word);
}

// The tests of buildRun's title loop on tokens[k..b) (module functions, not closures made per run).
function wholeIsName(text: string, tokens: readonly Token[], k: number, b: number): boolean {
  const t = text.slice(tokens[k]!.start, tokens[b - 1]!.end);
  // "Supreme Defence Council", "General Hospital": title words in front of a body's head noun name the body.
  return isPlaceName(t) || isOrganizationName(t) || (k + 1 < b && isOrgWord(tokens[b - 1]!.text));
}
// An unknown word shaped like a demonym ("Lindian") before a title is one too.
function demonymBeforeTitle(tokens: readonly Token[], k: number, b: number): boolean {
  return /(?:ian|ean|ese|ish|i)$/.test(tokens[k]!.text) && k + 1 < b - 1 && isTitleToken(tokens[k + 1]!);
}
function placeBeforeTitle(tokens: readonly Token[], k: number, b: number): boolean {
  return k + 1 < b - 1 && isTitleToken(tokens[k + 1]!) && (isPlaceName(tokens[k]!.text) || /^(?:\p{Lu}\.){2,}$/u.test(tokens[k]!.text));
}

/** "Don’t": an apostrophe right after the word, then the contraction (tested on the apostrophe first). */
function contractionAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (c === 0x27 || c === 0x2019) && CONTRACTION_AFTER.test(text.slice(end, end + 4));
}

/** "Orbitex Deep Sea Foods CEO": a body's name glued before a post is at most this long. */
const MAX_BODY_WORDS = 3;
/** An abbreviation in capitals before a name ("Rovers DL Tom Arkwright"): a position or a body, no part of the name. */
const SHORT_CAPITALS = /^\p{Lu}{2,5}$/u;
/** "Republican Ada Minton": capitalised as a party's word is (word-lists.ts holds the words). */
const isAffiliation = (word: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(word) && AFFILIATIONS.has(word.toLowerCase());
/** "I’ll", "We’re", "Don’t": a contraction is no name. */
const CONTRACTION_AFTER = /^['’](?:t|ll|re|ve|d|m)\b/;

/** A personal name of two or three words from `k` to `b`: a given name, or two words no lexicon calls common. */
function nameFrom(tokens: readonly Token[], k: number, b: number, givenOnly: boolean): boolean {
  if (b - k < 2 || b - k > 3) return false;
  const words = tokens.slice(k, b).map((t) => t.text);
  if (words.some((w) => isOrgWord(w) || SHORT_CAPITALS.test(w) || isPlaceName(w) || isCountry(w))) return false;
  if (isGivenName(words[0]!)) return true;
  return !givenOnly && words.every((w) => !isCommonWord(w) || isSurname(w) || isGivenName(w));
}

/**
 * Where a personal name glued after other capitals starts: "Lindtel CEO Mara Quist" (a title
 * word), "Rovers DL Tom Arkwright" (an abbreviation), "Republican Ada Minton" (a party),
 * "ambassador to Norland Wei Tanming" (a country). The words before are the role. `a` if none.
 */
function gluedNameStart(text: string, tokens: readonly Token[], a: number, b: number): number {
  if (b - a < 3) return a;
  const k = gluedCandidate(tokens, a, b);
  // A whole name of a place or body splits nowhere; asked last, only when a split was found
  // (it slices the run and asks the lexicon).
  return k === a || wholeIsName(text, tokens, a, b) ? a : k;
}

function gluedCandidate(tokens: readonly Token[], a: number, b: number): number {
  for (let k = Math.max(a + 1, b - 3); k <= b - 2; k++) {
    const prev = tokens[k - 1]!;
    const glue = isTitleToken(prev) || SHORT_CAPITALS.test(prev.text) || isAffiliation(prev.text);
    // After a post in a named body ("Orbitex CEO Hanno Vell") a name needs no given name a list knows.
    if (glue && nameFrom(tokens, k, b, !(k > a + 1 && bodyBefore(tokens, a, k - 1)))) return k;
    const place = isCountry(prev.text) || isPlaceName(prev.text) || CANONICAL[prev.text.toLowerCase()] !== undefined;
    if (k === a + 1 && place && !isGivenName(prev.text) && !isSurname(prev.text) && nameFrom(tokens, k, b, false)) return k;
  }
  return a;
}

/**
 * "Brindle CEO", "Orbitex Foods chairman": one to three capitalised words right before a post
 * held in a body (word-lists.ts) name that body, unless they are a place, a people, a party or
 * a title ("Ohio Gov.", "Republican"), or end on common vocabulary no body's head noun is.
 * Returns the body's tokens (from `a` to the post at `role`), or null.
 */
function bodyBefore(tokens: readonly Token[], a: number, role: number): Token[] | null {
  if (role - a < 1 || role - a > MAX_BODY_WORDS || !BODY_POSTS.has(tokens[role]!.text.toLowerCase())) return null;
  const body = tokens.slice(a, role);
  for (const t of body) {
    if (!isCap(t) || t.possessive || isTitleToken(t) || isDemonym(t.text) || isAffiliation(t.text) || isPlaceName(t.text) || isCountry(t.text) || CANONICAL[t.text.toLowerCase()] !== undefined) return null;
  }
  const last = body[body.length - 1]!.text;
  return isCommonWord(last) && !isOrgWord(last) && !isOrganizationName(last) ? null : body;
}


/** Tokens a..b name a body: a lexicon knows it, or a body's head noun is in it ("Committee", "House of ..."). */
function isBodyName(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  if (isOrganizationName(text.slice(tokens[a]!.start, tokens[b - 1]!.end))) return true;
  for (let k = a; k < b; k++) if (isOrgWord(tokens[k]!.text)) return true;
  return false;
}

/** "Ines Carvo of NASA", "Li Wen of Harbour Hospital": a person's name, then where they work. */
function personBeforeOf(tokens: readonly Token[], a: number, b: number): number {
  for (let j = a + 2; j < b - 1 && j <= a + 3; j++) {
    if (tokens[j]!.text === 'of' && nameFrom(tokens, a, j, false)) return j;
  }
  return b;
}

function buildRun(text: string, tokens: readonly Token[], from: number, to: number): NameRun | null {
  let a = from;
  let b = to;
  while (a < b && isOpener(tokens[a]!, a + 1 < b ? tokens[a + 1] : undefined)) a++;
  const titleTokens: Token[] = [];
  let honorific: string | null = null;
  // "Iranian President Masoud Pezeshkian": the demonym and the title are the role.
  // (The word tests first: wholeIsName slices the run and asks the lexicon, for every run else.)
  while (a < b - 1 && (isTitleToken(tokens[a]!) || isDemonym(tokens[a]!.text) || demonymBeforeTitle(tokens, a, b) || placeBeforeTitle(tokens, a, b)) && !wholeIsName(text, tokens, a, b)) {
    if (HONORIFICS.test(tokens[a]!.text)) honorific = tokens[a]!.text.replace('.', '');
    else titleTokens.push(tokens[a]!);
    a++;
  }
  // "Foreign Affairs": qualifiers alone ("Foreign", "Deputy") are no title; undo the split.
  if (titleTokens.length && !honorific && titleTokens.every((t) => isWeakTitleWord(t.text)) && !titleTokens.some((t) => isPlaceName(t.text))) {
    a -= titleTokens.length;
    titleTokens.length = 0;
  }
  let titleEnd = titleTokens.at(-1)?.end ?? 0;
  // "Minister of Foreign Affairs", "Secretary of State John Kerry": the words after "of" name
  // the office, not a person; a name may follow them.
  if (titleTokens.length && tokens[a]?.text === 'of') {
    let k = a + 1;
    while (k < b && isOfficeWord(tokens[k]!.text)) k++;
    if (b - k < 2) return null;
    titleEnd = tokens[k - 1]!.end;
    a = k;
  }
  const glued = titleTokens.length || honorific ? a : gluedNameStart(text, tokens, a, b);
  const body = glued > a + 1 ? bodyBefore(tokens, a, glued - 1) : null;
  if (glued > a) {
    titleTokens.push(...tokens.slice(a, glued));
    titleEnd = tokens[glued - 1]!.end;
    a = glued;
  }
  b = personBeforeOf(tokens, a, b);
  while (a < b && JOINERS.test(tokens[a]!.text)) a++;
  while (b > a && JOINERS.test(tokens[b - 1]!.text)) b--;
  while (b > a && (isDateWord(tokens[b - 1]!.text) || contractionAfter(text, tokens[b - 1]!.end))) b--;
  while (b > a && JOINERS.test(tokens[b - 1]!.text)) b--;
  // "the Carrow Assembly Speaker said": a post after a body's name; the body is the party.
  if (b - a >= 3 && BODY_POSTS_AFTER.has(tokens[b - 1]!.text.toLowerCase()) && !JOINERS.test(tokens[b - 2]!.text) && isBodyName(text, tokens, a, b - 1)) b--;
  if (a >= b) return null;
  const first = tokens[a]!;
  const last = tokens[b - 1]!;
  // A lone pronoun or date is never a party.
  if (a + 1 === b && (isPronoun(first.text) || isDateWord(first.text) || /['’](?:ll|re|ve|d|m)$/.test(first.text))) return null;
  return {
    tokens: tokens.slice(a, b),
    start: first.start,
    end: last.end,
    text: text.slice(first.start, last.end),
    title: titleTokens.length ? text.slice(titleTokens[0]!.start, titleEnd) : null,
    honorific,
    before: tokens[from - 1],
    after: tokens[to],
    preceding: text.slice(Math.max(0, first.start - 40), first.start),
    // Always present (undefined when none): runs of one shape keep the reads of their fields fast.
    body: body ?? undefined,
  };
}
