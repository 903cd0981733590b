/**
 * The decisions about one block, as a table of rules evaluated in order: the first rule whose test
 * answers decides, and its id travels with the decision to the hidden list, the CLI and the tests
 * (Defuddle records the step of every removal the same way). A test answers a reason (hide it),
 * KEEP (never hide it, stop here) or null (this rule has nothing to say).
 * Order of evidence: hard "never" rules, then structure that holds in any language (share
 * targets, sign-up forms, third-party widgets), then the block's label, then the shape of teaser
 * lists, then class/id hints on small blocks only.
 */
import type { HiddenReason } from '../types.js';
import { reasonForAttrs, THIRD_PARTY_RECIRCULATION, VIDEO_RAIL_ATTRS } from './attr-hints.js';
import type { BlockFeatures } from './block-features.js';
import { MAX_LABEL_CHARS, reasonForLabel } from './label-match.js';
import { RELATED_LINE, SOCIAL_LINES } from './line-patterns.js';
import { isCardGrid, isNamedNeighbour, isPriceBox, isReadMoreCard } from './recirculation-shapes.js';
import { LINK_LINE_RUN, TEASER_CARD_ROW } from './in-body-teaser-rules.js';
import { isShareText } from './share-text.js';
import { isSingleTeaserBox, isTeaserList, teaserKind } from './teaser-lists.js';
import { isAppPitch, isPitchesOnly, MAX_PAID_BOX_CHARS, PAID_HEADING, mayHoldPitch, PITCH_WORDS, PITCH_WORDS_ALL, SIGNUP_WORDS } from './pitch-text.js';
import { AD_LEAD, CORRECTION_LINK_DENSITY, CORRECTION_WORDS, FOLLOW_HANDLE, FOLLOW_WORDS, isCommentCount, MAX_COMMENT_LINK_CHARS, MAX_SHARE_PITCH_CHARS, SHARE_PITCH } from './control-lines.js';
import { secondaryReason } from './secondary-kinds.js';
import { mayHoldAny, mayOpenWithAny } from '../text/word-lists.js';
import { ACCOUNT_DIALOG, APP_FORM, AUTOPLAY_PLAYER, EDITION_NOTICE, EMPTY_VIDEO_BOX, FOLLOW_LINK, IMAGE_BANNER, SHOP_LINE, SIGNUP_FORM_LABELLED, SITE_PLUG, SPONSOR_BADGE, VIEWS } from './site-widget-rules.js';
import { blockFacts, FEW_HEADLINES, FEW_SHARE, HAS_TEXT, NO_AD_FRAME, NO_ATTRS, NO_COMMENT_LINK, NO_EMAIL, NO_FORM, NO_HEADING, NO_SOCIAL, rulesFor } from './rule-skips.js';

export const KEEP = 'keep' as const;
export type RuleOutcome = HiddenReason | typeof KEEP | null;

export interface BlockRule {
  id: string;
  why: string;
  /** Facts of a block (rule-skips.ts) any one of which means this rule answers null: it is not run then. */
  skip?: number;
  test(b: BlockFeatures): RuleOutcome;
}

/** Beyond these sizes a labelled block is more than the widget its label names. */
export const MAX_CHARS: Record<HiddenReason, number> = {
  feedback: 400, trending: 2500, related: 3000, newsletter: 700, share: 300, ad: 400, comments: 100_000,
  'duplicate-title': 400, promo: 600, cookie: 1500, audio: 200, social: 400, video: 1500,
  'author-bio': 300, tags: 600, breadcrumb: 300, 'print-email': 120,
};

/** A small box with an email field is a sign-up form even if its pitch reads like prose. */
const SMALL_FORM_CHARS = 300;
/** Share controls that make a share bar (one alone may be a "send us a tip" mail link). */
const MIN_SHARE_CONTROLS = 2;
/** A share panel: this many share controls, at least half the links, mostly link text, at most this long. */
const MIN_SHARE_PANEL_LINKS = 5;
const MAX_SHARE_PANEL_CHARS = 900;
const SHARE_PANEL_LINK_DENSITY = 0.6;
/** A third-party widget is recirculation whatever its size (sponsored grids run long). */
const MAX_THIRD_PARTY_CHARS = 6000;
/** A rail of videos: this many videos or frames. */
const MIN_RAIL_VIDEOS = 2;

