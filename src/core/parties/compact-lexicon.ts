/**
 * The compact form of compromise's lexicon that the parties code reads, and its lookup. The
 * data is produced from the pinned compromise package (lexicon-source.ts): at build time for
 * the extension (scripts/lib/lexicon-plugin.ts), so the popup never runs compromise, whose
 * module builds its whole model when it loads (150-300 ms on the popup's main thread); and at
 * startup in Node. Loading this form is one split and one Map of ~24,000 words.
 */
import { WORD_MEMO_LIMIT } from '../text/word-memo.js';

/** The tags our rules ask about; every other tag is dropped from the compact data. */
export const LEXICON_TAGS = [
  'FemaleName', 'MaleName', 'FirstName', 'LastName', 'Country', 'City', 'Region', 'Place', 'Organization',
  'SportsTeam', 'Demonym', 'Month', 'WeekDay', 'Date', 'Pronoun', 'Reflexive', 'Determiner', 'Preposition',
  'Conjunction', 'Possessive', 'Adverb', 'Modal', 'QuestionWord', 'Copula', 'Expression', 'Cardinal', 'Ordinal',
  'TextValue', 'Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Adjective', 'Plural', 'Singular', 'Uncountable',
  'Comparative', 'Superlative', 'Duration', 'Actor', 'Unit', 'Noun',
] as const;

export type LexiconTag = (typeof LEXICON_TAGS)[number];

/** Joins the words of a list; no lexicon word holds a line break (lexicon-source.ts checks). */
export const WORD_SEPARATOR = '\n';

/**
 * A word's tag set is stored as one character, its index plus this code: '0' and up, all
 * printable, so the data stays plain text (compromise's words use 48 distinct tag sets).
 */
export const TAG_SET_CHAR_BASE = 48;

export interface CompactLexicon {
  /** Every lexicon word with at least one of LEXICON_TAGS, in compromise's order. */
  words: string;
  /** One character per word: its tag set, as `TAG_SET_CHAR_BASE` + an index into `tagSets`. */
  tagSetOfWord: string;
  /** The distinct sets of LEXICON_TAGS the words carry. */
  tagSets: LexiconTag[][];
  /** compromise's `model.two.orgWords` and `placeWords` (each word maps to true there). */
  orgWords: string;
  placeWords: string;
}

export interface LexiconIndex {
  /** word -> index of its tag set. A Map, so "constructor" is a word, not Object's prototype. */
  tagSetOf: ReadonlyMap<string, number>;
  tagSets: readonly (readonly LexiconTag[])[];
  orgWords: ReadonlySet<string>;
  placeWords: ReadonlySet<string>;
}

const wordsOf = (list: string): string[] => (list === '' ? [] : list.split(WORD_SEPARATOR));

export function expandLexicon(data: CompactLexicon): LexiconIndex {
  const words = wordsOf(data.words);
  const tagSetOf = new Map<string, number>();
  for (let i = 0; i < words.length; i += 1) tagSetOf.set(words[i]!, data.tagSetOfWord.charCodeAt(i) - TAG_SET_CHAR_BASE);
  return { tagSetOf, tagSets: data.tagSets, orgWords: new Set(wordsOf(data.orgWords)), placeWords: new Set(wordsOf(data.placeWords)) };
}

/** The tag set of a word the lexicon does not hold. */
const NO_TAG_SET = -1;
let rememberedFor: LexiconIndex | null = null;
let tagSetOfWritten = new Map<string, number>();

/**
 * A word's tag set, remembered per word as written for every tag test at once: the tests ask the
 * same words again and again, and each asking lower-cased the word into a new string before its
 * Map read. Bounded like text/word-memo.ts.
 */
function tagSetOf(lexicon: LexiconIndex, word: string): number {
  if (rememberedFor !== lexicon) { rememberedFor = lexicon; tagSetOfWritten = new Map(); }
  let set = tagSetOfWritten.get(word);
  if (set === undefined) {
    if (tagSetOfWritten.size >= WORD_MEMO_LIMIT) tagSetOfWritten = new Map();
    set = lexicon.tagSetOf.get(word.toLowerCase()) ?? NO_TAG_SET;
    tagSetOfWritten.set(word, set);
  }
  return set;
}

/**
 * A test "does the word carry one of `tags`": per tag set, the answer is computed once, so a
 * lookup is one Map get and one array read (it runs for every word of every name).
 */
export function tagTest(index: () => LexiconIndex, ...tags: LexiconTag[]): (word: string) => boolean {
  let answers: boolean[] | null = null;
  return (word) => {
    const lexicon = index();
    answers ??= lexicon.tagSets.map((set) => set.some((t) => tags.includes(t)));
    const set = tagSetOf(lexicon, word);
    return set !== NO_TAG_SET && answers[set] === true;
  };
}

/** The words carrying `tag`, in the lexicon's order. */
export function wordsWithTag(lexicon: LexiconIndex, tag: LexiconTag): string[] {
  const words: string[] = [];
  for (const [word, set] of lexicon.tagSetOf) if (lexicon.tagSets[set]!.includes(tag)) words.push(word);
  return words;
}
