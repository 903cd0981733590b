/**
 * Head nouns that make a capitalised name a body, not a person: "Northgate Chamber of Commerce",
 * "Maritime and Harbour Workers Union", "General Hospital", "Halvorsen Engineering", "Meridian Wire". Shared by the quote finder (which
 * must not take "she" for a hospital) and the party rules. Kept as data, lower-case.
 */
import { memoByWord } from './word-memo.js';

const ORGANISATION_HEADS: ReadonlySet<string> = new Set(
  `association authority agency agencies party committee subcommittee department ministry university
council company corporation corp inc ltd plc llc times post news journal campaign institute institution
foundation bank court house service services office union network group board commission center centre
organisation organization federation confederation league club church police army navy force forces
administration senate congress parliament assembly coalition alliance fund trust society press herald
tribune telegraph guardian gazette chronicle reuters watch chamber hospital clinic school college academy
polytechnic museum library bureau directorate secretariat inspectorate tribunal cabinet commission
syndicate guild cooperative co-operative consortium brotherhood fraternity sorority orchestra
infirmary charity
engineering capital motors wire wires newswire partners ventures labs laboratories technologies logistics
solutions consulting consultants media studios airways aerospace pharma therapeutics robotics dynamics
construction builders contractors realty insurance securities investments enterprises manufacturing
automotive utilities`.split(/\s+/),
);

/** Asked of every word of every name by both the quote finder and the parties: remembered. */
export const isOrganisationHead = memoByWord((word: string): boolean => {
  const w = word.toLowerCase().replace(/[.’']s?$/, '');
  // Plural heads name bodies too: "Friends of Riverside Libraries", "Northgate Industries".
  return ORGANISATION_HEADS.has(w) || (w.endsWith('ies') && ORGANISATION_HEADS.has(`${w.slice(0, -3)}y`)) || (w.endsWith('s') && ORGANISATION_HEADS.has(w.slice(0, -1)));
});

/** The last word of a name is an organisation head ("General Hospital", "Workers Union"). */
export function endsInOrganisationHead(name: string): boolean {
  const last = name.trim().split(/\s+/).at(-1);
  return !!last && /^\p{Lu}/u.test(last) && isOrganisationHead(last);
}