/** Every RELATED_LINE opens with a label and one of these marks after it: tested first, they spare compiling its patterns on most pages. */
const RELATED_LINE_MARKS = [':', '|', '»', '>', '-'];
/** Link lists whose label says "related"/"trending" are lists of links: demand some links. */
const NEEDS_LINKS = new Set<HiddenReason>(['trending', 'related']);
/** Widgets that are never just a row of links: a row of links labelled so is site navigation. */
const NOT_IN_MENUS = new Set<HiddenReason>(['promo', 'newsletter', 'feedback', 'cookie', 'audio']);
/** Labels of lists ("Related", "Video", "Tags"): alone, such a word is a menu item or a tab, not a widget. */
const LIST_LABELS = new Set<HiddenReason>(['related', 'trending', 'video', 'tags']);
/** Widgets of other stories: their teasers' titles are linked headings of their own. */
const RECIRCULATION = new Set<HiddenReason>(['related', 'trending', 'promo', 'video']);
/** Running-text elements (and layout tables' cells): a paragraph with many linked names is the story's, however many links it has. */
const TEXT_TAGS = new Set(['p', 'span', 'blockquote', 'em', 'strong', 'td', 'th', 'tr', 'tbody', 'table']);
const NEVER_TAGS = new Set(['figcaption', 'figure', 'blockquote', 'body', 'main']);

const isNavLink = (b: BlockFeatures): boolean => b.linkDensity >= 0.9 && !b.insideArticle;
const isMenu = (b: BlockFeatures): boolean => b.linkDensity >= 0.6 && b.linkCount >= 3 && !b.hasEmailInput;
const isHeadingTag = (b: BlockFeatures): boolean => /^h[1-6]$/.test(b.tag);

function fits(b: BlockFeatures, reason: HiddenReason): boolean {
  if (b.textLength > MAX_CHARS[reason]) return false;
  // A rail of videos shows their thumbnails; a menu item "Video" over links is navigation.
  if (reason === 'video' && b.media < MIN_RAIL_VIDEOS) return false;
  if (isSingleTeaserBox(b)) return true;
  return !(NEEDS_LINKS.has(reason) && !(b.listItems >= 2 || b.linkCount >= 3 || b.headlineLinks >= 2));
}

/** Icons, network names and share verbs only: nothing a reader would read. */
const isIconRow = (b: BlockFeatures): boolean =>
  b.textLength === 0 || isShareText(b.text) || ['share', 'social'].includes(reasonForLabel(b.heading) ?? '') || (b.textLength <= MAX_SHARE_PITCH_CHARS && SHARE_PITCH.test(b.text));
/** "← Previous story" / "Next article: <headline>": the neighbours of the story, not the story. */
const PREV_NEXT = /^[←«‹<]?\s*(previous|prev|next|older|newer|vorheriger|nächster|précédent|suivant|anterior|siguiente|precedente|successivo|vorige|volgende|předchozí|další)\s+(story|article|post|entry|artikel|beitrag|article|artículo|noticia|articolo|bericht|článek)\b/i;
const MAX_PREV_NEXT_CHARS = 300;
/** Every PREV_NEXT match holds one of these ("previous" holds "prev"): tested first, they spare compiling it on most pages. */
const PREV_NEXT_WORDS = ['prev', 'next', 'older', 'newer', 'vorheriger', 'nächster', 'précédent', 'suivant', 'anterior', 'siguiente', 'precedente', 'successivo', 'vorige', 'volgende', 'předchozí', 'další'];
/** Calls to subscribe or join in one box (one per plan): a box of subscription plans. */
const MIN_PLAN_CALLS = 2;
const MAX_PLANS_CHARS = 1200;
/** Nothing but links: inside the article too, such a block is navigation, not the story's prose. */
const ALL_LINKS = 0.9;
/** A block that is only its label ("Related Stories" whose list a script fills later). */
const LABEL_ONLY_SLACK = 3;
const LABEL_ONLY_KINDS = new Set<HiddenReason>(['related', 'trending', 'promo', 'video', 'comments']);
/** Items of a menu: an app link there is navigation, judged with its menu. */
const MENU_ITEM_TAGS = new Set(['li', 'a', 'nav']);
const MAX_PITCH_CHARS = 500;
const MAX_SHORT_PITCH_CHARS = 160;
const MAX_SIGNUP_BOX_CHARS = 1500;
/** The pitch opens the box ("Get our newsletter…"): further in, the words may be a masthead's "Newsletters" link. */
const SIGNUP_LEAD_CHARS = 60;
/** Every SOCIAL_LINES match opens with one of these: tested first, they spare compiling the patterns on most pages. */
const SOCIAL_LINE_OPENINGS = ['follow', 'like', 'folgen sie uns', 'suivez-nous', 'síguenos'];
const MAX_LINE_CHARS = 200;
/** A notice says "we use cookies" in its first sentences (the label patterns allow that much around it). */
const COOKIE_LEAD_CHARS = 300;

