/**
 * One bottom-up pass over the live page: per element, how much text, how much of it in links,
 * how many headings / list items / buttons / article paragraphs inside. O(n) instead of a
 * textContent + querySelectorAll per block (which is O(n * depth) and too slow on big pages).
 */
import { foldedLength } from './block-text.js';
import { nextInOrder, walkTree } from './walk-tree.js';

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
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'TITLE']);
const HEADING = /^H[1-6]$/;

interface Visit {
  s: ElementStats;
  /** Inside a link (or a link itself): its text is link text. */
  linked: boolean;
}

export function collectStats(root: Element, articleParagraphs: ReadonlySet<Element>): Map<Element, ElementStats> {
  const stats = new Map<Element, ElementStats>();
  // A loop, not recursion (walk-tree.ts): a 10,000-deep page must not overflow the stack.
  walkTree<Visit>(
    root,
    (node, parent) => {
      if (node.nodeType === 3) {
        if (parent) {
          const n = foldedLength(node.nodeValue ?? '');
          parent.s.textLength += n;
          if (parent.linked) parent.s.linkChars += n;
        }
        return null;
      }
      if (node.nodeType !== 1) return null;
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (parent && SKIP.has(tag)) return null;
      const isLink = tag === 'A';
      const s: ElementStats = {
        textLength: 0, linkChars: 0, linkCount: isLink ? 1 : 0, inPageLinks: isLink && (el.getAttribute('href') ?? '').startsWith('#') ? 1 : 0, headingCount: HEADING.test(tag) ? 1 : 0,
        firstHeading: HEADING.test(tag) ? el : null, listItems: tag === 'LI' ? 1 : 0,
        buttons: tag === 'BUTTON' || el.getAttribute('role') === 'button' ? 1 : 0,
        emailInputs: tag === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'email' ? 1 : 0,
        articleParagraphs: articleParagraphs.has(el) ? 1 : 0,
      };
      return { s, linked: (parent?.linked ?? false) || isLink };
    },
    (node, { s: c }, parent) => {
      stats.set(node as Element, c);
      if (!parent) return;
      const s = parent.s;
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
    },
  );
  return stats;
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
