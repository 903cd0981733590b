/**
 * What a single link looks like, whatever the site's language or class names: a teaser for
 * another story (its text reads like a headline), or a share control (where it points).
 * Pure; table-tested in tests/core/declutter/link-shapes.test.ts.
 */

import { mayHoldAny, openingWordsFirst } from '../text/word-lists.js';

/** A headline has several words; menu items and tags have one to three ("World", "Joe Biden"). */
const MIN_HEADLINE_WORDS = 4;
const MIN_HEADLINE_CHARS = 20;
/** Dense scripts write a headline without spaces: 8 Han/kana/Hangul characters are a short one. */
const MIN_DENSE_HEADLINE_CHARS = 8;
const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;
/** Calls to action ("Read more about our privacy policy"), not headlines. */
const NOT_A_HEADLINE_PATTERN = /^(read more|see (all|more)|view (all|more)|more|click here|sign (in|up)|log ?in|subscribe|share|teilen|partager|compartir|condividi|tweet|email|e-mail|print|follow|like us|download|get the app)\b/i;

/** Every call to action opens with one of these ("log in" with "log"): tested first, they spare compiling the pattern on pages whose links say none. */
const NOT_A_HEADLINE = openingWordsFirst(NOT_A_HEADLINE_PATTERN, [
  'read more', 'see ', 'view ', 'more', 'click here', 'sign ', 'log', 'subscribe', 'share', 'teilen', 'partager', 'compartir', 'condividi', 'tweet', 'email', 'e-mail', 'print',
  'follow', 'like us', 'download', 'get the app',
]);

/** Any character beyond Latin, Greek and Cyrillic blocks: only then is it worth counting dense-script characters. */
const MAYBE_DENSE = /[\u0E00-\u0E7F\u2E80-\uD7AF\uF900-\uFAFF]/;

export function isHeadlineLike(text: string): boolean {
  const t = text.trim();
  if (t.length < MIN_DENSE_HEADLINE_CHARS || NOT_A_HEADLINE.test(t)) return false;
  if (t.length >= MIN_HEADLINE_CHARS && t.split(/\s+/).length >= MIN_HEADLINE_WORDS) return true;
  return MAYBE_DENSE.test(t) && (t.match(DENSE)?.length ?? 0) >= MIN_DENSE_HEADLINE_CHARS;
}

/**
 * Share and intent endpoints of the social networks and mail: a link there shares the page
 * (a "follow us" link points at the outlet's profile instead, which is not matched here).
 */
const SHARE_TARGETS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/facebook\.com\/(sharer|share\.php|dialog\/(share|feed|send))/i, ['facebook.com/']],
  [/(twitter|x)\.com\/(intent\/(tweet|post)|share|home\?status=)/i, ['twitter.com/', 'x.com/']],
  [/linkedin\.com\/(shareArticle|sharing|cws\/share)/i, ['linkedin.com/']],
  [/pinterest\.[a-z.]+\/pin\/create/i, ['pinterest.']],
  [/reddit\.com\/submit/i, ['reddit.com/submit']],
  [/(api\.whatsapp\.com\/send|wa\.me\/\?|whatsapp:\/\/send)/i, ['whatsapp', 'wa.me/?']],
  [/(t\.me|telegram\.me)\/share/i, ['.me/share']],
  [
    /(tumblr\.com\/(share|widgets\/share)|getpocket\.com\/(save|edit)|flipboard\.com\/bookmarklet|news\.ycombinator\.com\/submitlink|bsky\.app\/intent|threads\.net\/intent|vk\.com\/share|weibo\.com\/share|service\.weibo\.com\/share|connect\.qq\.com|xing\.com\/(spi\/)?shares?)/i,
    ['tumblr.com/', 'getpocket.com/', 'flipboard.com/', 'news.ycombinator.com/', 'bsky.app/', 'threads.net/', 'vk.com/', 'weibo.com/', 'connect.qq.com', 'xing.com/'],
  ],
  [/addthis\.com\/bookmark|sharethis\.com|addtoany\.com\/(share|add_to)/i, ['addthis.com/', 'sharethis.com', 'addtoany.com/']],
  [/^mailto:\?(subject|body)=/i, ['mailto:?']],
  [/^sms:\?(&)?body=/i, ['sms:?']],
];

/** One cheap test first: every share endpoint above has one of these words in it. */
const SHARE_HINT = /shar|intent|submit|mailto:|send|pin\/create|sms:|save|edit\?|bookmark|add_to|status=|connect\.qq|submitlink/i;

