/**
 * compromise used as a lexicon: its word lists (given names, surnames, countries, cities,
 * regions, organisations, demonyms, org and place words) answer "what could this word be"
 * in microseconds, where running its full tagger costs ~50 ms per 1,000 words. Only the
 * lexicon's data is loaded (compact-lexicon.ts), never compromise itself.
 */
import { type LexiconIndex, expandLexicon, tagTest, wordsWithTag } from './compact-lexicon.js';
import { LEXICON_DATA } from './lexicon-data.js';
import { DATE_WORDS, EXTRA_ORG_WORDS } from './word-lists.js';
import { isOrganisationHead } from '../text/org-words.js';
import { genderOfFirstName, type Gender } from '../text/first-names.js';
import { memoByWord } from '../text/word-memo.js';

let expanded: LexiconIndex | null = null;
/** Built on the first lookup, not when the module loads (a few ms, paid once). */
const lexicon = (): LexiconIndex => (expanded ??= expandLexicon(LEXICON_DATA));

const isFemaleName = tagTest(lexicon, 'FemaleName');
const isMaleName = tagTest(lexicon, 'MaleName');

/** The built-in list first (it knows "Hillary", "Kellyanne"), then compromise's given names. */
export function genderOfGivenName(w: string): Gender {
  const listed = genderOfFirstName(w);
  if (listed) return listed;
  const female = isFemaleName(w);
  return female === isMaleName(w) ? null : female ? 'female' : 'male';
}
export const isGivenName = tagTest(lexicon, 'FemaleName', 'MaleName', 'FirstName');
export const isSurname = tagTest(lexicon, 'LastName');
export const isPlaceName = tagTest(lexicon, 'Country', 'City', 'Region', 'Place');
export const isCountry = tagTest(lexicon, 'Country');
export const isOrganizationName = tagTest(lexicon, 'Organization', 'SportsTeam');
export const isDemonymWord = tagTest(lexicon, 'Demonym');
export const isOrgWord = memoByWord((w: string) => lexicon().orgWords.has(w.toLowerCase()) || EXTRA_ORG_WORDS.has(w.toLowerCase()) || isOrganisationHead(w));
export const isPlaceWord = memoByWord((w: string) => lexicon().placeWords.has(w.toLowerCase()));
const isDateTagged = tagTest(lexicon, 'Month', 'WeekDay', 'Date');
export const isDateWord = memoByWord((w: string) => DATE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || isDateTagged(w));
export const isPronoun = tagTest(lexicon, 'Pronoun', 'Reflexive');
/** Nouns: after a name they make it a modifier ("the Biden administration"). */
export const isNounWord = tagTest(lexicon, 'Singular', 'Plural', 'Noun', 'Uncountable');

/** Determiners, prepositions, conjunctions, pronouns, adverbs: never the start of a name. */
export const isFunctionWord = tagTest(lexicon, 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Adverb', 'Modal',
  'QuestionWord', 'Copula', 'Expression', 'Cardinal', 'Ordinal', 'TextValue');

/** Function words and common vocabulary: capitalised at a sentence start, they are not names. */
export const isCommonWord = tagTest(lexicon, 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Modal', 'QuestionWord',
  'Copula', 'Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Adjective', 'Plural', 'Singular',
  'Uncountable', 'Comparative', 'Superlative', 'Expression', 'Month', 'WeekDay', 'Date', 'Duration',
  'Cardinal', 'Ordinal', 'Actor', 'Unit', 'Noun');

/** Demonym words compromise knows, for the country lookup. */
export function allDemonyms(): string[] {
  return wordsWithTag(lexicon(), 'Demonym');
}

export function allCountries(): string[] {
  return wordsWithTag(lexicon(), 'Country');
}
