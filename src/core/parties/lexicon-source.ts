/**
 * The one source of the lexicon: the pinned compromise package, read and compacted here. Node
 * (CLI, tests, benchmarks) calls this at startup; the extension's build calls it and bundles
 * only the result (scripts/lib/lexicon-plugin.ts), so compromise never ships in a bundle.
 */
import nlp from 'compromise';
import { type CompactLexicon, LEXICON_TAGS, type LexiconTag, TAG_SET_CHAR_BASE, WORD_SEPARATOR } from './compact-lexicon.js';

type Tags = string | string[];
interface Model {
  one: { lexicon: Record<string, Tags> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

/** The highest tag-set index one character can hold before the UTF-16 surrogate range. */
const MAX_TAG_SETS = 0xd7ff - TAG_SET_CHAR_BASE;

const isAsked = (tag: string): tag is LexiconTag => (LEXICON_TAGS as readonly string[]).includes(tag);

function joinWords(words: string[]): string {
  const bad = words.find((w) => w.includes(WORD_SEPARATOR));
  if (bad !== undefined) throw new Error(`lexicon word ${JSON.stringify(bad)} holds the word separator`);
  return words.join(WORD_SEPARATOR);
}

const trueKeys = (record: Record<string, boolean>): string[] => Object.keys(record).filter((k) => record[k] === true);

/** compromise's lexicon, as it is now (its model is built when the module loads). */
export function compromiseModel(): Model {
  return (nlp as unknown as { model(): Model }).model();
}

export function compactLexicon(model: Model = compromiseModel()): CompactLexicon {
  const words: string[] = [];
  const tagSets: LexiconTag[][] = [];
  const setIndex = new Map<string, number>();
  let tagSetOfWord = '';
  for (const [word, raw] of Object.entries(model.one.lexicon)) {
    const tags = (Array.isArray(raw) ? raw : [raw]).filter(isAsked);
    if (tags.length === 0) continue;
    const key = [...new Set(tags)].sort().join(',');
    let index = setIndex.get(key);
    if (index === undefined) {
      index = tagSets.push(key.split(',') as LexiconTag[]) - 1;
      if (index > MAX_TAG_SETS) throw new Error('too many tag sets for one character each');
      setIndex.set(key, index);
    }
    words.push(word);
    tagSetOfWord += String.fromCharCode(TAG_SET_CHAR_BASE + index);
  }
  return {
    words: joinWords(words),
    tagSetOfWord,
    tagSets,
    orgWords: joinWords(trueKeys(model.two.orgWords)),
    placeWords: joinWords(trueKeys(model.two.placeWords)),
  };
}
