/**
 * Mentions -> parties: "Pezeshkian" joins "Masoud Pezeshkian", "IAEA" joins "International Atomic
 * Energy Agency", "U.S." joins "United States", "Iranian" counts for Iran.
 */
import type { PartyKind } from '../types.js';
import type { Mention } from './mentions.js';
import { isOrganizationName } from './lexicon.js';
import { canonicalName } from './place-aliases.js';

/** The words a company's formal name ends with. */
const FORMAL_SUFFIX = / (?:Inc|Corp|Corporation|Co|Company|Ltd|Plc|LLC|AG|SA|NV|BV|Group|Holdings)\.?$/;

export interface PartyDraft {
  name: string;
  kind: PartyKind;
  mentions: Mention[];
  aliases: Set<string>;
}

const initials = (name: string) =>
  name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

const isAcronym = (s: string) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(s);

export function groupMentions(mentions: readonly Mention[], text: string): PartyDraft[] {
  const byKey = new Map<string, PartyDraft>();
  const add = (key: string, name: string, kind: PartyKind, m: Mention) => {
    // "HOME DEPOT" in a headline and "Home Depot" in the text are one party, named as the text writes it.
    let p = byKey.get(key.toLowerCase());
    if (!p) { p = { name, kind, mentions: [], aliases: new Set() }; byKey.set(key.toLowerCase(), p); }
    if (p.name !== name && !/\p{Ll}/u.test(p.name) && /\p{Ll}/u.test(name) && p.name.toLowerCase() === name.toLowerCase()) { p.aliases.add(p.name); p.name = name; }
    p.mentions.push(m);
    if (m.text !== p.name) p.aliases.add(m.text);
  };
  // Each word of a full personal name points at the first full name that holds it.
  const fullPeopleByWord = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.kind !== 'person' || !m.text.includes(' ')) continue;
    for (const w of m.text.split(' ')) if (!fullPeopleByWord.has(w)) fullPeopleByWord.set(w, m);
  }
  const orgs = mentions.filter((m) => m.kind === 'organization' && m.text.includes(' '));
  const firstAt = new Map<string, number>();
  for (const m of mentions) if (!firstAt.has(m.text)) firstAt.set(m.text, m.start);
  for (const m of mentions) {
    if (m.demonymOf) { add(`place:${m.demonymOf}`, m.demonymOf, 'place', m); continue; }
    if (m.kind === 'person') {
      const full = m.text.includes(' ') ? null : fullPeopleByWord.get(m.text);
      const name = full?.text ?? m.text;
      add(`person:${name}`, name, 'person', m);
      continue;
    }
    if (m.kind === 'place') {
      const name = canonicalName(m.text.replace(/^the\s+/i, ''));
      add(`place:${name}`, name, 'place', m);
      continue;
    }
    // "International Atomic Energy Agency (IAEA)": the acronym in brackets, or the initials.
    // "Northwind" for "Northwind Offshore": a single word opening exactly one longer body's name.
    // A body a lexicon knows joins only its formal name ("Boeing Co"), not its products. A full
    // name comes before its short form: one met only after it is a product ("Zorblax TV").
    const opening = !m.text.includes(' ') ? orgs.filter((o) => o.text.startsWith(`${m.text} `)) : [];
    const joins = opening.length > 0 && new Set(opening.map((o) => o.text)).size === 1 && opening[0]!.start < firstAt.get(m.text)!
      && (!isOrganizationName(m.text) || FORMAL_SUFFIX.test(opening[0]!.text));
    const long = isAcronym(m.text)
      ? orgs.find((o) => initials(o.text) === m.text.replace(/\./g, '') || text.slice(o.end, o.end + 2 + m.text.length + 1).includes(`(${m.text}`))
      : joins ? opening[0] : undefined;
    const name = canonicalName(long?.text ?? m.text);
    add(`organization:${name}`, name, 'organization', m);
  }
  // A person named only by a surname that later gets a full name is still one party.
  return [...byKey.values()];
}
