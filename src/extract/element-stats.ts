/**
 * One bottom-up pass over the live page: per element, how much text, how much of it in links,
 * how many headings / list items / buttons / article paragraphs inside. O(n) instead of a
 * textContent + querySelectorAll per block (which is O(n * depth) and too slow on big pages).
 */
import { foldedLength } from './block-text.js';
import { leadingText, SKIP } from './leading-text.js';
import { frameSize, isAdClick, isAdFrame, isAdSize, isCommentControl, isHeadlineLike, isShareTarget, isSocialProfile, SHARE_ARIA } from '../core/declutter/link-shapes.js';
import { PAUSE_EVERY, runNow, type Steps } from './steps.js';
import { TextRuns } from './text-runs.js';

export interface ElementStats {
  /** Position in document order (compareDocumentPosition scans siblings: slow on long lists). */
  index: number;
  /** Upper-case tag name (read once by the walk: later passes need not ask the DOM again). */
  tag: string;
  textLength: number;
  linkChars: number;
  linkCount: number;
  inPageLinks: number;
  headingCount: number;
  firstHeading: Element | null;
  listItems: number;
  buttons: number;
  emailInputs: number;
  articleParagraphs: number;
  /** Links whose text reads like a headline (several words): teasers for other stories. */
  headlineLinks: number;
  /** Links and buttons that share the page (share/intent URLs, mailto:?subject=, aria-label "Share"). */
  shareLinks: number;
  /** Images, pictures, videos and frames: what a reader sees of a block with no text. */
  media: number;
  /** Numbered lists (<ol>): ranked lists. */
  orderedLists: number;
  forms: number;
  /** <time> elements and [datetime]: a dateline. */
  times: number;
  h1s: number;
  /** Links to the outlet's profiles on social networks. */
  socialLinks: number;
  textareas: number;
  /** Headings that label something (not a teaser's linked headline). */
  labelHeadings: number;
  /** Frames of ad networks, or empty frames. */
  adFrames: number;
  /** Links and buttons to the comments: "12 comments", an icon linking to #comments, "Go to comments". */
  commentLinks: number;
  /** Password fields: a form with one is a login, not a sign-up for a newsletter. */
  passwords: number;
  /** Plain text fields asking for an email address. */
  emailTextFields: number;
  /** Links that are only a picture and open another page in a new window: banners. */
  bannerLinks: number;
  /** The element's slice [runsFrom, runsTo) of the page's TextRuns (text-runs.ts). */
  runsFrom: number;
  runsTo: number;
}

/** h1-h6 (a Set lookup: the walk asks for every element). */
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** What a reader sees without text. (SVG icons are decoration: share icons are counted by their link.) */
const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'IFRAME']);
/** A link shorter than this is a menu item or a tag, never a headline (checked before reading its text). */
const MIN_HEADLINE_CHARS = 8;
const HEADLINE_CAP = 160;

function emptyStats(index: number, tag: string, media: number, runsFrom: number, runsTo: number): ElementStats {
  return {
    runsFrom, runsTo,
    index, tag, textLength: 0, linkChars: 0, linkCount: 0, inPageLinks: 0, headingCount: 0, firstHeading: null, listItems: 0, buttons: 0, emailInputs: 0,
    articleParagraphs: 0, headlineLinks: 0, shareLinks: 0, media, orderedLists: 0, forms: 0, times: 0, h1s: 0,
    socialLinks: 0, textareas: 0, labelHeadings: 0, adFrames: 0, commentLinks: 0, passwords: 0, emailTextFields: 0, bannerLinks: 0,
  };
}

/** An ad network's frame, an empty frame a script fills, or a frame of a standard ad size. */
function isAdIframe(el: Element): boolean {
  return isAdFrame(el.getAttribute('src') ?? '', el.id || (el.getAttribute('name') ?? '')) || isAdSize(...frameSize(el.getAttribute('width'), el.getAttribute('height'), el.getAttribute('style')));
}

/** Alternative texts that only say "ad", in our languages: the picture is a banner. */
const AD_ALT = /^\s*(advertisement|advert|ads?|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|reklama|inzerce|реклама|sponsored|广告|廣告|広告|광고)\s*$/i;

/** A picture whose alternative text is an ad label ("Advertisement", "Реклама", "Anzeige"): a banner. */
function isAdPicture(el: Element): boolean {
  const alt = el.getAttribute('alt');
  return !!alt && AD_ALT.test(alt);
}

function isShareControl(el: Element, tag: string): boolean {
  if (tag !== 'A' && tag !== 'BUTTON') return false;
  if (tag === 'A' && isShareTarget(el.getAttribute('href') ?? '')) return true;
  // href="#" with the share URL in a click handler: window.open('https://twitter.com/intent/tweet?…').
  const onclick = el.getAttribute('onclick');
  if (onclick && isShareTarget(onclick)) return true;
  const aria = el.getAttribute('aria-label') ?? el.getAttribute('title');
  return !!aria && SHARE_ARIA.test(aria);
}

/** A text field that asks for an email address by its name, placeholder or autocomplete hint. */
const EMAIL_FIELD = /e-?mail/i;

