/**
 * One block -> why it is clutter, or null. Pure weights on plain BlockFeatures.
 * Order of evidence: hard "never" rules, then the block's label (the most stable signal on sites
 * with obfuscated classes), then structure (share bars, sign-up forms, link lists after the
 * article), then class/id hints on small blocks only.
 */
import type { HiddenReason } from '../types.js';
import { reasonForAttrs } from './attr-hints.js';
import type { BlockFeatures } from './block-features.js';
import { MAX_LABEL_CHARS, reasonForLabel } from './label-match.js';
import { LINE_PATTERNS } from './line-patterns.js';
import { isShareText } from './share-text.js';

const RELATED_LINE = LINE_PATTERNS.filter(([, kind]) => kind === 'related').map(([re]) => re);

/** Beyond these sizes a labelled block is more than the widget its label names. */
const MAX_CHARS: Record<HiddenReason, number> = {
  feedback: 400, trending: 2500, related: 3000, newsletter: 700, share: 300, ad: 400, comments: 100_000,
  'duplicate-title': 400, promo: 600, cookie: 1500, audio: 200, social: 400,
};

/** Link lists whose label says "related"/"trending" are lists of links: demand some links. */
const NEEDS_LINKS = new Set<HiddenReason>(['trending', 'related']);

/** Widgets that are never just a row of links: a row of links labelled so is site navigation. */
const NOT_IN_MENUS = new Set<HiddenReason>(['promo', 'newsletter', 'feedback', 'cookie', 'audio']);

function isNavLink(b: BlockFeatures): boolean {
  return b.linkDensity >= 0.9 && !b.insideArticle;
}

function isMenu(b: BlockFeatures): boolean {
  return b.linkDensity >= 0.6 && b.linkCount >= 3 && !b.hasEmailInput;
}

function looksLikeShareBar(b: BlockFeatures): boolean {
  return b.textLength <= 200 && b.buttons + b.linkCount >= 3 && isShareText(b.text);
}

function fits(b: BlockFeatures, reason: HiddenReason): boolean {
  if (b.textLength > MAX_CHARS[reason]) return false;
  if (NEEDS_LINKS.has(reason) && !(b.listItems >= 2 || b.linkCount >= 3)) return false;
  return true;
}

/** Teaser lists carry other stories' bylines; everything else with a byline belongs to the article. */
const IGNORE_KEEPERS = new Set<HiddenReason>(['related', 'trending', 'comments']);

/**
 * Inside the article body the plan is more conservative than around it: a reader tolerates a
 * leftover "Related: ..." line but never a lost paragraph, and publishers' own article text holds
 * teaser lines, "Sign up" pitches and label-like lines that the article's author put there. So
 * inside the article only unambiguous widgets go: ad slots and labels, share bars, audio players,
 * feedback widgets, "follow us" lines, comment boxes, forms with an email field, copies of the
 * headline, link lists that are visibly a widget (a label heading over links) and tag lists
 * after the last paragraph.
 */
const SAFE_INSIDE = new Set<HiddenReason>(['ad', 'share', 'audio', 'feedback', 'duplicate-title', 'cookie', 'social', 'comments']);

