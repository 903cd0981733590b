/**
 * Shapes of a site's video module, as opposed to the story's own video (issue 9: "Video playlists
 * and rails next to or under the story are clutter. An embed inside the body is part of the
 * story."). Pure; table-tested in tests/core/declutter/site-widget-rules.test.ts.
 */
import type { BlockFeatures } from './block-features.js';
import { anyOfWords, heldWordsFirst, withOptionalHyphen } from '../text/word-lists.js';

/**
 * Class/id names of a site's video player or playlist box. Matched inside words too: class names
 * glue words ("tbFilmStrip", "article-videoplayer" once lower-cased), and these words are rare
 * enough to say what the box is.
 */
export const VIDEO_BOX_ATTRS = anyOfWords([...withOptionalHyphen('video', ['player', 'rail', 'carousel']), 'filmstrip', 'film-strip', 'playlist', 'jwplayer', 'jw-player']);
/** Of those, the names of rails of several videos: a rail under the lead video is still a rail. */
const VIDEO_RAIL_BOX = anyOfWords(['filmstrip', 'film-strip', 'playlist', ...withOptionalHyphen('video', ['rail', 'carousel'])]);

/**
 * An empty box (no text, no picture, no frame) named for a video player or rail: a site player or
 * a rail's placeholder that a script fills, where a reader sees a blank or grey rectangle. The
 * story's own video carries its media (a poster, a frame) or sits in the story's container; a
 * rail's placeholder under the lead video may sit there too (it holds nothing of the story).
 */
export function isEmptyVideoBox(b: BlockFeatures): boolean {
  if (b.textLength > 0 || b.media > 0 || !VIDEO_BOX_ATTRS.test(b.attrs)) return false;
  return !b.insideArticle || VIDEO_RAIL_BOX.test(b.attrs);
}

/**
 * What an autoplay player shows before it moves on to the next video of its playlist ("Your video
 * will play in 00:25", "Up next in 5", "Next video"), in our languages: a site player running its
 * playlist, not a video the story embeds. (A bare "Autoplay" is a switch any player may carry,
 * the story's own too.)
 */
const AUTOPLAY_PATTERN = /\b((your|the|next) (video|clip) (will )?(play|start|begin)s? in|next video|playing next|up next in \d|nächstes video|vidéo suivante|siguiente video|prossimo video|volgende video|próximo vídeo|další video)\b/i;
/** Every cue holds one of these ("nächstes video" holds "video"): tested first, they spare compiling the pattern on most pages. */
export const AUTOPLAY_CUE = heldWordsFirst(AUTOPLAY_PATTERN, ['video', 'clip', 'playing next', 'up next in', 'vidéo', 'vídeo']);
/** A player's title, a countdown and its buttons: a few lines at most. */
const MAX_PLAYER_CHARS = 200;

/** A player with its video and an autoplay cue, above, beside or under the story's text (never between its paragraphs). */
export function isAutoplayPlayer(b: BlockFeatures): boolean {
  if (b.media < 1 || b.textLength > MAX_PLAYER_CHARS || b.keepers > 0 || b.hasTime || b.headlineLinks > 1) return false;
  if (b.insideArticle && !b.beforeArticle && !b.afterArticle) return false;
  return AUTOPLAY_CUE.test(b.text);
}
