/**
 * What the text of a small control row says, whatever the site: a comment count, a call to share
 * or follow, an ad's own label, a line asking for corrections. Pure data and predicates for the
 * rule table (block-rules.ts); table-tested through tests/core/declutter/block-reason.test.ts.
 */
import { isShareText } from './share-text.js';
import { heldWordsFirst, mayHoldAny, mayOpenWithAny, openingWordsFirst } from '../text/word-lists.js';

/** One short line that asks to share ("Share your thoughts with friends.") over the icons. */
export const SHARE_PITCH = /^(share|teilen|teile|partagez|partager|compartir|comparte|condividi|deel|delen|compartilhe)\b/i;
export const MAX_SHARE_PITCH_CHARS = 60;
/** A short unit that opens by saying it is an ad ("From our sponsor", "Advertisement"). */
export const AD_LEAD = /^(advertisement|advertiser content|from our sponsors?|sponsored( content)?|paid content|anzeige|werbung|publicité|publicidad|pubblicità|reklama)\b/i;
/** A comment count and its label ("reader comments 75", "0 Comments", "84.1K 108" beside icons). */
export const MAX_COMMENT_LINK_CHARS = 80;
const MAX_AFTER_COMMENT_WORD = 30;
const COUNTS = /\d+(?:[.,]\d+)*\s*[km]?\b/gi;
const COMMENT_WORD_FIRST = /^(\p{L}+ )?(comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|komentáře|diskuse|评论|コメント|댓글)\b/iu;
/** Every COMMENT_WORD_FIRST match holds one of these ("comment" is in "commentaires" and "commenti"): tested first, they spare compiling it. */
const COMMENT_WORDS = ['comment', 'kommentar', 'comentario', 'reacties', 'komentáře', 'diskuse', '评论', 'コメント', '댓글'];

/** Numbers, then nothing but a comments label, share or save words: a row of counters and their controls. */
export function isCommentCount(text: string): boolean {
  const rest = text.replace(COUNTS, ' ').replace(/\s+/g, ' ').trim();
  if (!rest || isShareText(rest)) return true;
  const label = mayHoldAny(rest, COMMENT_WORDS) ? COMMENT_WORD_FIRST.exec(rest) : null;
  // "reader comments (with 51 posters)" is a label; "2 comments on <the post's title>" is a line of the page.
  return !!label && rest.length - label[0].length <= MAX_AFTER_COMMENT_WORD;
}
/** "Follow", "Folgen", "Suivez", "Síguenos", … : a follow-us line. */
export const FOLLOW_WORDS = /\b(follow|folgen|folge|suivez|suivre|síguenos|sigue|seguici|segui|volg|siga|sledujte)\b/i;
/** "@name" or "Follow @name": a handle, the whole text of its link. */
export const FOLLOW_HANDLE = /^((follow|folgen|suivre|seguir|segui|volg)\s+)?@[\p{L}\p{N}_.]{1,30}$/iu;
/** Links that ask the reader to report a mistake, in our languages. */
const CORRECTION_PATTERN = /\b(submit|send|suggest|report|request)( an?)? (corrections?|errors?|typos?|mistakes?)\b|\bcorrections? policy\b|\bfehler melden\b|\bsignaler une erreur\b|\breportar (un )?error\b|\bsegnala(re)? un errore\b|\bfout melden\b/i;
/** Every CORRECTION_PATTERN match holds one of these: tested first, they spare compiling it on most pages. */
export const CORRECTION_WORDS = heldWordsFirst(CORRECTION_PATTERN, ['correction', 'error', 'typo', 'mistake', 'fehler melden', 'signaler une erreur', 'fout melden']);
export const CORRECTION_LINK_DENSITY = 0.6;
/** "Subscribe to <Outlet> on YouTube", "Follow us on Instagram": one link to the outlet's channel, in our languages. */
/** Every FOLLOW_LINK_LINE match opens with one of these ("folgen sie" with "folge"). */
const FOLLOW_LINE_OPENINGS = ['subscribe to', 'follow', 'like', 'join', 'abonnez-vous à', 'suivez', 'abonniere', 'folge', 'suscríbete a', 'síguenos', 'iscriviti a', 'seguici'];
/** A Unicode, case-insensitive pattern: its opening words are tested first, which spares compiling it on most pages. */
export const isFollowLinkLine = (text: string): boolean => mayOpenWithAny(text, FOLLOW_LINE_OPENINGS) && FOLLOW_LINK_LINE.test(text);
export const FOLLOW_LINK_LINE = /^(subscribe to|follow|like|join|abonnez-vous à|suivez|abonniere|folge|folgen sie|suscríbete a|síguenos|iscriviti a|seguici) ((us|nous|uns)|[\p{L}\p{N}.&' -]{1,40}) (on|sur|auf|en|su) (youtube|twitter|x|facebook|instagram|tiktok|linkedin|threads|bluesky|mastodon|telegram|whatsapp)\b/iu;
export const MAX_FOLLOW_LINE_CHARS = 80;
/** "TOP POST 653,817 VIEWS", "Trending · 12K reads": a badge that ranks the story by its views. */
const VIEWS_BADGE_PATTERN = /^(top (post|story)|trending( now)?|viral|most (read|viewed|popular)|hot)\b.{0,20}\b\d[\d,.]*\s*[km]?\s*(views|reads|aufrufe|vues|visitas|visualizzazioni|weergaven)$/i;
/** Every badge opens with its ranking word: tested first, it spares compiling the pattern on most pages. */
export const VIEWS_BADGE = openingWordsFirst(VIEWS_BADGE_PATTERN, ['top ', 'trending', 'viral', 'most ', 'hot']);
export const MAX_BADGE_CHARS = 60;
