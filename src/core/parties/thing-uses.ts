/**
 * Names the article uses as things, whatever their words look like: a number right after the
 * name ("the Orbit 3 mission", "Nova 20 graphics": a model, a version, a mission), the name
 * alone inside quote marks (the title of a show, a book or a song: “Starfall”), an acronym
 * right after a clock time ("10:45 QST": a time zone). A party is written bare most of the
 * time; a name the article writes this way at least half the time is none.
 */
import { isCommonWord, isCountry, isGivenName, isOrgWord, isOrganizationName, isPlaceName } from './lexicon.js';
import type { PartyKind } from '../types.js';
import type { NameRun } from './name-runs.js';

/**
 * " 3 mission", " 20 graphics", " 2 in 2026": a number of up to three digits, then a lower-case
 * word; not a score or a player's figures ("Rovers 2 Leeds 1", "Dario Venn 71 68"), nor a
 * broadcaster's channel that reports ("KVTA 7 reported").
 */
const NUMBER_AFTER = /^ \d{1,3} +(?!(?:said|says|reported|reports|told|announced)\b)\p{Ll}/u;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const SPACE = 32;
/** Quote marks that open a title, and those that close it (optionally after the sentence's stop). */
const OPENING_QUOTES = new Set(['“', '"', '‘', "'"]);
const CLOSING_AFTER = /^[.,!?]?[”"’'](?!\p{L})/u; // not a possessive: ‘Orla Vantree’s plan
/** "10:45", "9.45 am": a clock time right before. */
const CLOCK_BEFORE = /\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?$/i;
const CAPITALS_ONLY = /^\p{Lu}{2,5}$/u;

/** How the article writes one mention of a name: as a time zone, as a numbered or quoted thing, or bare. */
const enum Use { Bare, Numbered, Quoted, TimeZone }

function useOf(text: string, r: NameRun): Use {
  // Cheap char tests first: most names are followed by neither a digit nor a quote mark.
  const c1 = text.charCodeAt(r.end);
  const c2 = text.charCodeAt(r.end + 1);
  if (c1 === SPACE && c2 >= DIGIT_0 && c2 <= DIGIT_9 && NUMBER_AFTER.test(text.slice(r.end, r.end + 16))) return Use.Numbered;
  if (OPENING_QUOTES.has(text.charAt(r.start - 1)) && CLOSING_AFTER.test(text.slice(r.end, r.end + 2))) return Use.Quoted;
  return r.tokens.length === 1 && CAPITALS_ONLY.test(r.text) && CLOCK_BEFORE.test(r.preceding) ? Use.TimeZone : Use.Bare;
}

/** A given name first and no common word last ("Orla Vantree", not "Danny Boy"). */
function fullPersonalName(r: NameRun): boolean {
  return r.tokens.length >= 2 && isGivenName(r.tokens[0]!.text) && !isCommonWord(r.tokens[r.tokens.length - 1]!.text);
}

/**
 * The names (among `kinds`) the article writes as things at least half the time. Names a
 * lexicon knows as a body or a place keep their kind (a maker before its model's number), as
 * do people given a title; `forced` runs (a team on a results line) are not counted. A time
 * zone is one whatever a lexicon says of its letters.
 */
export function thingUses(text: string, runs: readonly NameRun[], kinds: ReadonlyMap<string, PartyKind>, forced: ReadonlySet<NameRun>): string[] {
  const counts = new Map<string, { all: number; thing: number; zone: boolean; titled: boolean }>();
  for (const r of runs) {
    const kind = kinds.get(r.text);
    if (!kind || forced.has(r)) continue;
    const c = counts.get(r.text) ?? { all: 0, thing: 0, zone: false, titled: false };
    c.all++;
    c.titled ||= !!(r.title || r.honorific);
    const use = useOf(text, r);
    // A number after a person or a place is their figures in sport ("Dario Venn 57 not out").
    // A person's full name in quote marks is still a person (‘Orla Vantree’ sung as a line).
    if ((use === Use.Quoted && !fullPersonalName(r)) || use === Use.TimeZone || (use === Use.Numbered && kind === 'organization')) c.thing++;
    c.zone ||= use === Use.TimeZone;
    counts.set(r.text, c);
  }
  const out: string[] = [];
  for (const [name, c] of counts) {
    if (c.thing === 0 || c.thing * 2 < c.all || c.titled) continue;
    // A body's head noun ends the name ("Halden Aviation 2"): numbered or not, a body.
    const known = isOrganizationName(name) || isPlaceName(name) || isCountry(name) || isOrgWord(name.slice(name.lastIndexOf(' ') + 1));
    if (!known || c.zone) out.push(name);
  }
  return out;
}
