/**
 * Class/id/role hints, as data. Weaker than labels (obfuscated classes say nothing, and "shadow"
 * or "header" must not read as "ad"), so they are matched on whole hyphen/underscore-separated
 * tokens, and the plan only trusts them on small blocks.
 */
import type { HiddenReason } from '../types.js';
import { tokenWords, withOptionalHyphen, type WordTest } from '../text/word-lists.js';

/** Class words per reason, matched as whole tokens (see tokenWords); the first reason whose words are there decides. */
const HINTS: Array<[WordTest, HiddenReason]> = [
  [tokenWords(['ad', 'ads', 'adslot', 'adunit', 'advert', 'adverts', 'advertisement', 'advertising', 'dfp', 'gpt', 'doubleclick', 'sponsored', 'banner-ad', 'ad-container', 'ad-wrapper', 'adsbygoogle']), 'ad'],
  [tokenWords(['cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'onetrust', 'cookiebanner']), 'cookie'],
  [tokenWords(['share', 'shares', 'sharing', 'sharebar', 'share-bar', 'social-share', 'sharetools', 'share-tools', 'addthis', 'sharethis']), 'share'],
  [tokenWords(['newsletter', 'newsletters', 'signup', 'sign-up', 'subscribe-box', 'email-signup']), 'newsletter'],
  [tokenWords(['related', 'recommended', 'recommendations', 'read-next', 'readnext', 'more-stories', 'outbrain', 'taboola', 'revcontent', 'also-read']), 'related'],
  [tokenWords(['trending', 'most-read', 'mostread', 'most-popular', 'popular', 'most-viewed']), 'trending'],
  [tokenWords(['comments', 'comment-section', 'disqus', 'commentary-teaser', 'comments-teaser', 'coral']), 'comments'],
  [tokenWords(['feedback', 'survey', 'rating-widget']), 'feedback'],
  [tokenWords(['audio-player', 'listen', 'text-to-speech', 'tts', 'speechify']), 'audio'],
  [tokenWords(['follow-us', 'social-follow', 'social-links']), 'social'],
  [tokenWords(['paywall', 'promo', 'subscribe-promo', 'upsell', 'app-promo']), 'promo'],
];

/** Third-party recirculation vendors: their widgets carry the vendor's name in class, id or data attributes. */
export const THIRD_PARTY_RECIRCULATION = tokenWords([
  'outbrain', 'ob-widget', 'ob_widget', 'obwidget', 'taboola', 'trc_related_container', 'zergnet', 'revcontent', 'rc-widget', 'mgid', 'nativo', 'plista', 'ligatus',
  'adblade', 'content-ad', 'contentad', 'dianomi', 'sharethrough', 'engageya', 'yieldmo', 'lockerdome', 'powerinbox', 'nativead', 'nativeads', 'native-ad', 'native-ads',
  'sponsored-content', 'sponsored-stories', 'sponsored-links', 'sponsored-recirc', 'promoted-content', 'promoted-stories', 'promoted-links',
]);

/** Video playlists and rails (a player inside the body is the story's own and is judged by where it is). */
export const VIDEO_RAIL_ATTRS = tokenWords([
  ...withOptionalHyphen('video', ['rail', 'playlist', 'carousel', 'strip', 'shelf', 'gallery', 'list', 'module', 'widget', 'recirc', 'recommendations']),
  'playlist', 'inline-playlist', 'filmstrip', 'film-strip', 'more-videos', 'related-videos', 'video-feed', 'connatix', 'primis', 'anyclip',
]);

/** Disclosures ("ad-disclaimer", "affiliate-disclosure") are statements about the page, not ads. */
const DISCLOSURE = /(disclaimer|disclosure)/;

export function reasonForAttrs(attrs: string): HiddenReason | null {
  if (!attrs) return null;
  for (const [words, reason] of HINTS) if (words.test(attrs)) return DISCLOSURE.test(attrs) ? null : reason;
  return null;
}
