/**
 * How the popup shows a quote: a statement alone, in curly quotes; a partial quote inside its
 * sentence, split so the quoted words can be marked ("Kamal said he was [confident that ...]
 * before the summer"). Plain strings: the component renders them as text, never as HTML.
 */
import type { Quote } from '../core/types.js';
import { displayQuote } from '../quote-card/smart-quotes.js';

export type QuotePassage =
  | { kind: 'statement'; text: string }
  | { kind: 'in-sentence'; before: string; quoted: string; after: string };

export function quotePassage(quote: Quote): QuotePassage {
  const s = quote.sentence;
  if (!s || quote.start < s.start || quote.end > s.end) return { kind: 'statement', text: displayQuote(quote.text) };
  const fold = (t: string) => t.replace(/\s+/g, ' ');
  // The article's own marks around the quoted words, set in curly form like the statements.
  return {
    kind: 'in-sentence',
    before: fold(s.text.slice(0, quote.start - s.start)).replace(/"(\s*)$/, '“$1'),
    quoted: fold(s.text.slice(quote.start - s.start, quote.end - s.start)),
    after: fold(s.text.slice(quote.end - s.start)).replace(/^(\s*[,.!?]?)"/, '$1”'),
  };
}
