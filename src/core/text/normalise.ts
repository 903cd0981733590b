/**
 * Normalising helpers that never change the length of a string, so offsets computed on the
 * normalised text stay valid in the original.
 */

const DOUBLE_QUOTES = /[“”„‟«»″〝〞＂]/g;
const SINGLE_QUOTES = /[‘’‚‛′]/g;

/** Maps curly quotes, guillemets and primes to their straight forms, one char for one char. */
export function foldQuotes(text: string): string {
  return text.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'");
}

/** Non-breaking and other exotic spaces become plain spaces (same length). */
export function foldSpaces(text: string): string {
  return text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}

/** Both folds: what the quote finder and the entity rules read. */
export function normaliseForMatching(text: string): string {
  return foldSpaces(foldQuotes(text));
}

/** Collapses runs of whitespace for display (changes length: never use it before taking offsets). */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