/** An ad frame with at most an "Advertisement" caption. */
const MAX_AD_FRAME_CHARS = 40;

export const BLOCK_RULES: readonly BlockRule[] = [
  {
    id: 'signup-form-small', skip: NO_EMAIL,
    why: 'A small box with an email field (and no teaser list beside it) is a sign-up form, whatever its pitch says.',
    test: (b) => (b.hasEmailInput && b.textLength <= SMALL_FORM_CHARS && !b.containsArticle && !b.hasMainTitle && b.articleParagraphs <= 2 && b.headlineLinks < 2 ? 'newsletter' : null),
  },
  {
    id: 'never-article-parts',
    why: 'A wrapper of the article, its paragraphs or its headline is never hidden: the widget inside it is.',
    test: (b) => (b.containsArticle || b.articleParagraphs > 0 || b.hasMainTitle ? KEEP : null),
  },
  {
    id: 'never-h1',
    why: 'When the headline was not recognised, an h1 may be it: a block holding one is not a widget.',
    test: (b) => (b.hasH1 && !b.isTitleCopy && !b.titleKnown ? KEEP : null),
  },
  {
    id: 'never-figures-quotes',
    why: 'Figures, captions and quotes belong to the story.',
    test: (b) => (NEVER_TAGS.has(b.tag) ? KEEP : null),
  },
  APP_FORM,
  { id: 'headline-copy', why: 'The headline printed again (sticky bar, breadcrumb, footer).', test: (b) => (b.isTitleCopy ? 'duplicate-title' : null) },
  {
    id: 'third-party-widget', skip: NO_ATTRS,
    why: 'Outbrain, Taboola, Zergnet, Revcontent and the like serve paid recirculation; their containers are named after them.',
    // Its own words decide between the two: a native ad unit that says only "From our sponsor" is an ad.
    test: (b) => (THIRD_PARTY_RECIRCULATION.test(b.attrs) && b.textLength <= MAX_THIRD_PARTY_CHARS ? (b.textLength <= MAX_LABEL_CHARS && AD_LEAD.test(b.text) ? 'ad' : 'promo') : null),
  },
  {
    id: 'share-targets', skip: FEW_SHARE,
    why: 'Links to share/intent URLs or mailto:?subject=, or controls labelled "Share", with no text but network names: a share bar, even with icons only.',
    test: (b) => (b.shareLinks >= MIN_SHARE_CONTROLS && b.textLength <= MAX_CHARS.share && b.headlineLinks === 0 && isIconRow(b) ? 'share' : null),
  },
  {
    id: 'share-panel', skip: FEW_SHARE,
    why: 'A panel where most links share the page (a dozen networks, "Copy this link", a note about sharing): a share tool, whatever else it says.',
    test: (b) => (b.shareLinks >= MIN_SHARE_PANEL_LINKS && b.shareLinks * 2 >= b.linkCount && b.textLength <= MAX_SHARE_PANEL_CHARS && b.headlineLinks <= 1 && b.linkDensity >= SHARE_PANEL_LINK_DENSITY ? 'share' : null),
  },
  {
    id: 'follow-links', skip: NO_SOCIAL,
    why: 'Links to the outlet\'s social network profiles with no text but network names: a "follow us" row.',
    test: (b) => (b.socialLinks + b.shareLinks >= MIN_SHARE_CONTROLS && b.socialLinks > 0 && b.textLength <= MAX_CHARS.social && b.headlineLinks === 0 && isIconRow(b) ? 'social' : null),
  },
  {
    id: 'follow-box', skip: NO_SOCIAL,
    why: 'Links to the outlet\'s profiles with a "follow" line ("Never miss an update: Follow us", "Follow @outlet"): a follow-us box.',
    // Inside the story's container only above it: a "Follow us on …" line at its end is text the story's own sources keep.
    test: (b) => (b.socialLinks >= MIN_SHARE_CONTROLS && b.textLength <= MAX_LINE_CHARS && b.headlineLinks === 0 && (!b.insideArticle || b.beforeArticle) && FOLLOW_WORDS.test(b.text) ? 'social' : null),
  },
  {
    id: 'follow-handle', skip: NO_SOCIAL,
    why: 'A link to a social profile that reads "@name" or "Follow @name" (beside a byline): a follow button.',
    // Inside the story, "@name" links are its credits and sources ("Photo: @name").
    test: (b) => (b.tag === 'a' && b.socialLinks === 1 && b.text.includes('@') && FOLLOW_HANDLE.test(b.text) && (!b.insideArticle || b.beforeArticle) ? 'social' : null),
  },
  FOLLOW_LINK,
  VIEWS,
  {
    id: 'comment-form', skip: NO_FORM,
    why: 'A form with a text area is a comment form ("Leave a reply"), whatever its language.',
    test: (b) => (b.hasForm && b.hasTextarea && b.textLength <= MAX_CHARS.newsletter * 2 && !b.beforeArticle && (!b.insideArticle || b.afterArticle) ? 'comments' : null),
  },
  {
    id: 'ad-frame', skip: NO_AD_FRAME,
    why: 'A frame of an ad network, or an empty frame with at most an "Advertisement" caption: an ad slot.',
    test: (b) => (b.adFrames > 0 && b.textLength <= MAX_AD_FRAME_CHARS && b.linkCount <= 1 ? 'ad' : null),
  },
  IMAGE_BANNER,
  {
    id: 'comment-link', skip: NO_COMMENT_LINK,
    why: 'A link or button to the comments with only a count and a label ("0 Comments", an icon to #comments), outside the story\'s text.',
    test: (b) => (b.commentLinks > 0 && b.textLength <= MAX_COMMENT_LINK_CHARS && b.headlineLinks === 0 && b.shareLinks < MIN_SHARE_CONTROLS && (!b.insideArticle || b.beforeArticle || b.afterArticle) && isCommentCount(b.text) ? 'comments' : null),
  },
  {
    id: 'reserved-slot', skip: HAS_TEXT,
    why: 'An empty box that keeps a fixed minimum size for what a script fills in later: an ad slot (a reader sees a blank rectangle).',
    test: (b) => (b.reservedSlot && b.textLength === 0 ? 'ad' : null),
  },
  EMPTY_VIDEO_BOX,
  {
    id: 'label-whole',
    why: 'The whole short text is a widget label: "Advertisement", "Share", "Listen to this article".',
    test: (b) => {
      if (b.textLength > MAX_LABEL_CHARS) return null;
      const whole = reasonForLabel(b.text);
      // A lone "Subscribe" or "Cookie policy" link in the masthead or footer is navigation.
      if (!whole || LIST_LABELS.has(whole) || whole === 'author-bio' || (isNavLink(b) && NOT_IN_MENUS.has(whole))) return null;
      // "Email" with no link or button to press is a form field's label, not an email tool.
      if (whole === 'print-email' && b.linkCount + b.buttons === 0) return null;
      return whole;
    },
  },
  {
    id: 'app-callout',
    why: 'A box of its own whose whole text asks the reader to get the app ("Get our app!"): a house promotion even when that text is one link (a menu item is judged with its menu).',
    test: (b) => (b.linkCount <= 1 && !MENU_ITEM_TAGS.has(b.tag) && isAppPitch(b.text) ? 'promo' : null),
  },
  LINK_LINE_RUN,
  {
    id: 'label-heading', skip: NO_HEADING,
    why: 'One heading names the widget ("Most read", "Newsletter") and the block is no bigger than such a widget.',
    test: (b) => {
      if (b.labelHeadings > 1 || !b.heading) return null;
      const labelled = reasonForLabel(b.heading);
      // In a recirculation widget the other headings are its teasers' linked titles, not more widgets
      // (a heading with no headline link under it is another part of the page).
      // (Above the story, such a box holding a date may be the story's own opening with a "Related Coverage" aside in it.)
      if (b.headingCount > 1 && !(labelled && RECIRCULATION.has(labelled) && b.headlineLinks >= b.headingCount - b.labelHeadings && !(b.beforeArticle && b.hasTime))) return null;
      // "About the author" over a bio is text Readability keeps with the story: bios go by their shape only (secondary-kinds.ts).
      if (!labelled || labelled === 'author-bio' || (labelled === 'print-email' && b.linkCount + b.buttons === 0)) return null;
      // A menu whose first link reads "Subscribe" or "Feedback" is still a menu.
      if (NOT_IN_MENUS.has(labelled) && (isMenu(b) || isNavLink(b))) return KEEP;
      if (fits(b, labelled)) return labelled;
      // A bare "Related" heading whose list is its next sibling (the plan then takes the list too).
      return NEEDS_LINKS.has(labelled) && isHeadingTag(b) && b.nextIsLinkList ? labelled : null;
    },
  },
  {
    id: 'cookie-text',
    why: 'A notice that says the site uses cookies.',
    test: (b) => (b.textLength <= MAX_CHARS.cookie && /cookie/i.test(b.text) && !isMenu(b) && !isNavLink(b) && reasonForLabel(b.text.slice(0, COOKIE_LEAD_CHARS)) === 'cookie' ? 'cookie' : null),
  },
  ACCOUNT_DIALOG,
  EDITION_NOTICE,
  {
    id: 'share-words',
    why: 'A short row of controls whose text is only network names and share verbs.',
    test: (b) => (b.textLength <= 200 && b.buttons + b.linkCount >= 3 && isShareText(b.text) ? 'share' : null),
  },
  {
    id: 'teaser-line',
    why: '"Read more: <another story>" dropped between paragraphs: a one-line teaser, mostly link.',
    test: (b) => (b.textLength <= 200 && b.linkDensity >= 0.5 && mayHoldAny(b.text, RELATED_LINE_MARKS) && RELATED_LINE.test(b.text) ? 'related' : null),
  },
  SITE_PLUG,
  { id: 'signup-form', skip: NO_EMAIL, why: 'A sign-up box: a form with an email field (and no teaser list beside it).', test: (b) => (b.hasEmailInput && b.textLength <= MAX_CHARS.newsletter && b.headlineLinks < 2 && b.labelHeadings <= 1 ? 'newsletter' : null) },
  SIGNUP_FORM_LABELLED,
  {
    id: 'label-only', skip: NO_HEADING,
    why: 'A box whose whole text is a widget label ("Related Stories") is the widget before its script filled it.',
    test: (b) => {
      if (!b.heading || b.textLength > b.heading.length + LABEL_ONLY_SLACK || (b.insideArticle && !b.afterArticle)) return null;
      const label = reasonForLabel(b.heading);
      return label && LABEL_ONLY_KINDS.has(label) ? label : null;
    },
  },
  SHOP_LINE,
  {
    id: 'prev-next',
    why: '"Previous story / Next story" links under the story: recirculation (a numbered pager of the same article is not matched).',
    test: (b) => {
      // The words last: the cheap tests first (the text is read on first use, see blocks.ts).
      if (b.linkCount < 1 || b.textLength > MAX_PREV_NEXT_CHARS || !mayHoldAny(b.text, PREV_NEXT_WORDS) || !PREV_NEXT.test(b.text)) return null;
      // Outside the body the words decide (a card may be made clickable by an empty link over it);
      // inside it, only a block of nothing but links.
      return !b.insideArticle || b.afterArticle || b.linkDensity >= ALL_LINKS ? 'related' : null;
    },
  },
  {
    id: 'teaser-card-cta',
    why: 'A box (not a paragraph) holding another story\'s headline and dek behind one link, closing with "Read more": a teaser card, inside the body too.',
    test: (b) => (!TEXT_TAGS.has(b.tag) && isReadMoreCard(b) ? 'related' : null),
  },
  TEASER_CARD_ROW,
  {
    id: 'prev-next-named',
    why: 'A link outside the story holding only another post\'s title, named "post-prev" / "next-post" / "nav-next": the neighbouring post (its arrow is an icon).',
    test: (b) => (isNamedNeighbour(b) && (!b.insideArticle || b.afterArticle) ? 'related' : null),
  },
  {
    id: 'signup-form-words', skip: NO_FORM,
    why: 'A form that speaks of newsletters or signing up, outside the story: a sign-up box even when its email field is a plain text input (a masthead with a search form and a "Newsletters" link further in is not one).',
    test: (b) => (b.hasForm && !b.hasTextarea && !b.hasPassword && b.textLength <= MAX_SIGNUP_BOX_CHARS && (!b.insideArticle || b.afterArticle) && b.headlineLinks < 2 && (reasonForLabel(b.heading) === 'newsletter' || SIGNUP_WORDS.test(b.heading) || SIGNUP_WORDS.test(b.text.slice(0, SIGNUP_LEAD_CHARS))) ? 'newsletter' : null),
  },
  SPONSOR_BADGE,
  {
    id: 'paid-box', skip: NO_HEADING,
    why: 'A small box whose heading says it is paid for ("Paid Partner", "Powered by …", "Sponsored"): a promotion.',
    test: (b) => (b.textLength <= MAX_PAID_BOX_CHARS && !!b.heading && PAID_HEADING.test(b.heading) && (!b.insideArticle || b.afterArticle) && b.headingCount <= 2 ? 'promo' : null),
  },
  {
    id: 'pitch-box',
    why: 'A small box asking the reader to subscribe, contribute or install the app, with a link or button to do it: a house promotion.',
    test: (b) => {
      if (b.textLength > MAX_PITCH_CHARS || b.linkCount + b.buttons < 1 || b.headlineLinks > 1 || b.shareLinks + b.socialLinks > 0) return null;
      // A row of links that are all pitches ("Contribute → Subscribe"): a house promotion even in the masthead.
      if (b.linkCount >= 2 && b.textLength <= MAX_SHORT_PITCH_CHARS && isPitchesOnly(b.text)) return 'promo';
      if (isMenu(b) || isNavLink(b)) return null;
      if (b.insideArticle && !b.afterArticle) return null;
      // The pitch is what the box says first; a masthead that also links "Subscribe" is not one.
      return (mayHoldPitch(b.heading) && PITCH_WORDS.test(b.heading)) || (b.textLength <= MAX_SHORT_PITCH_CHARS && mayHoldPitch(b.text) && PITCH_WORDS.test(b.text)) ? 'promo' : null;
    },
  },
  {
    id: 'plan-boxes',
    why: 'A box beside or after the story that asks twice or more to subscribe or join (one call per plan: "Print & Digital … Subscribe, Digital only … Subscribe"): a membership pitch.',
    test: (b) => {
      // A byline or a dateline beside "Subscribe" buttons is the story's header row, not a pitch.
      if ((b.insideArticle && !b.afterArticle) || b.keepers > 0 || b.hasTime) return null;
      if (b.textLength > MAX_PLANS_CHARS || b.headlineLinks > 1 || b.shareLinks + b.socialLinks > 0 || b.hasEmailInput || isMenu(b) || isNavLink(b)) return null;
      return mayHoldPitch(b.text) && (b.text.match(PITCH_WORDS_ALL)?.length ?? 0) >= MIN_PLAN_CALLS ? 'promo' : null;
    },
  },
  {
    id: 'price-box',
    why: 'A box beside the story listing prices with links to buy (a price guide, a deals table): a shopping promotion.',
    test: (b) => (!b.insideArticle && !isNavLink(b) && isPriceBox(b) ? 'promo' : null),
  },
  {
    id: 'social-line',
    why: '"Follow us on X", "Follow me on Twitter or LinkedIn": a line that is one "follow" widget.',
    test: (b) => (!b.insideArticle && b.textLength <= MAX_LINE_CHARS && mayOpenWithAny(b.text, SOCIAL_LINE_OPENINGS) && SOCIAL_LINES.some((re) => re.test(b.text)) ? 'social' : null),
  },
  {
    id: 'video-rail',
    why: 'A playlist of videos beside or under the story (an embed inside the body is the story\'s own).',
    test: (b) => (!b.insideArticle && b.textLength <= MAX_CHARS.video && (VIDEO_RAIL_ATTRS.test(b.attrs) || (b.media >= MIN_RAIL_VIDEOS && b.labelHeadings <= 1 && reasonForLabel(b.heading) === 'video')) ? 'video' : null),
  },
  AUTOPLAY_PLAYER,
  {
    id: 'correction-line',
    why: 'A line of links to send a correction or report an error ("Reprints, Submit Correction or view Editorial Guidelines") under the story: a feedback prompt.',
    test: (b) => (b.textLength <= MAX_LINE_CHARS && b.linkCount >= 1 && b.linkDensity >= CORRECTION_LINK_DENSITY && b.headlineLinks <= 1 && (!b.insideArticle || b.afterArticle) && CORRECTION_WORDS.test(b.text) ? 'feedback' : null),
  },
  {
    id: 'secondary-kind',
    why: 'Author bios, tag lists, breadcrumbs and print/email tools, outside the article body.',
    test: (b) => secondaryReason(b),
  },
  {
    id: 'teaser-list', skip: FEW_HEADLINES,
    why: 'Three or more links that read like headlines, mostly link text: recirculation (a numbered one is a ranking).',
    test: (b) => (isTeaserList(b) && !TEXT_TAGS.has(b.tag) ? teaserKind(b) : null),
  },
  {
    id: 'teaser-cards', skip: FEW_HEADLINES,
    why: 'Three or more cards outside the story, each titled by a linked headline (picture, byline, date and dek beside it): recirculation.',
    // Above the story, "cards" holding a date may be the story's own opening (dateline, lead photo, first paragraphs).
    test: (b) => (isCardGrid(b) && (!b.insideArticle || b.afterArticle) && !(b.beforeArticle && b.hasTime) && !TEXT_TAGS.has(b.tag) ? teaserKind(b) : null),
  },
  {
    id: 'class-hint', skip: NO_ATTRS,
    why: 'Class and id names, trusted only on small blocks (obfuscated or misleading names say little).',
    test: (b) => {
      const hinted = reasonForAttrs(b.attrs);
      if (!hinted || b.textLength > Math.min(MAX_CHARS[hinted], 400)) return null;
      // Inside the article only ads and share bars: an in-article box classed "related" with no
      // label may be the story's own timeline.
      if (b.insideArticle && hinted !== 'ad' && hinted !== 'share') return null;
      if (NEEDS_LINKS.has(hinted) && b.linkCount < 2) return null;
      // A name alone never decides the reason shown: a "cookie" or "share" class on a block with
      // nothing of a notice or a share bar in it is a site header or a toolbar.
      if (hinted === 'cookie' || hinted === 'feedback' || hinted === 'newsletter') return null;
      // "2 comments on <the post's title>" in a box classed "comments-head": a count and the post's
      // title make a line of the page's text, not a label we know.
      if (hinted === 'comments' && b.headingCount === 1 && /^\d+\s/.test(b.heading) && !reasonForLabel(b.heading)) return null;
      return hinted;
    },
  },
];

/** The table's rules per mask of block facts (rule-skips.ts), made on first use. */
const RULE_LISTS = new Map<number, readonly BlockRule[]>();

/** The first rule that answers, with its id; null when no rule hides the block. */
export function firstRule(b: BlockFeatures): { reason: HiddenReason; rule: string } | null {
  // Only the rules the block's counts leave open (an index loop: no iterator per block).
  const rules = rulesFor(BLOCK_RULES, blockFacts(b), RULE_LISTS);
  for (let i = 0; i < rules.length; i += 1) {
    const rule = rules[i] as BlockRule;
    const outcome = rule.test(b);
    if (outcome === KEEP) return null;
    if (outcome) return { reason: outcome, rule: rule.id };
  }
  return null;
}
