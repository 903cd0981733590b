/**
 * Class/id/role hints, as data. Weaker than labels (obfuscated classes say nothing, and "shadow"
 * or "header" must not read as "ad"), so they are matched on whole hyphen/underscore-separated
 * tokens, and the plan only trusts them on small blocks.
 */
import type { HiddenReason } from '../types.js';

const HINTS: Array<[RegExp, HiddenReason]> = [
  [/(^|[\s_-])(ad|ads|adslot|adunit|advert|adverts|advertisement|advertising|dfp|gpt|doubleclick|sponsored|banner-ad|ad-container|ad-wrapper|adsbygoogle)($|[\s_-])/, 'ad'],
  [/(^|[\s_-])(cookie|cookies|consent|gdpr|cmp|onetrust|cookiebanner)($|[\s_-])/, 'cookie'],
  [/(^|[\s_-])(share|shares|sharing|sharebar|share-bar|social-share|sharetools|share-tools|addthis|sharethis)($|[\s_-])/, 'share'],
  [/(^|[\s_-])(newsletter|newsletters|signup|sign-up|subscribe-box|email-signup)($|[\s_-])/, 'newsletter'],
  [/(^|[\s_-])(related|recommended|recommendations|read-next|readnext|more-stories|outbrain|taboola|revcontent|also-read)($|[\s_-])/, 'related'],
  [/(^|[\s_-])(trending|most-read|mostread|most-popular|popular|most-viewed)($|[\s_-])/, 'trending'],
  [/(^|[\s_-])(comments|comment-section|disqus|commentary-teaser|comments-teaser|coral)($|[\s_-])/, 'comments'],
  [/(^|[\s_-])(feedback|survey|rating-widget)($|[\s_-])/, 'feedback'],
  [/(^|[\s_-])(audio-player|listen|text-to-speech|tts|speechify)($|[\s_-])/, 'audio'],
  [/(^|[\s_-])(follow-us|social-follow|social-links)($|[\s_-])/, 'social'],
  [/(^|[\s_-])(paywall|promo|subscribe-promo|upsell|app-promo)($|[\s_-])/, 'promo'],
];

/** Third-party recirculation vendors: their widgets carry the vendor's name in class, id or data attributes. */
export const THIRD_PARTY_RECIRCULATION = /(^|[\s_-])(outbrain|ob-widget|ob_widget|obwidget|taboola|trc_related_container|zergnet|revcontent|rc-widget|mgid|nativo|plista|ligatus|adblade|content-ad|contentad|dianomi|sharethrough|engageya|yieldmo|lockerdome|powerinbox|nativeads?|native-ad|native-ads|sponsored-(content|stories|links|recirc)|promoted-(content|stories|links))($|[\s_-])/;

/** Video playlists and rails (a player inside the body is the story's own and is judged by where it is). */
export const VIDEO_RAIL_ATTRS = /(^|[\s_-])(video-?(rail|playlist|carousel|strip|shelf|gallery|list|module|widget|recirc|recommendations)|playlist|inline-playlist|filmstrip|film-strip|more-videos|related-videos|video-feed|connatix|primis|anyclip)($|[\s_-])/;

/** Disclosures ("ad-disclaimer", "affiliate-disclosure") are statements about the page, not ads. */
const DISCLOSURE = /(disclaimer|disclosure)/;

/**
 * Any of the hints at all: one test per block instead of one per hint (the plan asks for every
 * block, and most blocks carry none). Built from the hints' own sources, so it cannot drift
 * (hints with flags would need theirs: then every hint is tested, as before).
 */
const ANY_HINT = HINTS.every(([re]) => !re.flags) ? new RegExp(HINTS.map(([re]) => re.source).join('|')) : null;

export function reasonForAttrs(attrs: string): HiddenReason | null {
  if (!attrs || (ANY_HINT && !ANY_HINT.test(attrs)) || DISCLOSURE.test(attrs)) return null;
  for (const [re, reason] of HINTS) if (re.test(attrs)) return reason;
  return null;
}
