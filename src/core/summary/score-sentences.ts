import { contentTerms, contentTermsOf, wordTokens } from '../text/tokens.js';
import type { TextSpan } from '../text/span.js';
import { datelineLength, isClutterSentence, isTooShort, voiceScore } from './clutter-sentence.js';
import { centralityToCentroid, coverage, termCounts, type TermVector } from './term-vectors.js';

export interface ScoredSentence extends TextSpan {
  index: number;
  score: number;
  terms: TermVector;
  words: number;
  candidate: boolean;
}

/**
 * Weights of the news-aware score. Position dominates because news is written as an inverted
 * pyramid (the lead is the summary); centrality and headline overlap decide between the lead
 * sentences and rescue a key sentence placed a little later; length keeps captions-glued-to-prose
 * and one-line fragments out.
 */
export interface SummaryWeights {
  position: number;
  positionDecay: number;
  centrality: number;
  headline: number;
  longPenaltyPerWord: number;
  longFrom: number;
  /** Quote-led, first-person and question sentences are voices in the story, not its summary. */
  voice: number;
  /** How many lead sentences share the top position prior (news leads often open on a hook). */
  leadPlateau: number;
  /** Sentences that lean on the one before ("He added...", "But it...") do not stand alone in a summary. */
  dangling: number;
}

const WEIGHTS: SummaryWeights = {
  position: 1.0,
  positionDecay: 0.25,
  centrality: 0.8,
  headline: 0.5,
  longPenaltyPerWord: 0.02,
  longFrom: 25,
  voice: 0.2,
  leadPlateau: 1,
  dangling: 0.1,
};

export function scoreSentences(
  spans: readonly TextSpan[],
  title: string | null,
  w: SummaryWeights = WEIGHTS,
): ScoredSentence[] {
  // Each sentence's words are tokenised once: its length counts them, and without a dateline
  // they are also the words its terms come from.
  const datelines = spans.map((s) => datelineLength(s.text));
  const tokens = spans.map((s) => wordTokens(s.text));
  const counts = spans.map((s, i) => termCounts(datelines[i] ? contentTerms(s.text.slice(datelines[i])) : contentTermsOf(tokens[i]!)));
  const centralities = centralityToCentroid(counts);
  const headline = title ? termCounts(contentTerms(title)) : null;
  let rank = 0; // position among real candidates, so skipped clutter does not push the lead down
  return spans.map((s, index) => {
    const words = tokens[index]!.length;
    const candidate = !isClutterSentence(s.text) && !isTooShort(words);
    const terms = counts[index]!;
    const position = candidate ? Math.exp(-w.positionDecay * Math.max(0, rank++ - w.leadPlateau + 1)) : 0;
    const centrality = centralities[index]!;
    const head = headline ? coverage(headline, terms) : 0;
    const long = Math.max(0, words - w.longFrom) * w.longPenaltyPerWord;
    const score = w.position * position + w.centrality * centrality + w.headline * head - long -
      w.voice * voiceScore(s.text) - w.dangling * leansOnPrevious(s.text.slice(datelines[index]));
    return { text: s.text, start: s.start, end: s.end, index, score, terms, words, candidate };
  });
}

/** A pronoun, connective or possessive first word points back at an earlier sentence. */
const LEANS_BACK = /^(?:["“‘']\s*)?(?:He|She|It|They|This|That|These|Those|But|And|However|Also|So|Yet|Then|His|Her|Their|Its)\b/;

export function leansOnPrevious(sentence: string): number {
  return LEANS_BACK.test(sentence) ? 1 : 0;
}