/** An email field (type=email; forms with a plain text field are judged by their words, see block-rules). */
function isEmailInput(el: Element, tag: string): boolean {
  return tag === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'email';
}

/** A plain text field named or marked for an email address (older sign-up forms). */
function isEmailTextField(el: Element, tag: string): boolean {
  if (tag !== 'INPUT' || (el.getAttribute('type') ?? 'text').toLowerCase() !== 'text') return false;
  return EMAIL_FIELD.test(`${el.getAttribute('name') ?? ''} ${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('autocomplete') ?? ''}`);
}

/** `tag`: the element's upper-case tag name, read once per element by the walk (a DOM call each time). */
function statsOf(el: Element, tag: string, index: number, articleParagraphs: ReadonlySet<Element>, runsFrom: number): ElementStats {
  const isLink = tag === 'A';
  const heading = HEADINGS.has(tag);
  const href = isLink ? (el.getAttribute('href') ?? '') : '';
  return {
    runsFrom, runsTo: runsFrom,
    index, tag, textLength: 0, linkChars: 0, linkCount: isLink ? 1 : 0, inPageLinks: isLink && href.startsWith('#') ? 1 : 0, headingCount: heading ? 1 : 0,
    firstHeading: heading ? el : null, listItems: tag === 'LI' ? 1 : 0,
    buttons: tag === 'BUTTON' || el.getAttribute('role') === 'button' ? 1 : 0,
    emailInputs: isEmailInput(el, tag) ? 1 : 0,
    articleParagraphs: articleParagraphs.has(el) ? 1 : 0,
    headlineLinks: 0, shareLinks: isShareControl(el, tag) ? 1 : 0, media: 0, orderedLists: tag === 'OL' ? 1 : 0,
    forms: tag === 'FORM' ? 1 : 0, times: tag === 'TIME' ? 1 : 0, h1s: tag === 'H1' ? 1 : 0,
    socialLinks: isLink && isSocialProfile(href) ? 1 : 0, textareas: tag === 'TEXTAREA' ? 1 : 0, labelHeadings: 0,
    // A link to an ad network's click tracker counts as an ad frame (a banner image inside it).
    adFrames: isLink && isAdClick(href) ? 1 : 0,
    emailTextFields: isEmailTextField(el, tag) ? 1 : 0,
    bannerLinks: 0,
    passwords: tag === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'password' ? 1 : 0,
    commentLinks: (isLink || tag === 'BUTTON') && isCommentControl(href, el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '') ? 1 : 0,
  };
}

/** What only the finished element can tell: a label heading, a teaser link that reads like a headline. */
/** An icon-only control's class is all that says what it does ("comments-button" around an SVG). */
const COMMENTS_CLASS = /(^|[\s_-])comments?($|[\s_-])/i;

/** The accessible name of an icon that shares the page: a network's name or a share verb, alone. */
const SHARE_ICON_NAME = /^(facebook|twitter|x|e-?mail|linkedin|whatsapp|pinterest|reddit|telegram|messenger|flipboard|copy link|share( on \S+)?)$/i;
const ICON_TAGS = new Set(['LI', 'SPAN', 'DIV', 'I']);

