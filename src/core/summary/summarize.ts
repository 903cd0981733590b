import { splitSentences } from '../text/sentences.js';
import type { SummarySentence } from '../types.js';
import { datelineLength } from './clutter-sentence.js';
import { scoreSentences, type ScoredSentence } from './score-sentences.js';
import { contentTerms } from '../text/tokens.js';
import { coverage, termCounts } from './term-vectors.js';

/** Two sentences sharing this much of their vocabulary say the same thing: keep the first. */
const REDUNDANCY_LIMIT = 0.6;
const MIN_SENTENCES = 1;
const MAX_SENTENCES = 10;

/**
 * An extractive summary: `count` sentences of the text, verbatim, in article order, with their
 * offsets. Never rewrites a word. Captions, credits, bylines and fragments are never picked.
 */
export function summarize(text: string, count: number, title?: string | null): SummarySentence[] {
  const want = Math.min(MAX_SENTENCES, Math.max(MIN_SENTENCES, Math.round(count)));
  const scored = scoreSentences(splitSentences(text), title ?? null);
  const headline = title ? termCounts(contentTerms(title)) : null;
  // The headline repeated in the text (pages often print it twice) says nothing new.
  const repeatsHeadline = (s: ScoredSentence) => !!headline && coverage(s.terms, headline) >= 0.8;
  const ranked = scored
    .filter((s) => s.candidate && !repeatsHeadline(s))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const picked: ScoredSentence[] = [];
  for (const s of ranked) {
    if (picked.length >= want) break;
    if (picked.some((p) => isRedundant(s, p))) continue;
    picked.push(s);
  }
  // A wire tag or dateline ("(CNN)", "LONDON (Reuters) -") is not part of what the sentence says.
  return picked
    .sort((a, b) => a.index - b.index)
    .map(({ text: t, start, end }) => {
      const skip = datelineLength(t);
      return { text: t.slice(skip), start: start + skip, end };
    });
}

function isRedundant(a: ScoredSentence, b: ScoredSentence): boolean {
  const smaller = a.terms.size <= b.terms.size ? a : b;
  const larger = smaller === a ? b : a;
  return coverage(smaller.terms, larger.terms) >= REDUNDANCY_LIMIT;
}
