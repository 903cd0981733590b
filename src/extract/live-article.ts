/**
 * Where the article is on the LIVE page, found cheaply at load: one read-only walk over the body
 * (no clone, no Readability, no mutation). Readability-like scoring of paragraph parents: each
 * running-text block scores its parent in full and its ancestors less, the best-scoring element
 * (discounted by its link density and weighted by its class) holds the article; when a sibling of
 * that element also carries paragraphs, the article is their common parent (Readability appends
 * such siblings too). The same walk yields the text evidence for the isArticle decision.
 */
import type { ArticleLocation } from './article-location.js';
import { isBlockTag, NOT_TEXT_TAGS, weightedLength } from './block-text.js';
import { PAUSE_EVERY, runNow, type Steps } from './steps.js';

/** Never article text: site furniture and things that are not text at all. */
const SKIP = new Set([...NOT_TEXT_TAGS, 'NAV', 'FOOTER', 'HEADER', 'ASIDE']);
/** A block with this much own running text (outside links) is a paragraph of some text. */
const PARAGRAPH_CHARS = 25;
/**
 * Paragraphs this long are never hidden in place (with their containers). Shorter lines are left to
 * the plan's rules, which are conservative inside the article: "▶ Listen to this article" and
 * "Was this article helpful?" are short lines too, and they are widgets.
 */
const PROTECTED_CHARS = 60;
/** Paragraphs this long are the "long paragraphs" the isArticle decision counts. */
export const LONG_PARAGRAPH_CHARS = 100;
/** Readability's own levels: the parent gets the full score, the grandparent half, then 1/(3 level). */
const ANCESTOR_LEVELS = 5;
/** Readability's "unlikely candidates": boxes that hold text which is not the article's. */
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|mathjax|shadow/;
/** Below this much likely paragraph text (not one real paragraph), score every paragraph: Readability retries without its filter too. */
const MIN_LIKELY_CHARS = 140;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/;

export interface LiveParagraph {
  element: Element;
  /** Own running text (inline children included, block children not), outside links. */
  chars: number;
  /** Inside a box whose class or id says comments, sidebar, footer, related... (Readability's list). */
  unlikely: boolean;
}

export interface LiveArticle {
  location: ArticleLocation;
  /** Every running-text block of the page (outside nav/header/footer/aside), in document order. */
  paragraphs: LiveParagraph[];
}

interface Totals {
  text: number;
  links: number;
}

