import { findParties } from './parties/find-parties.js';
import { genderOfGivenName } from './parties/lexicon.js';
import { findQuotes } from './quotes/find-quotes.js';
import { summarize } from './summary/summarize.js';
import type { AnalyzeTextOptions, TextAnalysis } from './types.js';

export const DEFAULT_SUMMARY_SENTENCES = 3;

/** Summary, quotes and parties of an article's plain text. Pure: same text, same answer. */
export function analyzeText(text: string, options: AnalyzeTextOptions = {}): TextAnalysis {
  const sentences = options.sentences ?? DEFAULT_SUMMARY_SENTENCES;
  const quotes = findQuotes(text, { genderOfFirstName: genderOfGivenName });
  return {
    summary: summarize(text, sentences, options.title ?? null),
    quotes,
    parties: findParties(text, quotes, { byline: options.byline ?? null, siteName: options.siteName ?? null }),
  };
}
