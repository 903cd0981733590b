import { HONORIFICS as HONORIFIC_WORDS, MONTHS, WEEKDAYS, wordAlternation } from '../text/name-words.js';
import { ROLE_NOUNS, TITLE_WORDS } from '../text/role-words.js';
import { STOPWORDS } from '../text/stopwords.js';
import { memoByWord } from '../text/word-memo.js';

/** Titles and role nouns live in core/text (one vocabulary); re-exported for the quote modules. */
export { ROLE_NOUNS, TITLE_WORDS };

const HONORIFICS = new RegExp(`^(?:${wordAlternation([...HONORIFIC_WORDS].filter((w) => w !== 'dr'))})\\.?$`, 'i');
/** Words of a title that only count when a real title word is also present ("House Speaker"). */
const WEAK = new Set(['the', 'of', 'u.s.', 'us', 'democratic', 'republican', 'gop', 'house', 'senate', 'former', 'first', 'state', 'foreign']);

/** Words that only qualify a title ("Foreign" in "Foreign Minister"): never a role alone. */
export function isWeakTitleWord(word: string): boolean {
  return WEAK.has(word.toLowerCase()) || /^(?:deputy|acting|special|vice|prime|supreme|chief|senior|general)$/i.test(word);
}

const GERMAN_TITLE = /^\p{Lu}\p{Ll}+(?:meister|meisterin|sprecher|sprecherin|präsident|präsidentin|minister|ministerin|vorsitzende|vorsitzender|direktor|direktorin|leiter|leiterin|chefin|senatorin|kanzler|kanzlerin)$/u;

// Masked dots ("Rep\u2024") read as dots. Remembered per word: each run's words are asked up to three times.
const lowerOf = memoByWord((word: string): string => word.toLowerCase().replace(/\u2024/g, '.'));
function lowerWord(words: readonly string[], k: number): string {
  return lowerOf(words[k]!);
}

// German compounds: "Baubürgermeisterin Henrike Vogt", "Vorsitzender Matthias Ebeling".
function isGermanTitle(words: readonly string[], k: number): boolean {
  return words.length - k >= 3 && GERMAN_TITLE.test(words[k]!);
}

/** Splits leading title words off a capitalised run. Keeps at least one word as the name. */
export function stripTitles(words: string[]): { name: string; titles: string; honorific: string | null } {
  let i = 0;
  let strong = false;
  let honorific: string | null = null;
  while (i < words.length - 1 && (TITLE_WORDS.has(lowerWord(words, i)) || ROLE_NOUNS.has(lowerWord(words, i)) || isGermanTitle(words, i))) {
    const w = lowerWord(words, i);
    if (!WEAK.has(w)) strong = true;
    if (HONORIFICS.test(w)) honorific = w.replace('.', '');
    i++;
  }
  if (!strong) i = 0;
  // "Wells Fargo CEO John Stumpf": a title inside the run, with a two- or three-word name after it.
  if (i === 0) {
    for (let k = words.length - 3; k >= 1 && k >= words.length - 4; k--) {
      const w = lowerWord(words, k);
      if ((TITLE_WORDS.has(w) || ROLE_NOUNS.has(w)) && !WEAK.has(w) && /^\p{Lu}/u.test(words[k + 1]!)) { i = k + 1; break; }
    }
  }
  const titleWords = words.slice(0, i).filter((w) => !HONORIFICS.test(w));
  return { name: words.slice(i).join(' '), titles: titleWords.join(' '), honorific };
}

/**
 * "Last month Harbour Board official X", "On Friday Lindian trade minister X": a time phrase
 * before the role is no part of it. (Full day and month names: "Sun" is a newspaper too, "May"
 * a surname; "night" and "morning" stay: a "night news editor" is a job.)
 */
const TIME_WORD = /^(?:week|weekend|month|year|tonight|today|yesterday)$/i;
const DAY_OR_MONTH = new Set([...WEEKDAYS, ...MONTHS].filter((w) => w !== 'may'));

/**
 * The role words in front of a name, trimmed to the description proper:
 * "led by councillor" -> "councillor", "Iran's senior diplomat" stays whole.
 */

export function cleanDescriptor(prefix: string, noun: string): string {
  const words = prefix.trim().split(/\s+/).filter(Boolean);
  let k = words.length;
  while (k > 0) {
    const w = words[k - 1]!;
    if (/['’]s$/.test(w)) { k--; break; }
    if (STOPWORDS.has(w.toLowerCase()) || /ed$/.test(w) || TIME_WORD.test(w) || DAY_OR_MONTH.has(w.toLowerCase())) break;
    k--;
  }
  return [...words.slice(k), noun].join(' ');
}

/**
 * ", general secretary of the dockers' union, said": a description set off by commas after a name;
 * its first word may be capitalised before "of", "at" or "for" (", Head of Research at Orvil,"),
 * and must then be a role noun (checked in appositiveAfter).
 */
const APPOSITIVE_AFTER = /^,\s*((?:an?\s+|the\s+)?(?:\p{Ll}|\p{Lu}\p{Ll}+\s+(?:of|at|for)\s)[^,;()"“”\n.!?]{1,120}?)\s*,/u;
const NOT_A_DESCRIPTION = /^(?:who|whom|whose|which|that|where|when|while|as|and|but|or|in|on|at|after|before|for|with|by|from|to|of|if|however|meanwhile|though|although|too|also|then|now|instead|he|she|they|it|we|i|\p{Ll}+ly|\p{Ll}+ing|said|says|told|added)\b/u;

/**
 * A verb makes the words a clause, not an appositive: "At a press conference in Chelsea, the mayor
 * also said that ..." gives Chelsea no role.
 */
const FINITE_VERB = /\b(?:said|says|told|tells|added|adds|asked|is|was|were|are|has|have|had|will|would|can|could|did|does)\b/;

/** The appositive after a name, cut before any relative clause: ", a nurse who takes ...," -> "a nurse". */
export function appositiveAfter(text: string, end: number): string | null {
  const m = APPOSITIVE_AFTER.exec(text.slice(end, end + 160));
  if (!m) return null;
  const phrase = m[1]!.split(/\s+(?:who|whom|whose|which|that|where)\b/u)[0]!.trim();
  if (NOT_A_DESCRIPTION.test(phrase) || /\d/.test(phrase.split(' ')[0]!) || FINITE_VERB.test(phrase)) return null;
  const words = phrase.split(/\s+/);
  if (/^\p{Lu}/u.test(words[0]!) && !ROLE_NOUNS.has(words[0]!.toLowerCase())) return null;
  const article = /^(?:an?|the)$/i.test(words[0]!);
  // A role noun, or an article before a short description ("a nurse", "the harbour's owner").
  if (!words.some((w) => ROLE_NOUNS.has(w.toLowerCase().replace(/['’]s$/, ''))) && !(article && words.length <= 6)) return null;
  return phrase.replace(/^(?:its|his|her|their|our)\s+/i, '');
}
