import type { Quote } from '../types.js';
import { notShareable } from './not-shareable.js';

/** The popup leads with a handful: more stops being a highlight. */
export const MAX_KEY_QUOTES = 4;
/**
 * A statement a reader would share: at least three words. A partial quote ("confident that we
 * can reach a fair agreement") is shown inside its sentence, so it reads as a statement too.
 */
const MIN_STATEMENT_WORDS = 3;
/** A speaker's second key quote must be a substantial one, not another phrase. */
const MIN_SECOND_QUOTE_WORDS = 8;
/** A one- or two-word quote is a scare quote ("armada"), not a statement. */
const FRAGMENT_MAX_WORDS = 2;
/** Length scores level off at this many words: a 40-word statement is as good as a 60-word one. */
const FULL_SCORE_WORDS = 40;
/** Past this many words a quote is a wall of text in a card: ranked down. */
const LONG_QUOTE_WORDS = 80;
const LONG_QUOTE_PENALTY = 0.3;
/** Earlier quotes win ties: the story leads with what matters. */
const POSITION_PENALTY = 0.02;

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function isFragment(text: string): boolean {
  return wordCount(text) <= FRAGMENT_MAX_WORDS;
}

/** What the popup shows for a quote: its sentence for a partial quote, else the quote itself. */
const shownStart = (q: Quote): number => (q.sentence ? q.sentence.start : q.start);
const shownEnd = (q: Quote): number => (q.sentence ? q.sentence.end : q.end);
/** The two quotes' shown spans overlap (module functions reading numbers: no pair of arrays per test). */
const overlaps = (a: Quote, b: Quote): boolean => shownStart(a) < shownEnd(b) && shownStart(b) < shownEnd(a);

const wordsOf = (q: Quote) => q.text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? '';

/**
 * Marks the quotes a reader would share. First the best statement of each speaker, so that an
 * article quoting six people leads with (up to MAX_KEY_QUOTES) different voices; then, if room
 * is left, further substantial quotes (8 words or more) of the same speakers. Scores prefer
 * longer statements (up to 40 words, ranked down past 80) and earlier ones. Scare quotes,
 * quotes with no speaker and what nobody would share as a statement (not-shareable.ts) are
 * never key; a pull quote repeating a picked quote, or a quote shown in the same sentence as a
 * picked one, is not picked twice. `text` is the article the quotes were found in.
 */
export function markKeyQuotes(quotes: Quote[], text?: string): void {
  const eligible = quotes
    .map((q, i) => ({ q, i, words: wordCount(q.text), said: wordsOf(q) }))
    .filter(({ q, words }) => q.speaker && !q.fragment && words >= MIN_STATEMENT_WORDS && !notShareable(q, text));
  const score = (words: number, i: number) =>
    Math.min(words, FULL_SCORE_WORDS) / FULL_SCORE_WORDS - (words > LONG_QUOTE_WORDS ? LONG_QUOTE_PENALTY : 0) - i * POSITION_PENALTY;
  eligible.sort((a, b) => score(b.words, b.i) - score(a.words, a.i));
  const speakers = new Set<string>();
  const picked: typeof eligible = [];
  // Two quotes of one sentence ("called it "A" and "B"") are shown as that one sentence twice.
  const repeats = (e: (typeof eligible)[number]) =>
    picked.some((p) => p.said.includes(e.said) || e.said.includes(p.said) || overlaps(p.q, e.q));
  for (const firstOfSpeaker of [true, false]) {
    for (const e of eligible) {
      if (picked.length >= MAX_KEY_QUOTES) break;
      if (picked.includes(e) || repeats(e)) continue;
      if (firstOfSpeaker ? speakers.has(e.q.speaker!) : e.words < MIN_SECOND_QUOTE_WORDS) continue;
      picked.push(e);
      speakers.add(e.q.speaker!);
    }
  }
  for (const q of quotes) q.key = false;
  for (const e of picked) e.q.key = true;
}