export function isShareTarget(href: string): boolean {
  if (!href || href.startsWith('#') || !SHARE_HINT.test(href)) return false;
  // Each pattern only where its network's address is in the link: the others are never compiled on that page.
  return SHARE_TARGETS.some(([re, words]) => mayHoldAny(href, words) && re.test(href));
}

/** Accessible names of share controls, in the languages we label (icon-only bars carry them). */
export const SHARE_ARIA = /\b(share|sharing|teilen|partager|compartir|condividi|partilhar|compartilhar|delen|sdílet|sdilet)\b|分享|共有|공유/i;

/** Profiles on the social networks: a row of them is a "follow us" box. */
const SOCIAL_PROFILE = /^(https?:)?\/\/([a-z0-9-]+\.)*(facebook\.com|twitter\.com|x\.com|instagram\.com|linkedin\.com|youtube\.com|tiktok\.com|pinterest\.[a-z.]+|threads\.net|bsky\.app|mastodon\.social|t\.me|telegram\.me|weibo\.com|vk\.com|snapchat\.com|flipboard\.com|whatsapp\.com)(\/|$)/i;

export function isSocialProfile(href: string): boolean {
  return SOCIAL_PROFILE.test(href) && !isShareTarget(href);
}

/** Frames of ad networks, or empty frames a script fills later (what an ad slot shows offline). */
const AD_FRAME = /doubleclick|googlesyndication|googleadservices|adnxs|amazon-adsystem|criteo|adform|smartadserver|rubiconproject|pubmatic|openx|adsrvr|moatads|serving-sys|media\.net|pos\.baidu|cpro\.baidu|afptrack|adservice|\/ads?\//i;

export function isAdFrame(src: string, id: string): boolean {
  return !src || src === 'about:blank' || AD_FRAME.test(src) || /^(google_ads|aswift|ad[_-])/i.test(id);
}

/**
 * Standard ad unit sizes (IAB, width x height): a frame of exactly one of these sizes is an ad
 * slot whoever serves it (a video or tweet embed is sized to its content, 16:9 or fluid).
 */
const AD_SIZES = new Set(['300x250', '336x280', '728x90', '970x90', '970x250', '160x600', '120x600', '300x600', '320x50', '320x100', '300x50', '468x60', '250x250', '234x60']);

export function isAdSize(width: number, height: number): boolean {
  return AD_SIZES.has(`${width}x${height}`);
}

const STYLE_WIDTH = /(?:^|[;\s])width\s*:\s*(\d+)px/i;
const STYLE_HEIGHT = /(?:^|[;\s])height\s*:\s*(\d+)px/i;

/** A frame's size from its width/height attributes, else its inline style; 0 when unknown. */
export function frameSize(width: string | null, height: string | null, style: string | null): [number, number] {
  const w = Number.parseInt(width ?? '', 10) || Number(STYLE_WIDTH.exec(style ?? '')?.[1] ?? 0);
  const h = Number.parseInt(height ?? '', 10) || Number(STYLE_HEIGHT.exec(style ?? '')?.[1] ?? 0);
  return [w, h];
}

/**
 * An empty box that keeps room for what a script fills in later: its inline style sets a minimum
 * height and width in pixels (so the page does not jump when the ad arrives). Offline, and before
 * the ad loads, the reader sees a blank rectangle.
 */
const MIN_HEIGHT = /min-height\s*:\s*[1-9]\d*px/i;
const MIN_WIDTH = /min-width\s*:\s*[1-9]\d*px/i;

export function reservesSlot(style: string): boolean {
  return MIN_HEIGHT.test(style) && MIN_WIDTH.test(style);
}

/** Where a comment count or a "comments" button points: the thread's anchor or page. */
const COMMENTS_HREF = /#(comments?|respond|replies|reply|disqus_thread|comment-form|comments-section|kommentare|commentaires|comentarios)\b|[?&](comments?|showcomments)=|\/comments\/?(#.*)?$/i;
/** Accessible names of comment controls ("Go to comments", "12 Kommentare"). */
const COMMENTS_NAME = /\b(comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|komentáře)\b|评论|コメント|댓글/i;

export function isCommentControl(href: string, name: string): boolean {
  // Most links have neither an anchor nor the word in them: two cheap looks before the pattern.
  const maybe = !!href && (href.includes('#') || href.includes('omment') || href.includes('?'));
  return (maybe && COMMENTS_HREF.test(href)) || (!!name && COMMENTS_NAME.test(name));
}

/** A link through an ad network's click tracker. */
export function isAdClick(href: string): boolean {
  return !!href && !href.startsWith('#') && AD_FRAME.test(href);
}
