/**
 * How much of a quote a card shows. A card is read at a glance in a feed: past about 80 words
 * the type drops to its smallest size and the card stops being a quote. The cap also bounds the
 * layout work whatever the reader selected. The citation copied as text keeps the whole quote.
 */
import { graphemes, isWide } from './break-points.js';

/**
 * About 80 English words: more does not read on a card. A CJK character counts twice (it is
 * twice as wide, and carries about a word), so 240 of them fill the same card.
 */
export const MAX_CARD_QUOTE_CHARS = 480;
const WIDE_CHAR_UNITS = 2;
/** A cut steps back to a word boundary only if that loses less than this share of the cap. */
const WORD_CUT_SLACK = 0.2;
/** Punctuation that reads badly before "…" ("deal,…"). */
const TRAILING_PUNCTUATION = /[\s,;:、，；：\-–—]+$/u;

const units = (g: string): number => (isWide(g) ? WIDE_CHAR_UNITS : g.length);

/** `text` unchanged if short enough, else cut (at a word when one is near) and ended with "…". */
export function capQuote(text: string, max = MAX_CARD_QUOTE_CHARS): string {
  const squashed = text.replace(/\s+/g, ' ').trim();
  // Graphemes past max code units are never needed: each counts at least one unit.
  const head = squashed.slice(0, max + 1);
  const parts = graphemes(head);
  if (head.length === squashed.length && parts.reduce((sum, g) => sum + units(g), 0) <= max) return squashed;
  let used = 0;
  let cut = '';
  // By grapheme, so an emoji or a surrogate pair is never split; one unit is kept for the "…".
  for (const g of parts) {
    if (used + units(g) > max - 1) break;
    cut += g;
    used += units(g);
  }
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * (1 - WORD_CUT_SLACK)) cut = cut.slice(0, space);
  return `${cut.replace(TRAILING_PUNCTUATION, '')}…`;
}