const PROSE_END = /[.!?…]["'”’»]?$/;

/** A labelled list of links ("Related coverage" over three stories): a bare list may be the story's own. */
function isWidgetList(b: BlockFeatures): boolean {
  const label = b.heading ? reasonForLabel(b.heading) : null;
  if (label !== 'related' && label !== 'trending') return false;
  if (/^h[1-6]$/.test(b.tag) && b.nextIsLinkList) return true;
  const links = b.linkCount - b.inPageLinks;
  return b.linkDensity >= 0.6 && ((links >= 2 && b.listItems >= 2) || links >= 3);
}

/** Tags and topics: one or two words per link ("Ukraine", "Joe Biden"), not headlines. */
const MAX_TAG_CHARS = 25;

/** A bare list of tag links after the article's last paragraph: topic navigation, not the story's list. */
function isTagList(b: BlockFeatures): boolean {
  const links = b.linkCount - b.inPageLinks;
  return b.afterArticle && links >= 3 && b.linkDensity >= 0.8 && b.textLength / links <= MAX_TAG_CHARS && b.textLength <= MAX_CHARS.related;
}

export function reasonForBlock(b: BlockFeatures): HiddenReason | null {
  const reason = judge(b);
  if (!reason || (b.keepers > 0 && !IGNORE_KEEPERS.has(reason))) return null;
  if (!b.insideArticle || SAFE_INSIDE.has(reason)) return reason;
  // A sign-up box goes whole when labelled ("Get the Morning Briefing"); when its heading is a
  // sentence of prose, the heading stays and only the form under it goes (a box of its own).
  if (reason === 'newsletter' && b.hasEmailInput) return b.headingCount > 0 && PROSE_END.test(b.heading) ? null : reason;
  if ((reason === 'related' || reason === 'trending') && (isWidgetList(b) || isTagList(b))) return reason;
  return null;
}

function judge(b: BlockFeatures): HiddenReason | null {
  // A small box with an email field is a sign-up form even if its pitch reads like prose.
  if (b.hasEmailInput && b.textLength <= 300 && !b.containsArticle && !b.hasMainTitle && b.articleParagraphs <= 2) return 'newsletter';
  if (b.containsArticle || b.articleParagraphs > 0 || b.hasMainTitle) return null;
  if (b.tag === 'figcaption' || b.tag === 'figure' || b.tag === 'blockquote' || b.tag === 'body' || b.tag === 'main') return null;
  if (b.isTitleCopy) return 'duplicate-title';

  // The whole (short) text is itself a label: "Advertisement", "Share", "Listen to this article".
  if (b.textLength <= MAX_LABEL_CHARS) {
    const whole = reasonForLabel(b.text);
    // A lone "Subscribe" or "Cookie policy" link in the masthead or footer is navigation.
    const navLink = isNavLink(b) && !!whole && NOT_IN_MENUS.has(whole);
    if (whole && whole !== 'related' && whole !== 'trending' && !navLink) return whole;
  }
  // A widget: one heading (or label) that names it, and not much else.
  if (b.headingCount <= 1 && b.heading) {
    const labelled = reasonForLabel(b.heading);
    // A menu whose first link reads "Subscribe" or "Feedback" is still a menu.
    if (labelled && NOT_IN_MENUS.has(labelled) && (isMenu(b) || isNavLink(b))) return null;
    if (labelled && fits(b, labelled)) return labelled;
    // A bare "Related" heading whose list is its next sibling (the plan then takes the list too).
    if (labelled && NEEDS_LINKS.has(labelled) && /^h[1-6]$/.test(b.tag) && b.nextIsLinkList) return labelled;
  }
  if (b.textLength <= MAX_CHARS.cookie && /cookie/i.test(b.text) && !isMenu(b) && !isNavLink(b) && reasonForLabel(b.text) === 'cookie') return 'cookie';
  if (looksLikeShareBar(b)) return 'share';
  // "Read more: <another story>" dropped between paragraphs: a one-line teaser, mostly link.
  if (b.textLength <= 200 && b.linkDensity >= 0.5 && RELATED_LINE.some((re) => re.test(b.text))) return 'related';
  if (b.hasEmailInput && b.textLength <= MAX_CHARS.newsletter) return 'newsletter';
  if (b.insideArticle && b.listItems >= 3 && isTagList(b)) return 'related';
  // Class names alone are trusted only on small blocks, and inside the article only for ads and
  // share bars: an in-article box classed "related" with no label may be the story's own timeline.
  const hinted = reasonForAttrs(b.attrs);
  if (!hinted || b.textLength > Math.min(MAX_CHARS[hinted], 400)) return null;
  if (b.insideArticle && hinted !== 'ad' && hinted !== 'share') return null;
  if (NEEDS_LINKS.has(hinted) && b.linkCount < 2) return null;
  // "2 comments on <the post's title>" in a box classed "comments-head": a count and the post's
  // title make a line of the page's text, not a label we know.
  if (hinted === 'comments' && b.headingCount === 1 && /^\d+\s/.test(b.heading) && !reasonForLabel(b.heading)) return null;
  return hinted;
}
