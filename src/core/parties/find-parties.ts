import type { Party, Quote } from '../types.js';

/** First cut: nothing found. Replaced by compromise plus our own rules (issue 5). */
export function findParties(_text: string, _quotes: Quote[]): Party[] {
  return [];
}
