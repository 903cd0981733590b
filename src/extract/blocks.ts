/**
 * The only place where the DOM meets declutter scoring: live Element -> BlockFeatures.
 * Reads the page, never writes it.
 */
import type { BlockFeatures, DeclutterContext } from '../core/declutter/block-features.js';
import { isTitleCopy } from '../core/declutter/chunk-clutter.js';
import { isKeeperLine } from '../core/declutter/keeper-lines.js';
import { MAX_LABEL_CHARS } from '../core/declutter/label-match.js';
import { collectStats, type ElementStats, firstLine, leadingText } from './element-stats.js';

const TEXT_CAP = 400;
const KEEPER_CAP = 300;
/** Inline and replaced elements are judged through the block around them. */
const NOT_BLOCKS = new Set(['A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'SMALL', 'IMG', 'PICTURE', 'SOURCE', 'VIDEO', 'AUDIO', 'BR', 'HR', 'INPUT',
  'BUTTON', 'LABEL', 'TIME', 'ABBR', 'SUP', 'SUB', 'CODE', 'svg', 'SVG', 'PATH', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OPTION', 'SELECT', 'TEXTAREA', 'U', 'S', 'MARK', 'Q', 'CITE', 'LINK', 'META']);

export interface ArticleLocation {
  /** The smallest live element holding the article's paragraphs. */
  root: Element | null;
  /** Live elements holding the article text: never hidden. */
  paragraphs: readonly Element[];
}

export interface BlockCandidate {
  element: Element;
  features: BlockFeatures;
}

const attrsOf = (el: Element): string =>
  [el.id, el.getAttribute('class'), el.getAttribute('role'), el.getAttribute('aria-label'), el.getAttribute('data-testid')].filter(Boolean).join(' ').toLowerCase();

/** The headline the reader came for: the first h1 that copies the title, else the first heading that does. */
function findMainTitle(all: readonly Element[], copies: readonly Element[]): Element | null {
  const headings = copies.filter((el) => /^H[1-6]$/i.test(el.tagName));
  return headings.find((el) => el.tagName.toUpperCase() === 'H1') ?? headings[0] ?? copies[0] ?? null;
  void all;
}

export function collectBlocks(body: Element, article: ArticleLocation, context: DeclutterContext): BlockCandidate[] {
  const paragraphs = new Set(article.paragraphs);
  const stats = collectStats(body, paragraphs);
  const all = [body, ...Array.from(body.querySelectorAll('*'))].filter((el) => stats.has(el));
  const titleLength = context.title?.length ?? 0;
  const maxCopy = titleLength + (context.siteName?.length ?? 0) + 8;
  const isCopy = (el: Element, s: ElementStats): boolean =>
    titleLength > 0 && s.textLength >= titleLength - 3 && s.textLength <= maxCopy && isTitleCopy(leadingText(el, maxCopy + 10), context);
  const copies = all.filter((el) => isCopy(el, stats.get(el)!));
  const mainTitle = findMainTitle(all, copies);
  const root = article.root;
  const last = article.paragraphs.at(-1) ?? null;
  const keepers = all.filter((el) => {
    const s = stats.get(el)!;
    const tag = el.tagName.toUpperCase();
    if (root && (tag === 'FIGCAPTION' || tag === 'BLOCKQUOTE') && root.contains(el)) return true;
    return s.textLength > 0 && s.textLength <= KEEPER_CAP && !NOT_BLOCKS.has(tag) && isKeeperLine(leadingText(el, KEEPER_CAP));
  });

  const out: BlockCandidate[] = [];
  for (const el of all) {
    const s = stats.get(el)!;
    if (NOT_BLOCKS.has(el.tagName.toUpperCase()) || s.textLength === 0) continue;
    const text = leadingText(el, TEXT_CAP);
    const heading = s.firstHeading ? leadingText(s.firstHeading, MAX_LABEL_CHARS + 1) : (el.getAttribute('aria-label') ?? firstLine(el, MAX_LABEL_CHARS));
    out.push({
      element: el,
      features: {
        tag: el.tagName.toLowerCase(),
        attrs: attrsOf(el),
        heading: heading.replace(/\s+/g, ' ').trim(),
        text,
        textLength: s.textLength,
        linkDensity: s.textLength ? Math.min(1, s.linkChars / s.textLength) : 0,
        linkCount: s.linkCount,
        insideArticle: !!root && root !== el && root.contains(el),
        containsArticle: !!root && el.contains(root),
        headingCount: s.headingCount,
        articleParagraphs: s.articleParagraphs,
        keepers: keepers.filter((k) => el.contains(k)).length,
        listItems: s.listItems,
        buttons: s.buttons,
        hasEmailInput: s.emailInputs > 0,
        isTitleCopy: el !== mainTitle && copies.includes(el) && !(mainTitle && (el.contains(mainTitle) || mainTitle.contains(el))),
        hasMainTitle: !!mainTitle && el.contains(mainTitle),
        afterArticle: !!last && !el.contains(last) && (last.compareDocumentPosition(el) & 4) !== 0,
      },
    });
  }
  return out;
}
