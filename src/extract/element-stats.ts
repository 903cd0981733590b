/**
 * One bottom-up pass over the live page: per element, how much text, how much of it in links,
 * how many headings / list items / buttons / article paragraphs inside. O(n) instead of a
 * textContent + querySelectorAll per block (which is O(n * depth) and too slow on big pages).
 */
import { foldedLength } from './block-text.js';
import { PAUSE_EVERY, runNow, type Steps } from './steps.js';
import { nextInOrder } from './walk-tree.js';

export interface ElementStats {
  /** Position in document order (compareDocumentPosition scans siblings: slow on long lists). */
  index: number;
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
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'TITLE']);
const HEADING = /^H[1-6]$/;

function statsOf(el: Element, index: number, articleParagraphs: ReadonlySet<Element>): ElementStats {
  const tag = el.tagName.toUpperCase();
  const isLink = tag === 'A';
  const heading = HEADING.test(tag);
  return {
    index, textLength: 0, linkChars: 0, linkCount: isLink ? 1 : 0, inPageLinks: isLink && (el.getAttribute('href') ?? '').startsWith('#') ? 1 : 0, headingCount: heading ? 1 : 0,
    firstHeading: heading ? el : null, listItems: tag === 'LI' ? 1 : 0,
    buttons: tag === 'BUTTON' || el.getAttribute('role') === 'button' ? 1 : 0,
    emailInputs: tag === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'email' ? 1 : 0,
    articleParagraphs: articleParagraphs.has(el) ? 1 : 0,
  };
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
}

export interface PageStats {
  stats: Map<Element, ElementStats>;
  /** Every element with stats, in document order (what `querySelectorAll('*')` would give, minus script/style/svg insides). */
  elements: Element[];
}

export function collectStats(root: Element, articleParagraphs: ReadonlySet<Element>): Map<Element, ElementStats> {
  return runNow(collectStatsSteps(root, articleParagraphs)).stats;
}

/** A loop with its own stack (no recursion on deep pages), pausing every few hundred elements. */
export function* collectStatsSteps(root: Element, articleParagraphs: ReadonlySet<Element>): Steps<PageStats> {
  const stats = new Map<Element, ElementStats>();
  const elements: Element[] = [root];
  const stack: Array<{ el: Element; s: ElementStats; inLink: boolean; child: ChildNode | null }> = [];
  const rootStats = statsOf(root, 0, articleParagraphs);
  stack.push({ el: root, s: rootStats, inLink: root.tagName.toUpperCase() === 'A', child: root.firstChild });
  while (stack.length) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    const child = top.child;
    if (child) {
      top.child = child.nextSibling;
      if (child.nodeType === 3) {
        const n = foldedLength(child.nodeValue ?? '');
        top.s.textLength += n;
        if (top.inLink) top.s.linkChars += n;
      } else if (child.nodeType === 1 && !SKIP.has((child as Element).tagName.toUpperCase())) {
        const c = child as Element;
        const s = statsOf(c, elements.length, articleParagraphs);
        elements.push(c);
        stack.push({ el: c, s, inLink: top.inLink || s.linkCount === 1, child: c.firstChild });
        if (elements.length % PAUSE_EVERY === 0) yield;
      }
      continue;
    }
    stack.pop();
    stats.set(top.el, top.s);
    const parent = stack[stack.length - 1];
    if (parent) addInto(parent.s, top.s);
  }
  return { stats, elements };
}

/** Inline elements whose text runs on with their neighbours' (no space added). */
const RUN_ON = new Set(['A', 'SPAN', 'STRONG', 'B', 'EM', 'I']);

/** The first `cap` characters of an element's text, whitespace folded, without reading the rest. */
export function leadingText(el: Element, cap: number): string {
  let out = '';
  // A loop in document order that stops as soon as it has enough (nextInOrder: no recursion).
  for (let node: Node | null = el.firstChild; node && out.length <= cap * 1.5; ) {
    let descend = false;
    if (node.nodeType === 3) out += ` ${node.nodeValue ?? ''}`;
    else if (node.nodeType === 1 && !SKIP.has((node as Element).tagName.toUpperCase())) {
      if (!RUN_ON.has((node as Element).tagName.toUpperCase())) out += ' ';
      descend = true;
    }
    node = nextInOrder(node, el, descend);
  }
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
