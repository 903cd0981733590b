/**
 * Every mention of a named party, typed: name runs classified one by one, then made
 * consistent across the article (one surface form, one kind), plus demonyms counted for their
 * country ("Iranian officials" -> Iran) and headline words in capitals matched to known names.
 */
import type { PartyKind } from '../types.js';
import { acronymExpansions } from './acronym-expansions.js';
import { ORG_SUFFIX, classifyRun, type Verdict, type WordEvidence } from './classify.js';
import { contextVerdict } from './context-cues.js';
import { creditRanges, inRanges } from './credit-lines.js';
import { isCommonWord, isCountry, isGivenName, isNounWord, isOrgWord, isOrganizationName, isPlaceName, isSurname } from './lexicon.js';
import { nameRuns, type NameRun } from './name-runs.js';
import { countryOfDemonym, isDemonym } from './place-aliases.js';
import { thingUses } from './thing-uses.js';
import { tokenize, type Token } from './tokens.js';
import { SCORE_AFTER, SCORE_LINE, isScoreLine, lineOf } from './score-lines.js';
import { writtenInLowerCase } from '../text/written-words.js';
import { matchAllFromCapitals } from '../text/capital-matches.js';
import { lettersAreAscii } from '../text/ascii-letters.js';
import { ASCII_DEMONYM_SHAPED, DEMONYM_SHAPED, demonymForms } from './demonym-shapes.js';

export interface Mention {
  text: string;
  start: number;
  end: number;
  kind: PartyKind;
  /** A demonym standing for its country: counted for the party, not a name in itself. */
  demonymOf: string | null;
  run: NameRun | null;
}

function majorityKinds(runs: NameRun[], verdicts: Array<PartyKind | null>): Map<string, PartyKind> {
  const votes = new Map<string, Map<PartyKind, number>>();
  runs.forEach((r, i) => {
    const v = verdicts[i];
    if (!v) return;
    const m = votes.get(r.text) ?? new Map<PartyKind, number>();
    // A title or honorific is near-certain; let it outvote guesses.
    m.set(v, (m.get(v) ?? 0) + (r.title || r.honorific ? 3 : 1));
    votes.set(r.text, m);
  });
  const out = new Map<string, PartyKind>();
  for (const [text, m] of votes) out.set(text, [...m].sort((a, b) => b[1] - a[1])[0]![0]);
  return out;
}

