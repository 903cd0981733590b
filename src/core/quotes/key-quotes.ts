import type { Quote } from '../types.js';

/** The popup leads with a handful: more stops being a highlight. */
export const MAX_KEY_QUOTES = 4;
/** Under this many words a quote is a phrase, not a statement worth sharing. */
const MIN_KEY_WORDS = 8;
/** A one- or two-word quote is a scare quote ("armada"), not a statement. */
const FRAGMENT_MAX_WORDS = 2;

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function isFragment(text: string): boolean {
  return wordCount(text) <= FRAGMENT_MAX_WORDS;
}

/**
 * Marks the quotes a reader would share: full statements by a known speaker, preferring
 * different speakers, then the earlier and the more substantial quote (20 to 60 words).
 */
export function markKeyQuotes(quotes: Quote[]): void {
  const eligible = quotes
    .map((q, i) => ({ q, i, words: wordCount(q.text) }))
    .filter(({ q, words }) => q.speaker && !q.fragment && words >= MIN_KEY_WORDS);
  const score = (words: number, i: number) => Math.min(words, 40) / 40 - (words > 80 ? 0.3 : 0) - i * 0.02;
  eligible.sort((a, b) => score(b.words, b.i) - score(a.words, a.i));
  const speakers = new Set<string>();
  const picked: typeof eligible = [];
  // A pull quote repeats words already picked: one of them is enough.
  const words = (q: Quote) => q.text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? '';
  const repeats = (e: (typeof eligible)[number]) =>
    picked.some((p) => words(p.q).includes(words(e.q)) || words(e.q).includes(words(p.q)));
  for (const pass of [true, false]) {
    for (const e of eligible) {
      if (picked.length >= MAX_KEY_QUOTES) break;
      if (picked.includes(e) || repeats(e)) continue;
      if (pass && speakers.has(e.q.speaker!)) continue;
      picked.push(e);
      speakers.add(e.q.speaker!);
    }
  }
  for (const q of quotes) q.key = false;
  for (const e of picked) e.q.key = true;
}
