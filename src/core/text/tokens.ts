import { lettersAreAscii } from './ascii-letters.js';
import { STOPWORDS } from './stopwords.js';

/** Lower-case word tokens: letters and digits, apostrophes dropped ("Iran's" -> "irans" is not wanted, so split). */
export function wordTokens(text: string): string[] {
  const lower = text.toLowerCase();
  // In text whose letters and digits are ASCII (curly quotes and dashes allowed) they are
  // [a-z0-9] once lower-cased: a pattern without Unicode classes finds the same words a third
  // faster (it runs on every sentence).
  return lower.match(lettersAreAscii(lower) ? ASCII_WORD_CHARS : WORD_CHARS) ?? [];
}
const WORD_CHARS = /[\p{L}\p{N}]+/gu;
const ASCII_WORD_CHARS = /[a-z0-9]+/g;

/**
 * A light suffix stripper: enough to make "talks"/"talked"/"talking" meet in overlap scores.
 * Not a full Porter stemmer on purpose: the core must stay small and the popup fast.
 */
export function stemLite(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies') && word.length > 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** Stemmed content words of a text: what overlap and centrality scores compare. */
export function contentTerms(text: string): string[] {
  return contentTermsOf(wordTokens(text));
}

/** contentTerms of a text whose wordTokens are already at hand (the summary counts them too). */
export function contentTermsOf(words: readonly string[]): string[] {
  return words.filter((w) => !STOPWORDS.has(w) && (w.length > 1 || /\d/.test(w))).map(stemLite);
}
