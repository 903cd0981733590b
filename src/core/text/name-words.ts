/**
 * The words around names, listed once for every module (quotes, parties, sentences): honorifics,
 * dotted title abbreviations and what they stand for, the particles inside names (de, van, bin),
 * months and weekdays. Kept as data, lower-case; `wordAlternation` turns a list into a regex part.
 */
import { TITLE_ABBREVIATIONS } from './abbreviations.js';

const words = (s: string): readonly string[] => s.trim().split(/\s+/);

/** Honorifics: a person for sure, and not a role ("Mr Okafor", "Dame Ines"). */
export const HONORIFICS: ReadonlySet<string> = new Set(words('mr mrs ms miss mx dr sir dame lord lady'));

/** What a dotted title stands for, so "Sen. Alder" and "the senator" can meet. */
export const TITLE_ABBREVIATION_MEANING: Readonly<Record<string, string>> = {
  sen: 'senator', sens: 'senators', rep: 'representative', reps: 'representatives', gov: 'governor',
  gen: 'general', lt: 'lieutenant', col: 'colonel', maj: 'major', capt: 'captain', cpt: 'captain',
  cmdr: 'commander', sgt: 'sergeant', cpl: 'corporal', pvt: 'private', adm: 'admiral', prof: 'professor',
  dr: 'doctor', rev: 'reverend', fr: 'father', pres: 'president', supt: 'superintendent', insp: 'inspector',
  det: 'detective', amb: 'ambassador', sec: 'secretary', hon: 'honourable',
};

/** Dotted abbreviations written before a name ("Sen.", "Adm.", "Mr."): titles plus the saints and mounts of place names. */
export const NAME_ABBREVIATIONS: readonly string[] = [...TITLE_ABBREVIATIONS, 'sens', 'reps', 'mt', 'ft'];

/** Dotted abbreviations that are a person's title ("Sen.", "Adm.", "Mr."): not "St." (a saint or a street) nor "Jr.". */
export const PERSON_TITLE_ABBREVIATIONS: readonly string[] = NAME_ABBREVIATIONS.filter((w) => !/^(?:st|mt|ft|jr|sr|rt)$/.test(w));

/** Particles inside personal names: "Charles de Gaulle", "Ursula von der Leyen", "Mohammed bin Salman". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(words('de du des del della der den van von al bin la le da dos y'));

export const MONTHS: readonly string[] = words('january february march april may june july august september october november december');
export const WEEKDAYS: readonly string[] = words('monday tuesday wednesday thursday friday saturday sunday');
/** The abbreviations news writes for months and weekdays ("Jan.", "Sept.", "Thurs."). */
export const MONTH_ABBREVIATIONS: readonly string[] = words('jan feb mar apr jun jul aug sep sept oct nov dec');
export const WEEKDAY_ABBREVIATIONS: readonly string[] = words('mon tue tues wed thu thur thurs fri sat sun');

/** US state abbreviations of party tags and datelines ("Sen. Jon Tester (D-Mont.)", "Austin, Tex."). */
export const STATE_ABBREVIATIONS: readonly string[] = words(`calif mass mich fla ill pa va ga tenn ky ala ariz colo conn
ind kan la md minn mo mont neb nev okla ore tex vt wis wyo`);
/** Company suffixes written with a dot ("Northwind Co.", "Halden Ltd."). */
export const COMPANY_ABBREVIATIONS: readonly string[] = words('inc co corp ltd');

/** Months and weekdays, written out or abbreviated. */
export const DATE_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS, ...MONTH_ABBREVIATIONS, ...WEEKDAY_ABBREVIATIONS]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Mr|Mrs|Sen|...": a list as a regex alternation, longest first, capitalised when asked. */
export function wordAlternation(list: Iterable<string>, form: 'lower' | 'capitalised' = 'lower'): string {
  const all = [...new Set(list)].map((w) => (form === 'capitalised' ? capitalise(w) : w));
  return all.sort((a, b) => b.length - a.length).map(escape).join('|');
}
