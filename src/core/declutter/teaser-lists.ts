/**
 * Teaser lists: blocks made of links to other stories, recognised by shape (how many headline
 * links, how much of the text they are) whatever the site calls them, and which kind of
 * recirculation a list is (its label decides; else a ranked list is "trending").
 */
import type { HiddenReason } from '../types.js';
import type { BlockFeatures } from './block-features.js';
import { reasonForLabel } from './label-match.js';

/** A teaser list: this many links that read like headlines. */
const MIN_TEASERS = 3;
/** ...making up this share of the block's text (a teaser may carry a dek or a date beside its link). */
const TEASER_LINK_DENSITY = 0.5;
/** ...with at most this much text per teaser (more is an article with links, not a list of them). */
const MAX_CHARS_PER_TEASER = 320;
/** A box with a label heading over one or two teasers ("Related" + one story): small, mostly link. */
const MAX_SINGLE_TEASER_CHARS = 250;
export function isSingleTeaserBox(b: BlockFeatures): boolean {
  return b.labelHeadings === 1 && b.headlineLinks >= 1 && b.headlineLinks <= 2 && b.textLength <= MAX_SINGLE_TEASER_CHARS && b.linkDensity >= 0.6;
}

/** Three or more teasers for other stories, mostly links: recirculation, whatever it is called. */
export function isTeaserList(b: BlockFeatures): boolean {
  // Several label headings make a column of widgets: each is judged on its own (and the column goes when they all do).
  return b.labelHeadings <= 1 && b.headlineLinks >= MIN_TEASERS && b.linkDensity >= TEASER_LINK_DENSITY && b.textLength <= b.headlineLinks * MAX_CHARS_PER_TEASER;
}

/** Words inside a longer heading that say which kind of recirculation it is ("Social Surge - What's Trending"). */
const KIND_WORDS: ReadonlyArray<[RegExp, HiddenReason]> = [
  [/sponsor|partner|paid|promoted|powered by|advert|around the web|from the web|on the web|sur le web|aus dem (web|netz)|en la red|dal web|op het web|offers?\b|anzeige|publicit|patrocinad|gesponsert|广告|広告/i, 'promo'],
  [/trending|popular|most (read|viewed|shared|watched|emailed)|\bhot\b|top (stories|posts|picks)|\bbuzz\b|meistgelesen|beliebt|les plus|más (leíd|vist)|più (lett|vist)|meest (gelezen|bekeken)|mais (lid|vist)|nejčten|热门|热点|排行|推荐|人気|ランキング|인기/i, 'trending'],
  [/\bvideos?\b|vidéos?|vídeos?|视频|動画|동영상/i, 'video'],
];

/** Which kind of recirculation: the label, when it names one, decides; else a ranking is "trending". */
export function teaserKind(b: BlockFeatures): HiddenReason {
  // The heading first; else a first line that is not a heading nor a link ("Le buzz du moment" in a banner).
  for (const name of [b.heading, b.leadLabel]) {
    const label = name ? reasonForLabel(name) : null;
    if (label === 'trending' || label === 'promo' || label === 'related' || label === 'video') return label;
    if (label === 'ad') return 'promo';
    for (const [re, kind] of KIND_WORDS) if (name && re.test(name)) return kind;
  }
  return b.ordered ? 'trending' : 'related';
}
