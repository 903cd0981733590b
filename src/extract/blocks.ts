/**
 * The only place where the DOM meets declutter scoring: live Element -> BlockFeatures.
 * Reads the page, never writes it.
 */
import type { BlockFeatures, DeclutterContext } from '../core/declutter/block-features.js';
import { isTitleCopy, wordsKey } from '../core/declutter/chunk-clutter.js';
import { isPrevNextAttrs, isRowCard, LABEL_COLON, linkLineLabel, MAX_LINK_LINE_CHARS } from '../core/declutter/recirculation-shapes.js';
import { MAX_LABEL_CHARS } from '../core/declutter/label-match.js';
import { reservesSlot } from '../core/declutter/link-shapes.js';
import { VIDEO_BOX_ATTRS } from '../core/declutter/player-shapes.js';
import type { ArticleLocation } from './article-location.js';
import { collectStatsSteps, type ElementStats, leadingOf } from './element-stats.js';
import { firstLine, leadingText } from './leading-text.js';
import { PAUSE_EVERY, runNow, type Steps } from './steps.js';
import { nextInOrder } from './walk-tree.js';
import { foldedLength } from './block-text.js';
import { cardRunOf, isLinkLine, isLinkList } from './block-neighbours.js';
import { countUp, isKeeper } from './keeper-elements.js';
import { tokenWords } from '../core/text/word-lists.js';

const TEXT_CAP = 400;
/** A footer line with the headline copy: the site name and a few footer links after it. */
const FOOTER_LINE_EXTRA = 90;
const TITLE_SEPARATOR = /^[|\-–—·•:»]/;
const LEAF_PARAGRAPH = /^(P|LI|H[1-6]|BLOCKQUOTE|DD|DT|TD|TH|PRE|FIGCAPTION)$/i;
/** Inline and replaced elements are judged through the block around them. */
const NOT_BLOCKS = new Set(['A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'SMALL', 'IMG', 'PICTURE', 'SOURCE', 'VIDEO', 'AUDIO', 'BR', 'HR', 'INPUT',
  'BUTTON', 'LABEL', 'TIME', 'ABBR', 'SUP', 'SUB', 'CODE', 'SVG', 'PATH', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OPTION',
  'SELECT', 'TEXTAREA', 'U', 'S', 'MARK', 'Q', 'CITE', 'LINK', 'META', 'HTML', 'BODY', 'MAIN']);

/** Class/id words of slots that keep their box empty until a script fills them (ads, third-party widgets). */
const EMPTY_SLOT_WORDS = tokenWords(['ad', 'ads', 'adslot', 'adunit', 'advert', 'advertisement', 'dfp', 'gpt', 'adsbygoogle', 'outbrain', 'taboola', 'zergnet', 'revcontent', 'mgid', 'ob-widget']);

/** Empty boxes judged by their names: ad slots and third-party widgets, video players and rails (one test per empty element: the walk meets thousands). */
const isNamedEmptySlot = (attrs: string): boolean =>
  EMPTY_SLOT_WORDS.test(attrs) || attrs.startsWith('div-gpt-ad') || attrs.startsWith('google_ads') || VIDEO_BOX_ATTRS.test(attrs);

/** A row of icon links (no text): judged by its class names (a share bar whose icons are CSS). */
const MIN_ICON_LINKS = 2;
/** "Next story: <headline>" as a bare link, outside any block of its own. */
const PREV_NEXT_LINK = /^[←«‹<]?\s*(previous|prev|next|older|newer)\b/i;
const MAX_PREV_NEXT_LINK_CHARS = 200;

function isPrevNextLink(el: Element, tag: string, length: number): boolean {
  if (tag !== 'A' || length === 0 || length > MAX_PREV_NEXT_LINK_CHARS) return false;
  // The words, or the class of a link whose arrow is an icon ("post-prev", "nav-next").
  return PREV_NEXT_LINK.test(leadingText(el, 20)) || isPrevNextAttrs(el.getAttribute('class') ?? '');
}

/** A comment count or "comments" button, as a link or button of its own (inline, so judged alone only then). */
function isCommentControl(el: Element, s: ElementStats): boolean {
  return s.commentLinks > 0 && /^(A|BUTTON)$/i.test(el.tagName);
}

const NO_TEXT = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG)$/i;
/** Teaser lists only (the label names their kind): this many headline links before the lead line is read. */
const MIN_TEASERS_FOR_LABEL = 3;
/** A label sits at the top of its widget (a banner's text); deeper, the first line belongs to the first of several widgets. */
const MAX_LABEL_DEPTH = 2;