function classWeight(el: Element): number {
  const attrs = `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase();
  if (!attrs.trim()) return 0;
  let w = 0;
  if (NEGATIVE.test(attrs)) w -= 25;
  if (POSITIVE.test(attrs)) w += 25;
  return w;
}

function isUnlikely(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (!cls && !el.id) return false;
  const attrs = `${cls ?? ''} ${el.id}`.toLowerCase();
  return UNLIKELY.test(attrs) && !MAYBE_CANDIDATE.test(attrs);
}

interface WalkFrame {
  el: Element;
  /** Upper-case tag name, read once (each read is a DOM call). */
  tag: string;
  block: boolean;
  unlikely: boolean;
  /** Text inside a link is link text even in a block child of the link (<a><h4>Headline</h4></a>). */
  linked: boolean;
  /** The next child to visit. */
  child: ChildNode | null;
  own: number;
  ownLinks: number;
  commas: number;
  total: Totals;
}

function frameOf(el: Element, tag: string, unlikelyAbove: boolean, inLink: boolean): WalkFrame {
  return {
    el, tag, block: isBlockTag(tag), unlikely: unlikelyAbove || isUnlikely(el), linked: inLink || tag === 'A', child: el.firstChild,
    own: 0, ownLinks: 0, commas: 0, total: { text: 0, links: 0 },
  };
}

interface BodyWalk {
  paragraphs: LiveParagraph[];
  commas: Map<Element, number>;
  totals: Map<Element, Totals>;
}

/**
 * One walk: running-text blocks with their own lengths, and every element's text/link totals.
 * A loop with its own stack (a page nested 10,000 deep would overflow the call stack), pausing
 * every few hundred elements so the content script can slice it.
 */
function* walkBody(body: Element): Steps<BodyWalk> {
  const paragraphs: LiveParagraph[] = [];
  const commas = new Map<Element, number>();
  const totals = new Map<Element, Totals>();
  const stack: WalkFrame[] = [frameOf(body, body.tagName.toUpperCase(), false, false)];
  let visited = 0;
  while (stack.length) {
    const top = stack[stack.length - 1] as WalkFrame;
    const child = top.child;
    if (child) {
      top.child = child.nextSibling;
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        // Dense scripts weigh per character like words (see weightedLength).
        const n = weightedLength(value);
        top.own += n;
        top.total.text += n;
        if (top.linked) {
          top.ownLinks += n;
          top.total.links += n;
        }
        if (n && value.includes(',')) top.commas += value.split(',').length - 1;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        stack.push(frameOf(child as Element, tag, top.unlikely, top.linked));
        if (++visited % PAUSE_EVERY === 0) yield;
      }
      continue;
    }
    // All children seen: this element is done.
    stack.pop();
    const { el, own, ownLinks, total } = top;
    if (top.block && own - ownLinks >= PARAGRAPH_CHARS && ownLinks / own <= 0.5) {
      paragraphs.push({ element: el, chars: own, unlikely: top.unlikely });
      commas.set(el, top.commas);
    }
    totals.set(el, total);
    const parent = stack[stack.length - 1];
    if (!parent) break;
    parent.total.text += total.text;
    parent.total.links += total.links;
    // Inline children belong to this block's paragraph; block children are paragraphs of their own.
    if (!top.block) {
      parent.own += own;
      parent.ownLinks += ownLinks;
      parent.commas += top.commas;
    }
  }
  return { paragraphs, commas, totals };
}

/** Readability's numbers: how many runner-up candidates, and how close, make their ancestor the article. */
const TOP_CANDIDATES = 5;
const CLOSE_SCORE = 0.75;
const MIN_CLOSE_CANDIDATES = 3;

/**
 * From the best-scoring element to the article's container, as Readability widens its top
 * candidate: an ancestor holding three close runners-up (a story split into cards or chunks), a
 * parent of which it is the only child, or the parent of siblings that are more of the same
 * article (well-scoring siblings or long paragraphs of their own).
 */
function widen(top: Element, best: number, runnersUp: ReadonlyArray<{ el: Element; score: number }>, body: Element, final: (el: Element) => number, longParagraphs: ReadonlySet<Element>): Element {
  let root = top;
  const close = runnersUp.filter((c) => c.score >= best * CLOSE_SCORE && !top.contains(c.el) && !c.el.contains(top)).map((c) => c.el);
  if (close.length >= MIN_CLOSE_CANDIDATES) {
    for (let up = top.parentElement; up && up !== body; up = up.parentElement) {
      if (close.filter((el) => up.contains(el)).length >= MIN_CLOSE_CANDIDATES) {
        root = up;
        break;
      }
    }
  }
  // An only child (firstElementChild/nextElementSibling: linkedom builds `children` by walking the subtree).
  const onlyChild = (p: Element): boolean => p.firstElementChild === root && root.nextElementSibling === null;
  while (root.parentElement && root.parentElement !== body && onlyChild(root.parentElement)) root = root.parentElement;
  const parent = root.parentElement;
  if (!parent || root === body) return root;
  const threshold = Math.max(10, best * 0.2);
  for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib !== root && (final(sib) >= threshold || longParagraphs.has(sib))) return parent;
  }
  return root;
}

/** Reads, never writes, the live page. */
export function locateLiveArticle(doc: Document): LiveArticle {
  return runNow(locateLiveArticleSteps(doc));
}

/** The same, in steps the content script runs between the page's own tasks. */
export function* locateLiveArticleSteps(doc: Document): Steps<LiveArticle> {
  const body = doc.body;
  if (!body) return { location: { root: null, paragraphs: [] }, paragraphs: [] };
  const { paragraphs, commas, totals } = yield* walkBody(body);
  const scores = new Map<Element, number>();
  const likely = paragraphs.filter((p) => !p.unlikely);
  const scored = likely.reduce((n, p) => n + p.chars, 0) >= MIN_LIKELY_CHARS ? likely : paragraphs;
  for (const [i, p] of scored.entries()) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    // Readability's paragraph score: one point, one per comma, one per 100 characters (max 3).
    const score = 1 + (commas.get(p.element) ?? 0) + Math.min(Math.floor(p.chars / 100), 3);
    let up = p.element.parentElement;
    for (let level = 0; up && level < ANCESTOR_LEVELS; level += 1, up = up === body ? null : up.parentElement) {
      if (!scores.has(up)) scores.set(up, classWeight(up));
      scores.set(up, (scores.get(up) ?? 0) + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  }
  const final = (el: Element): number => {
    const t = totals.get(el);
    const density = t && t.text ? t.links / t.text : 0;
    return (scores.get(el) ?? 0) * (1 - density);
  };
  const ranked = [...scores.keys()].map((el) => ({ el, score: final(el) })).filter((c) => c.score > 0).sort((a, b) => b.score - a.score);
  const first = ranked[0];
  if (!first) return { location: { root: null, paragraphs: [] }, paragraphs };
  const longParagraphs = new Set(scored.filter((p) => p.chars >= LONG_PARAGRAPH_CHARS).map((p) => p.element));
  const root = widen(first.el, first.score, ranked.slice(1, TOP_CANDIDATES), body, final, longParagraphs);
  // Paragraphs of a comments box or a sidebar inside the container are not the article's.
  const inside = scored.filter((p) => p.chars >= PROTECTED_CHARS && root.contains(p.element)).map((p) => p.element);
  return { location: { root, paragraphs: inside }, paragraphs };
}