/** An article or possessive right before a name, with an adjective a product takes ("the new"). */
const ARTICLE_BEFORE = /(?:^|\s)(?:the|a|an|its|our|your|their|this|that|these|those)\s+(?:(?:new|latest|newest|old|original|upcoming|next|same|entire|whole|standard|base)\s+)?$/i;
const WORD_AFTER = /^\s+([\p{Ll}’'-]+)/u;

/**
 * People are not "the MacBook Pro", "the Thunder", "the Orbit Clipper": a name the article
 * mostly writes after an article, not as a modifier ("the Biden administration"), is a thing or a
 * team. Returns the names read as people that are such things.
 */
function thingNames(text: string, runs: readonly NameRun[], kinds: ReadonlyMap<string, PartyKind>): string[] {
  const counts = new Map<string, { all: number; thing: number; titled: boolean }>();
  for (const r of runs) {
    if (kinds.get(r.text) !== 'person') continue;
    const c = counts.get(r.text) ?? { all: 0, thing: 0, titled: false };
    c.all++;
    c.titled ||= !!(r.title || r.honorific);
    // The word after is read only for a name after an article (most names have none).
    if (ARTICLE_BEFORE.test(text.slice(Math.max(0, r.start - 20), r.start))) {
      const after = WORD_AFTER.exec(text.slice(r.end, r.end + 30))?.[1];
      if (!(after && isNounWord(after))) c.thing++;
    }
    counts.set(r.text, c);
  }
  return [...counts].filter(([, c]) => !c.titled && c.thing * 2 >= c.all && c.thing > 0).map(([name]) => name);
}

export function findMentions(text: string): Mention[] {
  const tokens = tokenize(text);
  const credits = creditRanges(text);
  const found = nameRuns(text, tokens).filter((r) => !inRanges(r.start, credits));
  const named = capitalisesNouns(text) ? found.map(strictRun).filter((r): r is NameRun => r !== null) : found;
  // "Brindle CEO Jack Marlow": Brindle is a body of the story too (name-runs.ts finds it).
  const bodies = new Set<NameRun>();
  for (const r of named) if (r.body) bodies.add(bodyRun(text, r.body, r));
  const runs = bodies.size ? [...named, ...bodies].sort((x, y) => x.start - y.start) : named;
  const ev = gatherEvidence(text, runs);
  const forced = new Set<NameRun>(bodies);
  const verdicts = runs.map((r) => {
    if (bodies.has(r)) return 'organization';
    // "edged Rhys Tallow 7-6" ("Tallow said he..."): a person's name before a score is a player, not a team.
    // (The score line first: it fails on its first characters for nearly every name.)
    if (isScoreLine(text, r) && !playerName(r, ev)) { forced.add(r); return 'organization'; }
    const cue = contextVerdict(text, r);
    return cue !== undefined ? cue : classifyRun(r, ev);
  });
  const kinds = majorityKinds(runs, verdicts);
  for (const name of thingNames(text, runs, kinds)) kinds.delete(name);
  // "the Orbit 3 mission", “Starfall” (a show), "10:45 QST": names written as things (thing-uses.ts).
  for (const name of thingUses(text, runs, kinds, forced)) kinds.delete(name);
  const out: Mention[] = [];
  runs.forEach((r) => {
    const kind = kinds.get(r.text);
    if (kind && !isDemonym(r.text)) out.push({ text: r.text, start: r.start, end: r.end, kind, demonymOf: null, run: r });
  });
  const inNames = runs.filter((r) => !isDemonym(r.text) && !ev.demonyms.has(r.text)).map((r) => [r.start, r.end] as [number, number]);
  out.push(...demonymMentions(tokens, [...credits, ...inNames], ev.demonyms));
  out.push(...capsLineMentions(text, tokens, kinds));
  return out.sort((a, b) => a.start - b.start);
}

/** The last word of the name is a person's: named with a given name or title, or "he"/"she" after it alone. */
function playerName(r: NameRun, ev: WordEvidence): boolean {
  const last = r.tokens[r.tokens.length - 1]!.text;
  return ev.namedPeople.has(last) || (ev.personCues.get(last) ?? 0) > (ev.thingCues.get(last) ?? 0);
}

/** The run of a body's name glued before a post in `holder`'s run. */
function bodyRun(text: string, tokens: Token[], holder: NameRun): NameRun {
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  return { tokens, start, end, text: text.slice(start, end), title: null, honorific: null, before: holder.before, after: undefined, preceding: text.slice(Math.max(0, start - 40), start), body: undefined };
}

const GERMAN_WORDS = /\b(?:der|die|das|und|nicht|ist|mit|für|von|den|dem|des|ein|eine|auf|sich|zu|wird|werden)\b/g;
const ENGLISH_WORDS = /\b(?:the|and|of|to|is|that|for|with|was|on)\b/g;

/**
 * German writes every noun with a capital ("Der Stadtrat", "Tempo der Radfahrer"): there,
 * capitals alone say nothing about names.
 */
function capitalisesNouns(text: string): boolean {
  const german = text.match(GERMAN_WORDS)?.length ?? 0;
  // English words are counted only when there are German ones to weigh (an English text has thousands).
  if (german < 5) return false;
  const english = text.match(ENGLISH_WORDS)?.length ?? 0;
  return german > 2 * english;
}

/**
 * In such text a run counts only when a lexicon vouches for it: a known place or body, an
 * organisation's head word, or a person's given name or surname ending it ("Dessen Vorsitzender
 * Matthias Ebeling" -> Matthias Ebeling, role "Dessen Vorsitzender" trimmed to "Vorsitzender").
 */
function strictRun(r: NameRun): NameRun | null {
  const words = r.tokens.map((t) => t.text);
  if (isPlaceName(r.text) || isOrganizationName(r.text) || r.honorific) return r;
  if (words.some((w) => isOrgWord(w)) && words.length > 1) return r;
  const n = words.length;
  const person = n >= 2 && (isSurname(words[n - 1]!) || isGivenName(words[n - 2]!)) && !isCommonWord(words[n - 1]!);
  if (!person) return null;
  const tokens = r.tokens.slice(n - 2);
  const title = n > 2 ? r.tokens[n - 3]!.text : r.title;
  return {
    ...r, tokens, start: tokens[0]!.start, end: tokens[1]!.end, text: `${tokens[0]!.text} ${tokens[1]!.text}`,
    title, before: r.tokens[n - 3] ?? r.before,
  };
}

function demonymMentions(tokens: readonly Token[], credits: Array<[number, number]>, local: ReadonlyMap<string, string>): Mention[] {
  const out: Mention[] = [];
  for (const t of tokens) {
    if (!t.cap || t.capsLine || (!isDemonym(t.text) && !local.has(t.text)) || inRanges(t.start, credits)) continue;
    const country = local.get(t.text) ?? countryOfDemonym(t.text);
    if (country) out.push({ text: t.text, start: t.start, end: t.end, kind: 'place', demonymOf: country, run: null });
  }
  return out;
}

/** "LONDON 1996-12-06", "BEIJING, Jan 5 -": the place a wire story was filed from. */
const DATELINE_AFTER = /^\s*(?:\d{4}-\d\d-\d\d|,?\s*\p{Lu}\p{L}{2,8}\.? \d{1,2}\b|\([^)]*\)\s*[-–—]|[-–—])/u;

const titleCase = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();

/** Headlines in capitals: only names the article also writes normally, or known countries. */
function capsLineMentions(text: string, tokens: readonly Token[], kinds: Map<string, PartyKind>): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capsLine) continue;
    for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
      const span = tokens.slice(i, i + n);
      if (span.some((t) => !t.capsLine) || span.slice(1).some((t) => t.gap !== ' ')) continue;
      const phrase = span.map((t) => (/\p{Ll}/u.test(t.text) ? t.text : titleCase(t.text))).join(' ');
      const atLineStart = span[0]!.sentenceStart && /(?:^|\n)\s*$/.test(text.slice(Math.max(0, span[0]!.start - 2), span[0]!.start));
      const dateline = atLineStart && !isCommonWord(phrase) && DATELINE_AFTER.test(text.slice(span[n - 1]!.end, span[n - 1]!.end + 16));
      const team = isPlaceName(phrase) && SCORE_AFTER.test(text.slice(span[n - 1]!.end, span[n - 1]!.end + 12)) && SCORE_LINE.test(lineOf(text, span[0]!.start));
      const kind = team ? 'organization' : kinds.get(phrase) ?? (isCountry(phrase) || isPlaceName(phrase) || dateline ? 'place' : undefined);
      if (!kind) continue;
      const start = span[0]!.start;
      const end = span[n - 1]!.end;
      out.push({ text: text.slice(start, end), start, end, kind, demonymOf: null, run: null });
      i += n - 1;
      break;
    }
  }
  return out;
}