/**
 * A widget's label when it is not a heading: its first line of text, when short and not inside a
 * link ("Le buzz du moment" in a banner over the teasers). A first line that is a link is a teaser.
 */
function leadLabel(el: Element): string {
  for (let node: Node | null = el.firstChild; node; ) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) {
      let depth = 0;
      for (let up = node.parentElement; up && up !== el; up = up.parentElement, depth += 1) if (up.tagName.toUpperCase() === 'A' || depth >= MAX_LABEL_DEPTH) return '';
      return firstLine(el, MAX_LABEL_CHARS);
    }
    node = nextInOrder(node, el, node.nodeType === 1 && !NO_TEXT.test((node as Element).tagName));
  }
  return '';
}

/** An ad frame or an ad banner with no text: a link or an inline box around it is the ad slot. */
const isBareAd = (s: ElementStats): boolean => s.adFrames > 0 && s.textLength === 0;

/** "@name" linking to a social profile: a follow button inline in a byline line. */
const MAX_HANDLE_CHARS = 40;
const isHandleLink = (el: Element, s: ElementStats): boolean =>
  s.socialLinks === 1 && s.textLength > 1 && s.textLength <= MAX_HANDLE_CHARS && el.tagName.toUpperCase() === 'A' && (el.textContent ?? '').includes('@');

export interface BlockCandidate {
  element: Element;
  features: BlockFeatures;
}

const attrsOf = (el: Element): string =>
  [el.id, el.getAttribute('class'), el.getAttribute('role'), el.getAttribute('aria-label'), el.getAttribute('data-testid')].filter(Boolean).join(' ').toLowerCase();

/** Class words of bars that stay on screen or sit in the masthead: they repeat the headline. */
const BAR_CLASS = /(^|[\s_-])(fixed|sticky|masthead|nav|navbar|topbar|titlebar)($|[\s_-])/i;