/** A link to a picture file is the picture enlarged, not a banner. */
const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif|svg)([?#]|$)/i;

/**
 * A picture link that opens a page of another site in a new window (read only for links with a
 * picture and no text). A figure's picture is the story's (a photo linking to its agency), never a banner.
 */
function isBannerLink(el: Element): boolean {
  const href = el.getAttribute('href') ?? '';
  return el.getAttribute('target') === '_blank' && /^(https?:)?\/\//i.test(href) && !IMAGE_FILE.test(href) && !el.closest('figure');
}

function finish(el: Element, tag: string, c: ElementStats, runs: TextRuns): void {
  // An icon with no text and no link that a script makes share ("Facebook" as its aria-label).
  if (c.textLength === 0 && c.linkCount === 0 && c.shareLinks === 0 && ICON_TAGS.has(tag)) {
    const name = el.getAttribute('aria-label') ?? el.getAttribute('title');
    if (name && SHARE_ICON_NAME.test(name.trim())) c.shareLinks = 1;
  }
  if (tag === 'A' && c.textLength === 0 && c.media > 0 && isBannerLink(el)) c.bannerLinks = 1;
  if ((tag === 'A' || tag === 'BUTTON') && c.textLength === 0 && c.commentLinks === 0 && COMMENTS_CLASS.test(el.getAttribute('class') ?? '')) c.commentLinks = 1;
  if (c.headingCount > 0 && HEADINGS.has(tag) && c.textLength > 0 && c.linkChars / c.textLength < 0.5) c.labelHeadings += 1;
  // A share link's text ("Share this with Email") is a label, and an in-page link a table of contents entry: not headlines.
  if (tag === 'A' && c.shareLinks === 0 && c.inPageLinks === 0 && c.textLength >= MIN_HEADLINE_CHARS && isHeadlineLike(runs.leading(c.runsFrom, c.runsTo, HEADLINE_CAP))) c.headlineLinks += 1;
}

function addInto(s: ElementStats, c: ElementStats): void {
  s.textLength += c.textLength;
  s.linkChars += c.linkChars;
  s.linkCount += c.linkCount;
  s.inPageLinks += c.inPageLinks;
  s.headingCount += c.headingCount;
  s.firstHeading ??= c.firstHeading;
  s.listItems += c.listItems;
  s.buttons += c.buttons;
  s.emailInputs += c.emailInputs;
  s.articleParagraphs += c.articleParagraphs;
  s.headlineLinks += c.headlineLinks;
  s.shareLinks += c.shareLinks;
  s.media += c.media;
  s.orderedLists += c.orderedLists;
  s.forms += c.forms;
  s.times += c.times;
  s.h1s += c.h1s;
  s.socialLinks += c.socialLinks;
  s.textareas += c.textareas;
  s.labelHeadings += c.labelHeadings;
  s.adFrames += c.adFrames;
  s.commentLinks += c.commentLinks;
  s.passwords += c.passwords;
  s.emailTextFields += c.emailTextFields;
  s.bannerLinks += c.bannerLinks;
}

/** runsFrom of an element whose leading text is not in the page's TextRuns. */
const NO_RUNS = -1;

/** leadingText(el, cap), from the walk's TextRuns when it measured `el` (no second walk), else from the DOM. */
export function leadingOf(el: Element, cap: number, page: Pick<PageStats, 'stats' | 'runs'>): string {
  const s = page.stats.get(el);
  return s && s.runsFrom !== NO_RUNS ? page.runs.leading(s.runsFrom, s.runsTo, cap) : leadingText(el, cap);
}

export interface PageStats {
  stats: Map<Element, ElementStats>;
  /** The text the walk met, for leading texts without a second walk (text-runs.ts). */
  runs: TextRuns;
  /** Every element with stats, in document order (what `querySelectorAll('*')` would give, minus script/style/svg insides). */
  elements: Element[];
  /** Their stats, in the same order (a page-wide pass reads them without a Map lookup per element). */
  list: ElementStats[];
}

export function collectStats(root: Element, articleParagraphs: ReadonlySet<Element>): Map<Element, ElementStats> {
  return runNow(collectStatsSteps(root, articleParagraphs)).stats;
}

/** A loop with its own stack (no recursion on deep pages), pausing every few hundred elements. */
export function* collectStatsSteps(root: Element, articleParagraphs: ReadonlySet<Element>): Steps<PageStats> {
  const stats = new Map<Element, ElementStats>();
  const runs = new TextRuns();
  const elements: Element[] = [root];
  const list: ElementStats[] = [];
  const stack: Array<{ el: Element; tag: string; s: ElementStats; inLink: boolean; child: ChildNode | null }> = [];
  const rootTag = root.tagName.toUpperCase();
  const rootStats = statsOf(root, rootTag, 0, articleParagraphs, 0);
  list.push(rootStats);
  stack.push({ el: root, tag: rootTag, s: rootStats, inLink: rootTag === 'A', child: root.firstChild });
  while (stack.length) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    const child = top.child;
    if (child) {
      top.child = child.nextSibling;
      const type = child.nodeType;
      if (type === 3) {
        const value = child.nodeValue ?? '';
        const n = foldedLength(value);
        if (n === 0) continue;
        top.s.textLength += n;
        if (top.inLink) top.s.linkChars += n;
        runs.text(value, n);
        continue;
      }
      if (type !== 1) continue;
      const c = child as Element;
      const tag = c.tagName.toUpperCase();
      if (MEDIA.has(tag)) {
        // Media and frames hold no text we read, but a reader sees them (an ad's iframe, a share icon).
        top.s.media += 1;
        if (tag === 'IFRAME' ? isAdIframe(c) : isAdPicture(c)) top.s.adFrames += 1;
        // A frame's own text is no text of its parents' to leadingText (a frame is skipped), so
        // it has no slice (NO_RUNS: read from the DOM); a picture or a video is an element it enters.
        let media: ElementStats;
        if (tag === 'IFRAME') media = emptyStats(elements.length, tag, 1, NO_RUNS, NO_RUNS);
        else {
          runs.enter(tag);
          const from = runs.size;
          runs.subtree(c);
          media = emptyStats(elements.length, tag, 1, from, runs.size);
        }
        stats.set(c, media);
        list.push(media);
        elements.push(c);
      } else if (!SKIP.has(tag)) {
        runs.enter(tag);
        const s = statsOf(c, tag, elements.length, articleParagraphs, runs.size);
        elements.push(c);
        list.push(s);
        stack.push({ el: c, tag, s, inLink: top.inLink || s.linkCount === 1, child: c.firstChild });
        if (elements.length % PAUSE_EVERY === 0) yield;
      }
      continue;
    }
    stack.pop();
    top.s.runsTo = runs.size;
    finish(top.el, top.tag, top.s, runs);
    stats.set(top.el, top.s);
    const parent = stack[stack.length - 1];
    if (parent) addInto(parent.s, top.s);
  }
  return { stats, runs, elements, list };
}
