/**
 * One block -> why it is clutter and which rule said so, or null. The rules are a table
 * (block-rules.ts); this file holds the gates every decision passes after a rule fired: blocks
 * holding the article's own lines stay, and inside the article body only unambiguous widgets go.
 */
import { SECONDARY_REASONS, type HiddenReason } from '../types.js';
import type { BlockFeatures } from './block-features.js';
import { firstRule, MAX_CHARS } from './block-rules.js';
import { isSingleTeaserBox } from './teaser-lists.js';
import { reasonForLabel } from './label-match.js';

export interface BlockVerdict {
  reason: HiddenReason;
  /** The id of the rule that decided (block-rules.ts). */
  rule: string;
}

/** Teaser lists carry other stories' bylines; everything else with a byline belongs to the article. */
const IGNORE_KEEPERS = new Set<HiddenReason>(['related', 'trending', 'comments', 'promo', 'video']);
/** Teasers and comment threads carry dates of their own; anything else with a date before the story's end holds the dateline. */
const IGNORE_TIMES = new Set<HiddenReason>(['related', 'trending', 'promo', 'video', 'ad', 'duplicate-title']);

/**
 * Inside the article body the plan is more conservative than around it: a reader tolerates a
 * leftover "Related: ..." line but never a lost paragraph, and publishers' own article text holds
 * teaser lines, "Sign up" pitches and label-like lines that the article's author put there. So
 * inside the article only unambiguous widgets go: ad slots and labels, share bars, audio players,
 * feedback widgets, "follow us" lines, comment boxes, forms with an email field, copies of the
 * headline, link lists that are visibly a widget (a label heading over links, or teasers only)
 * and tag lists after the last paragraph.
 */
const SAFE_INSIDE = new Set<HiddenReason>(['ad', 'share', 'audio', 'feedback', 'duplicate-title', 'cookie', 'social', 'comments', ...SECONDARY_REASONS]);

/** "19 November 2019", "Nov. 19, 2019", "2019-11-19": a block that opens with a date before the story's end holds the dateline. */
const DATE_LINE = /^(\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b/u;

/** Rules that already say where inside the article they may hide (a card that is one box, a site player above or under the text). */
const JUDGE_INSIDE_THEMSELVES = new Set(['teaser-card-cta', 'empty-video-box', 'autoplay-player', 'signup-form-labelled', 'shop-line', 'link-line-run', 'teaser-card-row']);

/** Every DATE_LINE has digits: this cheap test first spares compiling DATE_LINE's letter classes on most pages. */
const HAS_DIGIT = /\d/;

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

export function judgeBlock(b: BlockFeatures): BlockVerdict | null {
  const verdict = firstRule(b) ?? (b.insideArticle && b.listItems >= 3 && isTagList(b) ? { reason: 'tags' as const, rule: 'tag-list-after-body' } : null);
  if (!verdict) return null;
  const { reason } = verdict;
  if (b.keepers > 0 && !IGNORE_KEEPERS.has(reason)) return null;
  if (b.hasTime && !b.afterArticle && !IGNORE_TIMES.has(reason)) return null;
  if (!b.afterArticle && reason !== 'ad' && HAS_DIGIT.test(b.heading) && DATE_LINE.test(b.heading)) return null;
  if (SECONDARY_REASONS.has(reason) && b.insideArticle && !b.afterArticle && !b.beforeArticle) return null;
  // A bio or a trail inside the article's container is text Readability keeps as the story's.
  if ((reason === 'author-bio' || reason === 'breadcrumb') && b.insideArticle) return null;
  if (!b.insideArticle || SAFE_INSIDE.has(reason)) return verdict;
  // A sign-up box goes whole when labelled ("Get the Morning Briefing"); when its heading is a
  // sentence of prose, the heading stays and only the form under it goes (a box of its own).
  if (reason === 'newsletter' && b.hasEmailInput) return b.headingCount > 0 && PROSE_END.test(b.heading) ? null : verdict;
  // An unlabelled list of links inside the body may be the story's own (sources, references, a
  // table of contents), and a "Related: …" line is text Readability keeps: only labelled widgets go.
  if ((reason === 'related' || reason === 'trending' || reason === 'promo') && (isWidgetList(b) || isTagList(b))) return verdict;
  // One teaser under its own "Related" heading element, or a card closing with "Read more": a box, not a line of the story's text.
  if (reason === 'related' && verdict.rule === 'label-heading' && isSingleTeaserBox(b)) return verdict;
  if (JUDGE_INSIDE_THEMSELVES.has(verdict.rule)) return verdict;
  return null;
}

export function reasonForBlock(b: BlockFeatures): HiddenReason | null {
  return judgeBlock(b)?.reason ?? null;
}
