/**
 * Rules of the block table (block-rules.ts) for a site's own widgets around the story: video
 * players and rails that are not the story's, house promotions, paid badges, follow and views
 * badges. Each is placed in the table by block-rules.ts (the order of evidence is decided there);
 * the shapes live in player-shapes.ts, house-promos.ts and control-lines.ts. Table-tested in
 * tests/core/declutter/site-widget-rules.test.ts.
 */
import { type BlockRule, MAX_CHARS } from './block-rules.js';
import { reasonForLabel } from './label-match.js';
import { isFollowLinkLine, MAX_BADGE_CHARS, MAX_FOLLOW_LINE_CHARS, VIEWS_BADGE } from './control-lines.js';
import { isAccountDialog, isAppForm, isEditionNotice, isImageBanner, isShopLine, isSitePlug, isSponsorBadge } from './house-promos.js';
import { isAutoplayPlayer, isEmptyVideoBox } from './player-shapes.js';
import { HAS_TEXT, NO_ATTRS, NO_FORM, NO_MEDIA, NO_SOCIAL } from './rule-skips.js';

/** Nothing but link text: the line is its link. */
const WHOLE_LINK = 0.9;

export const APP_FORM: BlockRule = {
  id: 'app-form', skip: NO_FORM,
  why: 'A form outside the story that offers to send or install the app ("Send yourself a link to download the app"): a house promotion.',
  test: (b) => (isAppForm(b) ? 'promo' : null),
};

export const FOLLOW_LINK: BlockRule = {
  id: 'follow-link-line', skip: NO_SOCIAL,
  why: 'A line that is one link to the outlet\'s channel and says so ("Subscribe to <Outlet> on YouTube"): a follow button, inside the story too.',
  test: (b) => (b.socialLinks === 1 && b.linkCount === 1 && b.linkDensity >= WHOLE_LINK && b.textLength <= MAX_FOLLOW_LINE_CHARS && isFollowLinkLine(b.text) ? 'social' : null),
};

export const VIEWS: BlockRule = {
  id: 'views-badge',
  why: 'A badge outside the story that ranks it by its views ("TOP POST 653,817 VIEWS"): the site\'s trending label, not the story.',
  test: (b) => (!b.insideArticle && b.textLength <= MAX_BADGE_CHARS && VIEWS_BADGE.test(b.text) ? 'trending' : null),
};

export const IMAGE_BANNER: BlockRule = {
  id: 'image-banner', skip: NO_MEDIA | HAS_TEXT,
  why: 'Outside the story, pictures that are links opening another site in a new window and nothing else: a banner (a book poster, a partner\'s logo).',
  test: (b) => (isImageBanner(b) ? 'promo' : null),
};

export const EMPTY_VIDEO_BOX: BlockRule = {
  id: 'empty-video-box', skip: HAS_TEXT | NO_ATTRS,
  why: 'An empty box named for a video player or rail outside the story\'s text: a site player or a rail\'s placeholder (the story\'s own video carries its media).',
  test: (b) => (isEmptyVideoBox(b) ? 'video' : null),
};

export const ACCOUNT_DIALOG: BlockRule = {
  id: 'account-dialog', skip: NO_ATTRS,
  why: 'A dialog outside the story that asks the reader to sign in or register: the site\'s account pitch laid over the page.',
  test: (b) => (isAccountDialog(b) ? 'promo' : null),
};

export const EDITION_NOTICE: BlockRule = {
  id: 'edition-notice',
  why: 'A notice outside the story about which edition of the site the reader sees ("tailored for readers in the USA", "Switch to the US edition").',
  test: (b) => (isEditionNotice(b) ? 'promo' : null),
};

export const SITE_PLUG: BlockRule = {
  id: 'site-plug',
  why: '"Check out more articles on <Site>!" as one link after the story: a plug for the site\'s home page.',
  test: (b) => (isSitePlug(b) ? 'promo' : null),
};

export const SHOP_LINE: BlockRule = {
  id: 'shop-line',
  why: 'A short line that is one link closing with "(Buy Now)": a shopping plug, inside the story too.',
  test: (b) => (isShopLine(b) ? 'promo' : null),
};

export const SPONSOR_BADGE: BlockRule = {
  id: 'sponsor-badge', skip: NO_MEDIA,
  why: 'A label ending in "supported by" / "presented by" beside the sponsor\'s logo, outside the story\'s text: a paid badge.',
  test: (b) => (isSponsorBadge(b) ? 'ad' : null),
};

export const AUTOPLAY_PLAYER: BlockRule = {
  id: 'autoplay-player', skip: NO_MEDIA,
  why: 'A player above, beside or under the story that announces its next video ("Your video will play in 0:25", "Up next in 5"): a site playlist, not the story\'s embed.',
  test: (b) => (isAutoplayPlayer(b) ? 'video' : null),
};

export const SIGNUP_FORM_LABELLED: BlockRule = {
  id: 'signup-form-labelled', skip: NO_FORM,
  why: 'A small form under its own "Newsletters" heading is a sign-up box wherever it sits, inside the story\'s container too (its email field may be a plain text input).',
  test: (b) => (b.hasForm && !b.hasTextarea && !b.hasPassword && b.textLength <= MAX_CHARS.newsletter && b.headlineLinks < 2 && b.labelHeadings <= 1 && reasonForLabel(b.heading) === 'newsletter' ? 'newsletter' : null),
};
