/**
 * Names that mean the same place or body: a reader wants "U.S." and "United States" as one
 * party. Short, hand-kept: only the forms news writes every day.
 */
import { allCountries, allDemonyms, isDemonymWord } from './lexicon.js';
import { memoByWord } from '../text/word-memo.js';

export const CANONICAL: Readonly<Record<string, string>> = {
  'u.s.': 'United States', 'u.s': 'United States', us: 'United States', usa: 'United States', 'u.s.a.': 'United States',
  america: 'United States', 'united states of america': 'United States', 'united states': 'United States',
  'u.k.': 'United Kingdom', uk: 'United Kingdom', britain: 'United Kingdom', 'great britain': 'United Kingdom',
  'united kingdom': 'United Kingdom', uae: 'United Arab Emirates', 'u.a.e.': 'United Arab Emirates',
  'united arab emirates': 'United Arab Emirates', 'u.n.': 'United Nations', 'u.n': 'United Nations', un: 'United Nations',
  'united nations': 'United Nations', eu: 'European Union', 'e.u.': 'European Union',
  'european union': 'European Union', ussr: 'Soviet Union', drc: 'Democratic Republic of Congo',
};

/** Places whose short form is an acronym, so the acronym rule must not call them organisations. */
export const PLACE_ACRONYMS: ReadonlySet<string> = new Set(['us', 'u.s.', 'u.s', 'usa', 'uk', 'u.k.', 'uae', 'u.a.e.', 'drc']);

export function canonicalName(name: string): string {
  return CANONICAL[name.toLowerCase()] ?? name;
}

const DEMONYM_EXCEPTIONS: Readonly<Record<string, string>> = {
  american: 'United States', british: 'United Kingdom', brit: 'United Kingdom', english: 'England',
  englishman: 'England', dutch: 'Netherlands', swiss: 'Switzerland', french: 'France', spaniard: 'Spain',
  spanish: 'Spain', greek: 'Greece', swede: 'Sweden', swedish: 'Sweden', dane: 'Denmark', danish: 'Denmark',
  filipino: 'Philippines', philippine: 'Philippines', emirati: 'United Arab Emirates', saudi: 'Saudi Arabia',
  welsh: 'Wales', scottish: 'Scotland', irish: 'Ireland', irishman: 'Ireland', finnish: 'Finland',
  polish: 'Poland', turkish: 'Turkey', lao: 'Laos', thai: 'Thailand', croat: 'Croatia', czech: 'Czech Republic',
  kazakh: 'Kazakhstan', turkmen: 'Turkmenistan', aussie: 'Australia', israeli: 'Israel', iraqi: 'Iraq',
  kuwaiti: 'Kuwait', qatari: 'Qatar', omani: 'Oman', pakistani: 'Pakistan', bangladeshi: 'Bangladesh',
  afghan: 'Afghanistan', ukrainian: 'Ukraine', russian: 'Russia', chinese: 'China', japanese: 'Japan',
  vietnamese: 'Vietnam', lebanese: 'Lebanon', sudanese: 'Sudan', portuguese: 'Portugal', taiwanese: 'Taiwan',
  senegalese: 'Senegal', congolese: 'Congo', malagasy: 'Madagascar', yemeni: 'Yemen', somali: 'Somalia',
};

let demonymMap: Map<string, string> | null = null;

const titleCase = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

/** Country of a demonym ("Iranian" -> "Iran"): the country sharing the longest stem, or a listed exception. */
export function countryOfDemonym(word: string): string | null {
  if (!demonymMap) {
    demonymMap = new Map(Object.entries(DEMONYM_EXCEPTIONS));
    const countries = allCountries();
    for (const d of allDemonyms()) {
      if (demonymMap.has(d)) continue;
      let best: string | null = null;
      let bestLen = 3;
      for (const c of countries) {
        let k = 0;
        while (k < c.length && k < d.length && c[k] === d[k]) k++;
        if (k > bestLen || (k === bestLen && best && c.length < best.length)) { best = c; bestLen = k; }
      }
      if (best) demonymMap.set(d, titleCase(best));
    }
  }
  return demonymMap.get(word.toLowerCase()) ?? null;
}

/** "Iranian", "Polish", "British": words for a country's people, not names of parties. Asked of every capitalised token: remembered. */
export const isDemonym = memoByWord((word: string): boolean => {
  const w = word.toLowerCase();
  return isDemonymWord(w) || w in DEMONYM_EXCEPTIONS || (w.endsWith('s') && isDemonymWord(w.slice(0, -1)));
});
