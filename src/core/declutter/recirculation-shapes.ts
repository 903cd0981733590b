/**
 * Shapes of recirculation and house promotion that the rule table (block-rules.ts) names: card
 * grids, teaser cards closing with "Read more", links to the neighbouring posts, price boxes.
 * Pure; each shape is table-tested through its rule in tests/core/declutter/recirculation-rules.test.ts.
 */
import type { BlockFeatures } from './block-features.js';
import { isHeadlineLike } from './link-shapes.js';
import { mayHoldAny } from '../text/word-lists.js';

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
/** Every READ_CTA match holds one of these: tested first, they spare compiling it on most pages. */
const READ_CTA_WORDS = ['read ', 'continue ', 'full story', 'lire ', 'weiterlesen', 'mehr lesen', 'leer más', 'seguir leyendo', 'leggi ', 'lees ', 'leia mais', 'číst ', '阅读全文', '続きを読む'];
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
  const cta = mayHoldAny(b.text, READ_CTA_WORDS) ? READ_CTA.exec(b.text) : null;
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

/** "Related Roundup: <link>": a label of a few words, a colon, then one link that is the rest of the line. */
export const MAX_LINK_LINE_CHARS = 120;
const MAX_LINE_LABEL_CHARS = 30;
const MAX_LINE_LABEL_WORDS = 4;
/** The text after the label is the link's (a space or a closing mark may sit outside it). */
const LINK_REST_SHARE = 0.8;

/** The colon after a label, Latin or full-width ("相关阅读：<link>"). */
export const LABEL_COLON = /[:：]/;

/** The label of a "Label: <one link>" line (without its colon), or '' when the block is not one. */
export function linkLineLabel(b: Pick<BlockFeatures, 'text' | 'textLength' | 'linkCount' | 'linkDensity' | 'headingCount'>): string {
  // Structure first: one link, a short line, mostly link; the text only then.
  if (b.linkCount !== 1 || b.textLength > MAX_LINK_LINE_CHARS || b.linkDensity <= 0 || b.headingCount > 0) return '';
  const colon = b.text.search(LABEL_COLON);
  if (colon < 1 || colon > MAX_LINE_LABEL_CHARS) return '';
  const label = b.text.slice(0, colon).trim();
  const rest = b.text.slice(colon + 1).trim();
  if (!rest || label.split(/\s+/).length > MAX_LINE_LABEL_WORDS) return '';
  return b.linkDensity * b.textLength >= rest.length * LINK_REST_SHARE ? label : '';
}

/** Tags that are a card's box (a list item, a paragraph or a heading is a line of the story, judged as such). */
const CARD_BOX_TAGS = new Set(['div', 'article', 'aside', 'section', 'figure']);
/** A card's picture and its title may be two links to the same story. */
const MAX_ROW_CARD_LINKS = 2;
/** A kicker ("Politics") may sit outside the link; a sentence may not. */
const ROW_CARD_LINK_DENSITY = 0.8;
const MAX_ROW_CARD_CHARS = 200;
/** A row: this many such cards one after another (one card alone between paragraphs is text Readability keeps). */
export const MIN_ROW_CARDS = 3;

/** One teaser card: a box holding one headline link to another story (and perhaps its picture), no sentence of its own. */
export function isRowCard(b: Pick<BlockFeatures, 'tag' | 'headlineLinks' | 'linkCount' | 'textLength' | 'linkDensity' | 'articleParagraphs' | 'hasForm' | 'shareLinks'>): boolean {
  return CARD_BOX_TAGS.has(b.tag) && b.headlineLinks === 1 && b.linkCount <= MAX_ROW_CARD_LINKS && b.textLength <= MAX_ROW_CARD_CHARS &&
    b.linkDensity >= ROW_CARD_LINK_DENSITY && b.articleParagraphs === 0 && !b.hasForm && b.shareLinks === 0;
}
