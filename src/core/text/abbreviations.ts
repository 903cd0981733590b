/**
 * Words that end in a full stop without ending a sentence. ICU's sentence breaker (behind
 * Intl.Segmenter) knows none of them, so "Mr. Smith" comes back as two sentences.
 * Kept as data, lower-case, without the final dot.
 */

/** Titles and honorifics: always followed by a name, so the sentence never ends on them. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'hon', 'gen', 'lt', 'col',
  'maj', 'capt', 'cpt', 'cmdr', 'sgt', 'cpl', 'pvt', 'adm', 'gov', 'sen', 'rep', 'pres', 'supt',
  'insp', 'det', 'amb', 'sec', 'rt', 'messrs', 'mme', 'mlle',
]);

/** Abbreviations normally followed by a number ("No. 10", "Jan. 5", "Art. 3"). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'vol', 'art', 'p', 'pp', 'fig', 'ch', 'sec', 'para', 'ed',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Abbreviations that sit mid-sentence before any word ("approx. 40", "vs. Chelsea", "etc."). */
export const INLINE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'vs', 'v', 'approx', 'est', 'inc', 'ltd', 'corp', 'co', 'dept', 'univ', 'assn', 'bros', 'ave',
  'blvd', 'mt', 'ft', 'e.g', 'i.e', 'cf', 'al',
]);
