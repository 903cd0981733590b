/**
 * The compact lexicon must answer exactly as compromise's own lexicon does, for every entry, so
 * it cannot drift from the pinned package; and the module the build bundles in place of
 * lexicon-data.ts must hold the same data.
 */
import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/index.js';
import { LEXICON_TAGS, type LexiconTag, expandLexicon, tagTest } from '../../../src/core/parties/compact-lexicon.js';
import * as lexicon from '../../../src/core/parties/lexicon.js';
import { compactLexicon, compromiseModel } from '../../../src/core/parties/lexicon-source.js';
import { LEXICON_DATA } from '../../../src/core/parties/lexicon-data.js';
import { lexiconDataModule } from '../../../scripts/lib/lexicon-plugin.js';
import { EXTRA_ORG_WORDS, DATE_WORDS } from '../../../src/core/parties/word-lists.js';
import { isOrganisationHead } from '../../../src/core/text/org-words.js';
import { genderOfFirstName } from '../../../src/core/text/first-names.js';

const model = compromiseModel();
const raw = model.one.lexicon;
const entries = Object.keys(raw);

/** The lookup lexicon.ts used when it read compromise's model directly (own entries only). */
const rawHas = (word: string, ...tags: string[]): boolean => {
  const t = Object.hasOwn(raw, word.toLowerCase()) ? raw[word.toLowerCase()] : undefined;
  if (t === undefined) return false;
  return typeof t === 'string' ? tags.includes(t) : t.some((x) => tags.includes(x));
};

/** Each exported predicate and the tags it asks compromise about. */
const PREDICATES: [keyof typeof lexicon, LexiconTag[]][] = [
  ['isGivenName', ['FemaleName', 'MaleName', 'FirstName']],
  ['isSurname', ['LastName']],
  ['isPlaceName', ['Country', 'City', 'Region', 'Place']],
  ['isCountry', ['Country']],
  ['isOrganizationName', ['Organization', 'SportsTeam']],
  ['isDemonymWord', ['Demonym']],
  ['isPronoun', ['Pronoun', 'Reflexive']],
  ['isFunctionWord', ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Adverb', 'Modal', 'QuestionWord', 'Copula',
    'Expression', 'Cardinal', 'Ordinal', 'TextValue']],
  ['isCommonWord', ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Modal', 'QuestionWord', 'Copula', 'Infinitive',
    'PastTense', 'PresentTense', 'Gerund', 'Adjective', 'Plural', 'Singular', 'Uncountable', 'Comparative', 'Superlative', 'Expression',
    'Month', 'WeekDay', 'Date', 'Duration', 'Cardinal', 'Ordinal', 'Actor', 'Unit', 'Noun']],
];

/** Every word to ask about: all lexicon entries, their capitalised forms, the org and place words, and a few absent words. */
const probes = [...entries, ...entries.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
  ...Object.keys(model.two.orgWords), ...Object.keys(model.two.placeWords), 'Zzyzxville', 'qwertyuiop', ''];

describe('the compact lexicon answers as compromise does', () => {
  test('it holds the lexicon (~24,000 entries) and only the tags our rules ask about', () => {
    const index = expandLexicon(LEXICON_DATA);
    expect(index.tagSetOf.size).toBeGreaterThan(20_000);
    for (const set of index.tagSets) for (const tag of set) expect(LEXICON_TAGS).toContain(tag);
  });

  test('every entry carries exactly the asked tags it has in compromise', () => {
    const index = expandLexicon(LEXICON_DATA);
    let compared = 0;
    for (const word of entries) {
      const tags = new Set([raw[word]!].flat().filter((t) => (LEXICON_TAGS as readonly string[]).includes(t)));
      const set = index.tagSetOf.get(word);
      expect(set === undefined ? [] : [...index.tagSets[set]!].sort(), word).toEqual([...tags].sort());
      compared += 1;
    }
    expect(compared).toBe(entries.length);
  });

  test.each(PREDICATES)('%s gives compromise\'s answer for every entry', (name, tags) => {
    const predicate = lexicon[name] as (w: string) => boolean;
    const differing = probes.filter((w) => predicate(w) !== rawHas(w, ...tags));
    expect(differing).toEqual([]);
  });

  test('every single tag gives compromise\'s answer for every entry', () => {
    const index = expandLexicon(LEXICON_DATA);
    for (const tag of LEXICON_TAGS) {
      const test1 = tagTest(() => index, tag);
      expect(entries.filter((w) => test1(w) !== rawHas(w, tag)), tag).toEqual([]);
    }
  });

  test('genders, org words, place words and date words match the old lookups', () => {
    const gender = (w: string) => {
      const female = rawHas(w, 'FemaleName');
      return female === rawHas(w, 'MaleName') ? null : female ? 'female' : 'male';
    };
    const orgWord = (w: string) => model.two.orgWords[w.toLowerCase()] === true || EXTRA_ORG_WORDS.has(w.toLowerCase()) || isOrganisationHead(w);
    const placeWord = (w: string) => model.two.placeWords[w.toLowerCase()] === true;
    const dateWord = (w: string) => DATE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || rawHas(w, 'Month', 'WeekDay', 'Date');
    const names = entries.filter((w) => rawHas(w, 'FemaleName', 'MaleName'));
    expect(names.filter((w) => lexicon.genderOfGivenName(w) !== (genderOfFirstName(w) ?? gender(w)))).toEqual([]);
    expect(probes.filter((w) => lexicon.isOrgWord(w) !== orgWord(w))).toEqual([]);
    expect(probes.filter((w) => lexicon.isPlaceWord(w) !== placeWord(w))).toEqual([]);
    expect(probes.filter((w) => lexicon.isDateWord(w) !== dateWord(w))).toEqual([]);
  });

  test('the country and demonym lists keep compromise\'s words and order', () => {
    expect(lexicon.allCountries()).toEqual(entries.filter((k) => rawHas(k, 'Country')));
    expect(lexicon.allDemonyms()).toEqual(entries.filter((k) => rawHas(k, 'Demonym')));
  });

  test('words that name a property of every JS object are plain words (they used to throw)', () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(lexicon.isCommonWord(word)).toBe(rawHas(word, 'Noun'));
      expect(lexicon.isGivenName(word)).toBe(false);
    }
    const text = 'Constructor Jones runs the Builders Union. "The bridge is safe," said Constructor Jones on Monday.';
    expect(() => analyzeText(text, {})).not.toThrow();
  });
});

describe('the bundled stand-in for lexicon-data.ts', () => {
  test('holds exactly the data computed from compromise', async () => {
    const source = await lexiconDataModule();
    const url = `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`;
    const bundled = (await import(/* @vite-ignore */ url)) as { LEXICON_DATA: unknown };
    expect(bundled.LEXICON_DATA).toEqual(compactLexicon());
    expect(bundled.LEXICON_DATA).toEqual(LEXICON_DATA);
  });
});
