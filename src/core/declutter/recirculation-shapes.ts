/**
 * Shapes of recirculation and house promotion that the rule table (block-rules.ts) names: card
 * grids, teaser cards closing with "Read more", links to the neighbouring posts, price boxes.
 * Pure; each shape is table-tested through its rule in tests/core/declutter/recirculation-rules.test.ts.
 */
import type { BlockFeatures } from './block-features.js';
import { isHeadlineLike } from './link-shapes.js';

/** A grid: this many cards (fewer is a pair of links, judged by its label). */
const MIN_CARDS = 3;
/** A teaser card carries a picture, a byline, a date and a dek beside its headline: up to this much text each. */
const MAX_CHARS_PER_CARD = 600;

/**
 * Three or more cards under one label heading, each titled by a heading that is a link to another
 * story (a dek, a byline and a date beside it make the text mostly not link, so the teaser-list
 * shape misses it). Without a label, such a run of cards may be what a reader came to (a page of
 * stories Readability keeps), so the label is required.
 */
export function isCardGrid(b: BlockFeatures): boolean {
  const linkedHeadings = b.headingCount - b.labelHeadings;
  return b.labelHeadings === 1 && linkedHeadings >= MIN_CARDS && b.headlineLinks >= MIN_CARDS && b.textLength <= b.headlineLinks * MAX_CHARS_PER_CARD;
}

/** A card's closing call to read the other story ("… Read more", "Lire la suite"), in our languages. */
const READ_CTA = /\b(read (more|now|next|on|the story|full story)|continue reading|full story|lire (la suite|plus)|weiterlesen|mehr lesen|leer más|seguir leyendo|leggi (tutto|di più)|lees (meer|verder)|leia mais|continue lendo|číst dál|číst více|阅读全文|続きを読む)\s*[›»→>…]*$/i;
/** One teaser card: a headline and a line of dek, no more. */
const MAX_CARD_CHARS = 250;
const MAX_CARD_LINKS = 2;
/** The whole card is one link: nothing but link text. */
const WHOLE_LINK = 0.9;

/**
 * Another story's headline (and a dek) closing with "Read more", behind one link that wraps the
 * card or lies empty over it. A bio whose only link is its "Read more" is not one (some text, not
 * all, is link).
 */
export function isReadMoreCard(b: BlockFeatures): boolean {
  if (b.textLength > MAX_CARD_CHARS || b.linkCount < 1 || b.linkCount > MAX_CARD_LINKS || b.headingCount > 1 || b.hasForm) return false;
  if (b.linkDensity > 0 && b.linkDensity < WHOLE_LINK) return false;
  const cta = READ_CTA.exec(b.text);
  return !!cta && isHeadlineLike(b.text.slice(0, cta.index));
}

/** Class words of a link to the neighbouring post ("post-prev", "next-post", WordPress's "nav-next"). */
export const PREV_NEXT_ATTRS = /(^|[\s_-])((post|story|article|entry)[-_](prev|previous|next)|(prev|previous|next)[-_](post|story|article|entry)|nav-(previous|next))($|[\s_-])/;
/** Every name above says "prev" or "next": two substring looks spare compiling the pattern on most pages. */
export const isPrevNextAttrs = (attrs: string): boolean => (attrs.includes('prev') || attrs.includes('next')) && PREV_NEXT_ATTRS.test(attrs);
/** The neighbour's title: one or two headline links and little else. */
const MAX_NEIGHBOUR_LINKS = 2;
const MAX_NEIGHBOUR_CHARS = 300;

/** A link named for the previous or next post, holding only that post's title (its arrow is an icon). */
export function isNamedNeighbour(b: BlockFeatures): boolean {
  return b.headlineLinks >= 1 && b.headlineLinks <= MAX_NEIGHBOUR_LINKS && b.linkDensity >= WHOLE_LINK && b.textLength <= MAX_NEIGHBOUR_CHARS && isPrevNextAttrs(b.attrs);
}

/** Prices: "$1,349.00", "€ 12,99", "299 Kč". */
const PRICES = /[$€£¥]\s?\d[\d,.]*|\b\d[\d,.]*\s?(€|eur\b|usd\b|kč)/gi;
/** A box with this many prices and links to buy: a shopping promotion. */
const MIN_PRICES = 4;
const MIN_PRICE_LINKS = 2;
const MAX_PRICE_BOX_CHARS = 1500;

/** One box (one label at most) listing prices with links to buy: a price guide, a deals table. */
export function isPriceBox(b: BlockFeatures): boolean {
  return b.labelHeadings <= 1 && b.textLength <= MAX_PRICE_BOX_CHARS && b.linkCount >= MIN_PRICE_LINKS && (b.text.match(PRICES)?.length ?? 0) >= MIN_PRICES;
}
