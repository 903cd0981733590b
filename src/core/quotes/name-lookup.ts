/**
 * Fast questions about the names of one article, built once per text so that resolving every
 * quote stays linear on long pages (a live blog can hold thousands of names):
 * which full name a surname stands for, a person's gender and title, whether a name is a body.
 */
import type { Gender } from '../text/first-names.js';
import type { NameMention } from './name-index.js';

export interface NameLookup {
  readonly names: readonly NameMention[];
  /** "Pezeshkian" -> "Masoud Pezeshkian": the full name given nearest before `at`, else the first after. */
  expand(surname: string, at: number): string | null;
  /** Like `expand`, but only a full name given before `at` ("President Obama" is not the Michelle Obama named later). */
  expandBefore(surname: string, at: number): string | null;
  /** "Trump" -> "Melania Trump" or "Donald Trump": the bearer of that gender given nearest before `at`. */
  expandAs(surname: string, at: number, gender: Gender): string | null;
  gender(name: string): Gender;
  title(name: string): string | null;
  isOrganization(name: string): boolean;
  /** Index of the first name at or after `at` (names are in text order). */
  indexAt(at: number): number;
}

/** A family role: such a person is named by the given name, the bare surname is the relative's. */
const RELATIVE = /\b(?:wife|husband|son|daughter|father|mother|brother|sister|niece|nephew|cousin|uncle|aunt|widow|widower|grandson|granddaughter|grandmother|grandfather|stepson|stepdaughter|fiancee?)\b/i;

type FullNames = Array<{ start: number; name: string; relative: boolean }>;

/**
 * For each surname, who it stood for the first time the article wrote it alone (no title, no
 * description, not "the younger Jordan" nor "the Trump campaign"): `at` is that mention.
 */
function surnameOwners(names: readonly NameMention[], full: ReadonlyMap<string, FullNames>, nearest: (list: FullNames, at: number) => string | null): Map<string, { name: string; at: number }> {
  const owners = new Map<string, { name: string; at: number }>();
  for (const n of names) {
    if (n.isOrganization || n.title || n.modifier || n.determined || n.name.includes(' ') || owners.has(n.name)) continue;
    const list = full.get(n.name);
    const name = list ? nearest(list, n.start) : null;
    if (name) owners.set(n.name, { name, at: n.start });
  }
  return owners;
}

export function buildNameLookup(names: readonly NameMention[]): NameLookup {
  const full = new Map<string, FullNames>();
  const genders = new Map<string, Gender>();
  const titles = new Map<string, string>();
  const bodies = new Set<string>();
  for (const n of names) {
    if (n.isOrganization) { bodies.add(n.name); continue; }
    const words = n.name.split(' ');
    const relative = !!n.title && RELATIVE.test(n.title);
    // "Maria Okafor of Lindia" also answers for "Okafor": cut the run after the surname.
    // Words after "of" are a place or a body ("Advocates of Kansas"): "Kansas" is nobody's surname.
    const of = words.findIndex((w) => /^(?:of|for|the)$/.test(w));
    for (let k = 1; k < (of < 0 ? words.length : of); k++) {
      const list = full.get(words[k]!) ?? [];
      list.push({ start: n.start, name: words.slice(0, k + 1).join(' '), relative });
      full.set(words[k]!, list);
    }
    if (n.gender) {
      if (!genders.has(n.name)) genders.set(n.name, n.gender);
      // A surname borne by a man and a woman ("Victor and Marta Hale") tells no gender alone.
      const surname = words.at(-1)!;
      if (!genders.has(surname)) genders.set(surname, n.gender);
      else if (genders.get(surname) !== n.gender) genders.set(surname, null);
    }
    if (n.title && !titles.has(n.name)) titles.set(n.name, n.title);
  }
  /** The full name a surname stood for nearest before `at` (the article's own people before relatives). */
  const nearest = (list: FullNames, at: number): string | null => {
    let best: string | null = null;
    let bestOwn: string | null = null;
    for (const e of list) {
      if (e.start >= at) break;
      best = e.name;
      if (!e.relative) bestOwn = e.name;
    }
    // "Hale's son, Eric Hale" is "Eric" to the article; plain "Hale" stays the other Hale.
    return bestOwn ?? best;
  };
  const owners = surnameOwners(names, full, nearest);
  return {
    names,
    expand(surname, at) {
      const list = full.get(surname);
      if (!list) return null;
      // News style: once a bare surname stands for somebody, it keeps standing for them; a
      // relative or namesake met later is written in full ("Louis Jordan ... Jordan said ...
      // his father, Frank Jordan, ... Jordan said" is still Louis).
      const owner = owners.get(surname);
      if (owner && owner.at < at) return owner.name;
      return nearest(list, at) ?? list[0]!.name;
    },
    expandBefore(surname, at) {
      const list = full.get(surname);
      return list && list[0]!.start < at ? this.expand(surname, at) : null;
    },
    expandAs(surname, at, gender) {
      let best: string | null = null;
      for (const e of full.get(surname) ?? []) {
        if (e.start >= at) break;
        if (e.name.split(' ').length === 2 && genders.get(e.name) === gender) best = e.name;
      }
      return best;
    },
    // A bare surname borrows the gender of its bearers; a full name has its own ("Ivy Marsh" is
    // not a man because "Donald Marsh" is).
    gender: (name) => genders.get(name) ?? null,
    title: (name) => titles.get(name) ?? null,
    isOrganization: (name) => bodies.has(name),
    indexAt(at) {
      let lo = 0;
      let hi = names.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (names[mid]!.start < at) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}
