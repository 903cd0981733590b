/**
 * One bottom-up pass over the live page: per element, how much text, how much of it in links,
 * how many headings / list items / buttons / article paragraphs inside. O(n) instead of a
 * textContent + querySelectorAll per block (which is O(n * depth) and too slow on big pages).
 */
import { foldedLength } from './block-text.js';
import { isAdClick, isAdFrame, isHeadlineLike, isShareTarget, isSocialProfile, SHARE_ARIA } from '../core/declutter/link-shapes.js';

export interface ElementStats {
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
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'TITLE']);
const HEADING = /^H[1-6]$/;
/** What a reader sees without text. (SVG icons are decoration: share icons are counted by their link.) */
const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'IFRAME']);
/** A link shorter than this is a menu item or a tag, never a headline (checked before reading its text). */
const MIN_HEADLINE_CHARS = 8;
const HEADLINE_CAP = 160;

function emptyStats(media: number): ElementStats {
  return {
    textLength: 0, linkChars: 0, linkCount: 0, inPageLinks: 0, headingCount: 0, firstHeading: null, listItems: 0, buttons: 0, emailInputs: 0,
    articleParagraphs: 0, headlineLinks: 0, shareLinks: 0, media, orderedLists: 0, forms: 0, times: 0, h1s: 0,
    socialLinks: 0, textareas: 0, labelHeadings: 0, adFrames: 0,
  };
}

function isShareControl(el: Element, tag: string): boolean {
  if (tag !== 'A' && tag !== 'BUTTON') return false;
  if (tag === 'A' && isShareTarget(el.getAttribute('href') ?? '')) return true;
  const aria = el.getAttribute('aria-label') ?? el.getAttribute('title');
  return !!aria && SHARE_ARIA.test(aria);
}

/** An email field (type=email; forms with a plain text field are judged by their words, see block-rules). */
function isEmailInput(el: Element, tag: string): boolean {
  return tag === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'email';
}

export function collectStats(root: Element, articleParagraphs: ReadonlySet<Element>): Map<Element, ElementStats> {
  const stats = new Map<Element, ElementStats>();
  const visit = (el: Element, inLink: boolean): ElementStats => {
    const tag = el.tagName.toUpperCase();
    const isLink = tag === 'A';
    const s: ElementStats = {
      textLength: 0, linkChars: 0, linkCount: isLink ? 1 : 0, inPageLinks: isLink && (el.getAttribute('href') ?? '').startsWith('#') ? 1 : 0, headingCount: HEADING.test(tag) ? 1 : 0,
      firstHeading: HEADING.test(tag) ? el : null, listItems: tag === 'LI' ? 1 : 0,
      buttons: tag === 'BUTTON' || el.getAttribute('role') === 'button' ? 1 : 0,
      emailInputs: isEmailInput(el, tag) ? 1 : 0,
      articleParagraphs: articleParagraphs.has(el) ? 1 : 0,
      headlineLinks: 0, shareLinks: isShareControl(el, tag) ? 1 : 0, media: MEDIA.has(tag) ? 1 : 0, orderedLists: tag === 'OL' ? 1 : 0,
      forms: tag === 'FORM' ? 1 : 0, times: tag === 'TIME' ? 1 : 0, h1s: tag === 'H1' ? 1 : 0,
      socialLinks: isLink && isSocialProfile(el.getAttribute('href') ?? '') ? 1 : 0, textareas: tag === 'TEXTAREA' ? 1 : 0, labelHeadings: 0,
      // A link to an ad network's click tracker counts as an ad frame (a banner image inside it).
      adFrames: isLink && isAdClick(el.getAttribute('href') ?? '') ? 1 : 0,
    };
    // Media and frames hold no text we read, but a reader sees them (an ad's iframe, a share icon).
    if (MEDIA.has(tag)) {
      stats.set(el, s);
      return s;
    }
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const n = foldedLength(child.nodeValue ?? '');
        s.textLength += n;
        if (inLink || isLink) s.linkChars += n;
      } else if (child.nodeType === 1 && !SKIP.has((child as Element).tagName.toUpperCase())) {
        const c = visit(child as Element, inLink || isLink);
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
      } else if (child.nodeType === 1 && MEDIA.has((child as Element).tagName.toUpperCase())) {
        const frame = child as Element;
        s.media += 1;
        if (frame.tagName.toUpperCase() === 'IFRAME' && isAdFrame(frame.getAttribute('src') ?? '', frame.id || (frame.getAttribute('name') ?? ''))) s.adFrames += 1;
        stats.set(frame, emptyStats(1));
      }
    }
    if (s.headingCount > 0 && HEADING.test(tag) && s.textLength > 0 && s.linkChars / s.textLength < 0.5) s.labelHeadings += 1;
    // A share link's text ("Share this with Email") is a label, not another story's headline.
    // (An in-page link is a table of contents entry.)
    if (isLink && s.shareLinks === 0 && s.inPageLinks === 0 && s.textLength >= MIN_HEADLINE_CHARS && isHeadlineLike(leadingText(el, HEADLINE_CAP))) s.headlineLinks += 1;
    stats.set(el, s);
    return s;
  };
  visit(root, false);
  return stats;
}

/** The first `cap` characters of an element's text, whitespace folded, without reading the rest. */
export function leadingText(el: Element, cap: number): string {
  let out = '';
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += ` ${child.nodeValue ?? ''}`;
        if (out.length > cap * 1.5) return true;
      } else if (child.nodeType === 1 && !SKIP.has((child as Element).tagName.toUpperCase())) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag !== 'A' && tag !== 'SPAN' && tag !== 'STRONG' && tag !== 'B' && tag !== 'EM' && tag !== 'I') out += ' ';
        if (walk(child)) return true;
      }
    }
    return false;
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim().slice(0, cap);
}

/** The first non-empty text run's element text, when short: "Help us improve." in a <strong>. */
export function firstLine(el: Element, cap: number): string {
  for (let node: Node | null = el.firstChild; node; ) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) {
      const parent = node.parentElement;
      const line = parent && parent !== el ? leadingText(parent, cap + 1) : (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      return line.length <= cap ? line : '';
    }
    if (node.nodeType === 1 && !SKIP.has((node as Element).tagName.toUpperCase()) && node.firstChild) node = node.firstChild;
    else {
      while (node && !node.nextSibling && node !== el) node = node.parentNode;
      if (!node || node === el) break;
      node = node.nextSibling;
    }
  }
  return '';
}
