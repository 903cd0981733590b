/**
 * How much of a quote a card shows. A card is read at a glance in a feed: past about 80 words
 * the type drops to its smallest size and the card stops being a quote. The cap also bounds the
 * layout work whatever the reader selected. The citation copied as text keeps the whole quote.
 */
import { graphemes } from './break-points.js';

/** About 80 English words, or a long paragraph of Chinese: more does not read on a card. */
export const MAX_CARD_QUOTE_CHARS = 480;
/** A cut steps back to a word boundary only if that loses less than this share of the cap. */
const WORD_CUT_SLACK = 0.2;
/** Punctuation that reads badly before "…" ("deal,…"). */
const TRAILING_PUNCTUATION = /[\s,;:、，；：\-–—]+$/u;

/** `text` unchanged if short enough, else cut (at a word when one is near) and ended with "…". */
export function capQuote(text: string, max = MAX_CARD_QUOTE_CHARS): string {
  const squashed = text.replace(/\s+/g, ' ').trim();
  if (squashed.length <= max) return squashed;
  // Cut by grapheme so an emoji or a surrogate pair is never split; whole code units stay under max.
  let cut = '';
  for (const g of graphemes(squashed.slice(0, max + 8))) {
    if (cut.length + g.length > max - 1) break;
    cut += g;
  }
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * (1 - WORD_CUT_SLACK)) cut = cut.slice(0, space);
  return `${cut.replace(TRAILING_PUNCTUATION, '')}…`;
}
