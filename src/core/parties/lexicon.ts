/**
 * compromise used as a lexicon: its word lists (given names, surnames, countries, cities,
 * regions, organisations, demonyms, org and place words) answer "what could this word be"
 * in microseconds, where running its full tagger costs ~50 ms per 1,000 words.
 */
import nlp from 'compromise';
import { DATE_WORDS, EXTRA_ORG_WORDS } from './word-lists.js';
import { isOrganisationHead } from '../text/org-words.js';
import { genderOfFirstName, type Gender } from '../text/first-names.js';

type Tags = string | string[] | undefined;
interface Model {
  one: { lexicon: Record<string, Tags> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

const model = (nlp as unknown as { model(): Model }).model();
const lexicon = model.one.lexicon;

function tagsOf(phrase: string): ReadonlySet<string> {
  const t = lexicon[phrase.toLowerCase()];
  return new Set(t === undefined ? [] : Array.isArray(t) ? t : [t]);
}

/** Whether the lexicon gives `phrase` one of `tags`. Called for every word of every name: no allocation. */
const has = (phrase: string, ...tags: string[]) => {
  const t = lexicon[phrase.toLowerCase()];
  if (t === undefined) return false;
  return typeof t === 'string' ? tags.includes(t) : t.some((x) => tags.includes(x));
};

/** The built-in list first (it knows "Hillary", "Kellyanne"), then compromise's given names. */
export function genderOfGivenName(w: string): Gender {
  const listed = genderOfFirstName(w);
  if (listed) return listed;
  const female = has(w, 'FemaleName');
  return female === has(w, 'MaleName') ? null : female ? 'female' : 'male';
}
export const isGivenName = (w: string) => has(w, 'FemaleName', 'MaleName', 'FirstName');
export const isSurname = (w: string) => has(w, 'LastName');
export const isPlaceName = (p: string) => has(p, 'Country', 'City', 'Region', 'Place');
export const isCountry = (p: string) => has(p, 'Country');
export const isOrganizationName = (p: string) => has(p, 'Organization', 'SportsTeam');
export const isDemonymWord = (w: string) => has(w, 'Demonym');
export const isOrgWord = (w: string) => model.two.orgWords[w.toLowerCase()] === true || EXTRA_ORG_WORDS.has(w.toLowerCase()) || isOrganisationHead(w);
export const isPlaceWord = (w: string) => model.two.placeWords[w.toLowerCase()] === true;
export const isDateWord = (w: string) => DATE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || has(w, 'Month', 'WeekDay', 'Date');
export const isPronoun = (w: string) => has(w, 'Pronoun', 'Reflexive');

/** Determiners, prepositions, conjunctions, pronouns, adverbs: never the start of a name. */
export function isFunctionWord(w: string): boolean {
  return has(w, 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Adverb', 'Modal', 'QuestionWord', 'Copula',
    'Expression', 'Cardinal', 'Ordinal', 'TextValue');
}

/** Function words and common vocabulary: capitalised at a sentence start, they are not names. */
export function isCommonWord(w: string): boolean {
  return has(w, 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Modal', 'QuestionWord',
    'Copula', 'Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Adjective', 'Plural', 'Singular',
    'Uncountable', 'Comparative', 'Superlative', 'Expression', 'Month', 'WeekDay', 'Date', 'Duration',
    'Cardinal', 'Ordinal', 'Actor', 'Unit', 'Noun');
}

/** Demonym words compromise knows, for the country lookup. */
export function allDemonyms(): string[] {
  return Object.keys(lexicon).filter((k) => tagsOf(k).has('Demonym'));
}

export function allCountries(): string[] {
  return Object.keys(lexicon).filter((k) => tagsOf(k).has('Country'));
}