/** A word in capitals that may abbreviate a name ("OLS", "MVA"). */
const ACRONYM_WORD = /^\p{Lu}{2,6}$/u;
// Not across a quote mark: after `"... Eastbrook floods," she said` "she" is the speaker.
const PERSON_CUE = /^[^.!?"“”]{0,60}?\b(?:he|his|him|she|her|himself|herself)\b/i;
/** "in Brantford", "outside Kingston": a word after these, not a possessive, reads as a place. */
const PLACE_CUE_BEFORE = /^(?:in|near|outside|across|throughout)$/;
const THING_CUE = /^[^.!?"“”]{0,60}?\b(?:its|it (?:would|will|has|had|is|was|said|says|plans|wants)|the company|the group|the firm|the bank|shares|said in a statement)\b/i;

/**
 * What the article says about its names: the words of full personal names ("Pezeshkian" of
 * "Masoud Pezeshkian"), and for lone words whether "he"/"she" or "its" follows them.
 */
function gatherEvidence(text: string, runs: readonly NameRun[]): WordEvidence {
  const people = new Set<string>();
  const namedPeople = new Set<string>();
  const { places, demonyms } = localPlaces(text, runs);
  const bodies = new Set<string>();
  // "the keyboard", "astronomy": in capitals too, a common noun of a thing's name (classify.ts).
  const asked = new Map<string, boolean>();
  const lowerCase = (word: string): boolean => {
    let found = asked.get(word);
    if (found === undefined) asked.set(word, (found = writtenInLowerCase(text, word.toLowerCase())));
    return found;
  };
  const companies = new Set<string>();
  const none: WordEvidence = { people, namedPeople, places, demonyms, bodies, companies, personCues: new Map(), thingCues: new Map(), placeCues: new Map(), lowerCase, spelledOut: new Map() };
  // "the new MacBook Pro Magic Keyboard": a thing's name lends its words to no person.
  const named = runs.filter((r) => r.tokens.length >= 2 && !ARTICLE_BEFORE.test(text.slice(Math.max(0, r.start - 20), r.start)));
  // A run of 2+ words reads the sets filled here only if its first word names a body (classify.ts):
  // one whose first word named none in either pass keeps the first pass's verdict, not classified again.
  const firstVerdicts: Verdict[] = [];
  const firstWasBody: boolean[] = [];
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < named.length; i++) {
      const r = named[i]!;
      const reuse = pass === 1 && !firstWasBody[i] && !bodies.has(r.tokens[0]!.text);
      const kind = reuse ? firstVerdicts[i]! : classifyRun(r, none);
      if (!pass) { firstVerdicts.push(kind); firstWasBody.push(bodies.has(r.tokens[0]!.text)); }
      if (kind === 'person') for (const t of r.tokens) if (t !== r.tokens[0] || pass) people.add(t.text);
      if (kind === 'person' && (r.title || r.honorific || isGivenName(r.tokens[0]!.text))) for (let k = 1; k < r.tokens.length; k++) namedPeople.add(r.tokens[k]!.text);
      if (kind === 'organization' && !pass) {
        bodies.add(r.tokens[0]!.text);
        // "Santa Rosa Mining Corp": "Santa Rosa" is then the company's short name, not only a town.
        if (ORG_SUFFIX.test(r.tokens[r.tokens.length - 1]!.text)) for (let k = 2; k < r.tokens.length; k++) companies.add(text.slice(r.start, r.tokens[k - 1]!.end));
      }
    }
  }
  const personCues = new Map<string, number>();
  const thingCues = new Map<string, number>();
  const placeCues = new Map<string, number>();
  const acronyms = new Set<string>();
  for (const r of runs) {
    if (r.tokens.length !== 1) continue;
    if (ACRONYM_WORD.test(r.text)) acronyms.add(r.text);
    const after = text.slice(r.end, r.end + 80);
    if (PERSON_CUE.test(after)) personCues.set(r.text, (personCues.get(r.text) ?? 0) + 1);
    if (THING_CUE.test(after)) thingCues.set(r.text, (thingCues.get(r.text) ?? 0) + 1);
    if (PLACE_CUE_BEFORE.test(r.before?.text ?? '') && !r.tokens[0]!.possessive && /^(?:[^\p{L}]|\s+\p{Ll})/u.test(after)) placeCues.set(r.text, (placeCues.get(r.text) ?? 0) + 1);
  }
  // "Orbital Lander System" beside "OLS": words that name no party make no party of their acronym
  // (acronym-expansions.ts); words that name one leave it to the usual rules and to grouping.
  const spelledOut = new Map<string, null>();
  for (const [acronym, r] of acronymExpansions(runs, acronyms)) if (classifyRun(r, none) === null) spelledOut.set(acronym, null);
  return { people, namedPeople, places, demonyms, bodies, companies, personCues, thingCues, placeCues, lowerCase, spelledOut };
}