/** (A <header> is often the article's own header, so it does not count.) */
function inBar(el: Element): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) {
    if (up.tagName.toUpperCase() === 'NAV') return true;
    if (BAR_CLASS.test(up.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/**
 * The headline the reader came for: a heading copy of the title inside the article (an h1 first),
 * else the first h1 copy, else the first heading copy, else the first copy. Sticky headers,
 * breadcrumbs and footers are the other copies.
 */
function findMainTitle(copies: readonly Element[], root: Element | null): Element | null {
  const headings = copies.filter((el) => /^H[1-6]$/i.test(el.tagName) || el.getAttribute('role') === 'heading');
  const isH1 = (el: Element): boolean => el.tagName.toUpperCase() === 'H1' || el.getAttribute('aria-level') === '1';
  const inside = root ? headings.filter((el) => root.contains(el)) : [];
  // Outside the article, a copy in the masthead or a sticky bar repeats the headline: prefer one in the page's flow.
  const inFlow = headings.filter((el) => !inBar(el));
  return inside.find(isH1) ?? inside[0] ?? inFlow.find(isH1) ?? headings.find(isH1) ?? inFlow[0] ?? headings[0] ?? copies[0] ?? null;
}

export function collectBlocks(body: Element, article: ArticleLocation, context: DeclutterContext): BlockCandidate[] {
  return runNow(collectBlocksSteps(body, article, context));
}

/** The same, in steps the content script runs between the page's own tasks. */
/** `onStats` receives the walk's stats (page-plan.ts hands them to the widget climb). */
export function* collectBlocksSteps(body: Element, article: ArticleLocation, context: DeclutterContext, onStats?: (stats: Map<Element, ElementStats>) => void): Steps<BlockCandidate[]> {
  const titleLength = context.title?.length ?? 0;
  const maxCopy = titleLength + (context.siteName?.length ?? 0) + 8;
  // The length check first: it is cheap, and most elements fail it.
  const isHeadlineCopy = (el: Element, length: number, lead: (el: Element, cap: number) => string = leadingText): boolean =>
    length >= titleLength - 3 && length <= maxCopy && isTitleCopy(lead(el, maxCopy + 10), context);
  // A copy of the headline as long as a paragraph ("<div>Headline</div>" under the <h1>) is a
  // line of running text to the locator, but not a paragraph of the article.
  const paragraphs = new Set(titleLength ? article.paragraphs.filter((p) => !isHeadlineCopy(p, foldedLength(p.textContent ?? ''))) : article.paragraphs);
  // The walk lists the elements it measured, in document order: no querySelectorAll('*') over a huge page.
  const page = yield* collectStatsSteps(body, paragraphs);
  const { stats, elements: all } = page;
  onStats?.(stats);
  // An element's leading text from the walk's record of the page's text (no second walk of it).
  const leading = (el: Element, cap: number): string => leadingOf(el, cap, page);
  // Keepers and copies of the headline in one pass over the page's elements.
  const keepers: Element[] = [];
  const copies: Element[] = [];
  for (let i = 0; i < all.length; i += 1) {
    const el = all[i] as Element;
    const s = page.list[i] as ElementStats;
    if (isKeeper(el, s, article.root)) keepers.push(el);
    if (titleLength && isHeadlineCopy(el, s.textLength, leading)) copies.push(el);
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  const keeperCounts = countUp(keepers, body);
  const copySet = new Set(copies);
  const mainTitle = findMainTitle(copies, article.root);
  const root = article.root;
  // Document order by the walk's index (the walk lists elements in document order, and every
  // element in `all` has stats): compareDocumentPosition costs a walk of the parent's subtree per
  // call on linkedom, and answers wrongly across levels there.
  // A late root (judged on its own) holds no article paragraph: place it by the browser's order.
  const at = (el: Element): number => stats.get(el)?.index ?? -1;
  const outside = [...paragraphs].filter((p) => !stats.has(p));
  const inOrder = [...paragraphs].filter((p) => stats.has(p)).sort((a, b) => at(a) - at(b));
  const first = inOrder[0] ?? outside[0] ?? null;
  const last = inOrder.at(-1) ?? outside.at(-1) ?? null;
  const follows = (el: Element, ref: Element): boolean => (stats.has(ref) ? at(el) > at(ref) : (ref.compareDocumentPosition(el) & 4) !== 0) && !ref.contains(el);

  // Text-level article elements: anything inside one is part of a sentence (a bold name that
  // happens to equal the headline), so it is never a block of its own.
  const leafParagraphs = new Set([...paragraphs].filter((p) => LEAF_PARAGRAPH.test(p.tagName)));
  const insideParagraph = (el: Element): boolean => {
    for (let up = el.parentElement; up && up !== body; up = up.parentElement) if (leafParagraphs.has(up)) return true;
    return false;
  };

  // "Headline | Site · Imprint · Privacy" in one footer line: the copy shares its element with
  // the footer's links, so the whole line goes (after the story, never above it).
  const titleKey = titleLength ? wordsKey(context.title ?? '') : '';
  const isFooterTitleLine = (el: Element, length: number): boolean =>
    !!titleKey && length > titleLength && length <= titleLength + FOOTER_LINE_EXTRA && !!last && follows(el, last) &&
    !(root && root.contains(el) && !isAfterBody(el)) && isTitleThenSite(leadingText(el, titleLength + FOOTER_LINE_EXTRA + 10));
  // The copy, then a separator ("Headline | Site", "Headline - Site · Imprint"): not a title that opens a longer name.
  const isTitleThenSite = (text: string): boolean => {
    if (!wordsKey(text).startsWith(`${titleKey} `)) return false;
    const words = titleKey.split(' ').length;
    const rest = text.split(/\s+/).slice(words).join(' ');
    return TITLE_SEPARATOR.test(rest);
  };
  const isAfterBody = (el: Element): boolean => !!last && follows(el, last);
  const out: BlockCandidate[] = [];
  // An index loop: entries() makes an iterator result and a pair per element, and this loop
  // visits every element of the page (thousands), most of them in V8's interpreter at load.
  for (let i = 0; i < all.length; i += 1) {
    const el = all[i] as Element;
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const s = page.list[i];
    // Inline elements count only as copies of the headline (a breadcrumb's last <span>).
    if (!s || (NOT_BLOCKS.has(s.tag) && !copySet.has(el) && !isPrevNextLink(el, s.tag, s.textLength) && !isCommentControl(el, s) && !isBareAd(s) && !isHandleLink(el, s))) continue;
    // A block with no text is judged only when a reader sees something of it: an ad's frame or
    // image, a share bar of icons, an empty ad slot that keeps its box.
    const reservedSlot = s.textLength === 0 && s.media === 0 && !el.firstElementChild && reservesSlot(el.getAttribute('style') ?? '');
    // (An empty box named for a video player or rail is a site player a reader sees as a blank rectangle.)
    if (s.textLength === 0 && s.media === 0 && s.shareLinks === 0 && s.socialLinks === 0 && s.commentLinks === 0 && s.linkCount < MIN_ICON_LINKS && !reservedSlot && !isNamedEmptySlot(attrsOf(el))) continue;
    const containsArticle = !!root && el.contains(root);
    const hasMainTitle = !!mainTitle && el.contains(mainTitle);
    // Never-hidden blocks need no features (the plan would refuse them anyway); skipping them
    // here keeps cleaning fast on long articles. Small sign-up boxes are the one exception.
    if (containsArticle || hasMainTitle || (s.articleParagraphs > 0 && !(s.emailInputs > 0 && s.articleParagraphs <= 2))) continue;
    // An ad's frame inside a paragraph (floated beside the text) has no text of the story: judge it alone.
    if (leafParagraphs.size && insideParagraph(el) && !isBareAd(s)) continue;
    // A list's first line is its first item, not a label: lists are labelled by headings only.
    const isList = s.tag === 'UL' || s.tag === 'OL' || s.tag === 'DL';
    const heading = s.firstHeading
      ? leading(s.firstHeading, MAX_LABEL_CHARS + 1)
      : (el.getAttribute('aria-label') ?? (isList ? '' : firstLine(el, MAX_LABEL_CHARS)));
    const insideArticle = !!root && root !== el && root.contains(el);
    const afterArticle = !!last && follows(el, last);
    const beforeArticle = !!first && !el.contains(first) && follows(first, el);
    const text = leading(el, TEXT_CAP);
    const linkDensity = s.textLength ? Math.min(1, s.linkChars / s.textLength) : 0;
    // Neighbours are read only for a line that is itself "Label: <one link>" (few are; the counts first).
    const linkLine = s.linkCount === 1 && s.textLength <= MAX_LINK_LINE_CHARS && LABEL_COLON.test(text) && !!linkLineLabel({ text, textLength: s.textLength, linkCount: 1, linkDensity, headingCount: s.headingCount });
    const linkLineSiblings = linkLine ? Number(isLinkLine(el.previousElementSibling, stats)) + Number(isLinkLine(el.nextElementSibling, stats)) : 0;
    out.push({
      element: el,
      features: {
        tag: s.tag.toLowerCase(),
        attrs: attrsOf(el),
        heading: heading.replace(/\s+/g, ' ').trim(),
        text,
        textLength: s.textLength,
        linkDensity,
        linkCount: s.linkCount,
        inPageLinks: s.inPageLinks,
        insideArticle,
        containsArticle,
        headingCount: s.headingCount,
        articleParagraphs: s.articleParagraphs,
        keepers: keeperCounts.get(el) ?? 0,
        listItems: s.listItems,
        buttons: s.buttons,
        // A login form asks for an email too: with a password field it is not a sign-up box. A plain
        // text field named for an email counts outside the story's container or after its end only
        // (inside, Readability keeps such a box with the story, and the in-place safety figure follows it).
        hasEmailInput: (s.emailInputs > 0 || (s.emailTextFields > 0 && (!insideArticle || afterArticle))) && s.passwords === 0,
        hasPassword: s.passwords > 0,
        isTitleCopy: (el !== mainTitle && copySet.has(el) && !(mainTitle && mainTitle.contains(el))) || isFooterTitleLine(el, s.textLength),
        hasMainTitle,
        afterArticle,
        nextIsLinkList: s.headingCount === 1 && s.firstHeading === el && isLinkList(el.nextElementSibling, stats),
        headlineLinks: s.headlineLinks,
        shareLinks: s.shareLinks,
        media: s.media,
        ordered: s.orderedLists > 0,
        hasForm: s.forms > 0,
        hasTime: s.times > 0,
        hasH1: s.h1s > 0,
        socialLinks: s.socialLinks,
        hasTextarea: s.textareas > 0,
        labelHeadings: s.labelHeadings,
        adFrames: s.adFrames,
        reservedSlot,
        leadLabel: s.headlineLinks >= MIN_TEASERS_FOR_LABEL && s.firstHeading ? leadLabel(el) : '',
        commentLinks: s.commentLinks,
        bannerLinks: s.bannerLinks,
        titleKnown: !!mainTitle,
        linkLineSiblings,
        cardRun: 0,
        beforeArticle,
      },
    });
    // Neighbours are read only for a block that is itself a teaser card (few are; one headline link first).
    const features = (out.at(-1) as BlockCandidate).features;
    if (s.headlineLinks === 1 && isRowCard(features)) features.cardRun = cardRunOf(el, stats);
  }
  return out;
}
