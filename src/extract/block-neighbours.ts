/**
 * What a block's siblings say about it, read from the walk's stats (element-stats.ts): the
 * "Label: <one link>" lines beside a link line, the teaser cards in a row beside a card, the list
 * of links after a bare heading. Used by blocks.ts for the few blocks whose own shape asks.
 */
import { isRowCard, linkLineLabel, MIN_ROW_CARDS } from '../core/declutter/recirculation-shapes.js';
import type { ElementStats } from './element-stats.js';
import { leadingText } from './leading-text.js';

/** Enough of a line to read its "Label:" (the label is at most 30 characters, see recirculation-shapes.ts). */
const LINK_LINE_LEAD = 140;

/** Is `el` a "Label: <one link>" line (the shape only: one link, short, not the story's paragraph)? */
export function isLinkLine(el: Element | null, stats: Map<Element, ElementStats>): boolean {
  const s = el ? stats.get(el) : undefined;
  if (!el || !s || s.linkCount !== 1 || s.articleParagraphs > 0 || s.headingCount > 0 || !s.textLength) return false;
  const text = leadingText(el, LINK_LINE_LEAD);
  return !!linkLineLabel({ text, textLength: s.textLength, linkCount: 1, linkDensity: Math.min(1, s.linkChars / s.textLength), headingCount: 0 });
}

/** Enough of a sibling to judge it a teaser card (its tag, links and text, from the walk's stats). */
function isCardSibling(el: Element | null, stats: Map<Element, ElementStats>): boolean {
  const s = el ? stats.get(el) : undefined;
  if (!s || !s.headlineLinks) return false;
  const linkDensity = s.textLength ? s.linkChars / s.textLength : 0;
  return isRowCard({ tag: s.tag.toLowerCase(), headlineLinks: s.headlineLinks, linkCount: s.linkCount, textLength: s.textLength, linkDensity, articleParagraphs: s.articleParagraphs, hasForm: s.forms > 0, shareLinks: s.shareLinks });
}

/** How many teaser cards in a row this card is part of (counting stops at MIN_ROW_CARDS: that is enough). */
export function cardRunOf(el: Element, stats: Map<Element, ElementStats>): number {
  let run = 1;
  for (let sib = el.previousElementSibling; run < MIN_ROW_CARDS && isCardSibling(sib, stats); sib = sib?.previousElementSibling ?? null) run += 1;
  for (let sib = el.nextElementSibling; run < MIN_ROW_CARDS && isCardSibling(sib, stats); sib = sib?.nextElementSibling ?? null) run += 1;
  return run;
}

/** A list of links with no article text in it: the body of an unwrapped widget. */
export function isLinkList(el: Element | null, stats: Map<Element, ElementStats>): boolean {
  const s = el ? stats.get(el) : undefined;
  return !!s && s.articleParagraphs === 0 && s.textLength > 0 && s.linkChars / s.textLength >= 0.5 && (s.listItems >= 2 || s.linkCount >= 3);
}