/** "the capital, Tesk", "the port town of Alder": the word after names a place. */
const PLACE_NOUN_BEFORE = /\b(?:capital|city|town|village|port|province|region|island)(?:\s+of|,)?\s+(\p{Lu}\p{Ll}+)\b/gu;
/** "the Saltmarsh coast", "the Ardle valley": a lone name before a geography noun is a place. */
const PLACE_NOUN_AFTER = /\b[Tt]he\s+(\p{Lu}\p{Ll}+)\s+(?:coast|coastline|shore|valley|peninsula|estuary|delta|basin|highlands|lowlands|border|hinterland)\b/gu;

/**
 * Places no lexicon knows, shown by the article itself: a single name whose adjective it also
 * writes ("Varenia" and "Varenian officials"), or a name right after "the capital,".
 */
function localPlaces(text: string, runs: readonly NameRun[]): { places: Set<string>; demonyms: Map<string, string> } {
  const places = new Set<string>();
  const demonyms = new Map<string, string>();
  const capitalised = new Set<string>();
  for (const r of runs) for (const t of r.tokens) capitalised.add(t.text);
  // Where every letter is ASCII (text/ascii-letters.ts) a plain pattern finds the same words, faster.
  for (const m of lettersAreAscii(text) ? text.matchAll(ASCII_DEMONYM_SHAPED) : matchAllFromCapitals(text, DEMONYM_SHAPED)) capitalised.add(m[0]);
  // A name met again has the same adjective: its forms are built and looked up once per text.
  const formOf = new Map<string, string | undefined>();
  for (const r of runs) {
    if (r.tokens.length !== 1) continue;
    let form = formOf.get(r.text);
    if (form === undefined && !formOf.has(r.text)) {
      form = isGivenName(r.text) || isDemonym(r.text) ? undefined : demonymForms(r.text).find((d) => d !== r.text && capitalised.has(d) && !isGivenName(d) && !isSurname(d));
      formOf.set(r.text, form);
    }
    if (!form) continue;
    places.add(r.text);
    demonyms.set(form, r.text);
  }
  for (const re of [PLACE_NOUN_BEFORE, PLACE_NOUN_AFTER]) for (const m of text.matchAll(re)) if (!isCommonWord(m[1]!)) places.add(m[1]!);
  return { places, demonyms };
}
