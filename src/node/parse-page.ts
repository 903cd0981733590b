/**
 * HTML text -> a Document on linkedom, shaped as a browser would shape it: linkedom does not run
 * HTML's tree construction, so a fragment ("<p>…</p>", plain text) has no <html> at all and
 * content outside <body> is not in `document.body`. We repair both, so every page has a head and
 * a body holding its content. Markup beyond MAX_MARKUP_CHARS is not parsed (see page-cap.ts for
 * the element and text caps that follow).
 */
import { parseHTML } from 'linkedom';
import { nextInOrder, walkTree } from '../extract/walk-tree.js';

/**
 * Markup read at most (UTF-16 units): twice the text cap, and three times the largest real news
 * pages we know (~3 MB of markup), while a 50 MB page cannot tie linkedom up for minutes and
 * gigabytes (its parse alone grows with the markup, before any cap on elements can apply).
 */
export const MAX_MARKUP_CHARS = 10_000_000;

/**
 * Chromium's HTML parser never builds a tree deeper than 512 elements: what would go deeper is
 * added as siblings at that depth (kMaximumHTMLParserDOMTreeDepth). linkedom has no such limit, and
 * Readability's scoring reads each ancestor's text (quadratic in the depth), so we shape the tree
 * as the browser does.
 */
export const MAX_DOM_DEPTH = 512;

/** Elements that belong in <head> when a page without one puts them first. */
const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE']);

export interface ParsedPage {
  doc: Document;
  /** Markup characters left unparsed because the page was over MAX_MARKUP_CHARS (0 if none). */
  markupCut: number;
}

/** Cut the markup at the last tag start before the cap, so no tag is cut in half. */
function capMarkup(html: string, max: number): string {
  if (html.length <= max) return html;
  const lastTag = html.lastIndexOf('<', max);
  return html.slice(0, lastTag > 0 ? lastTag : max);
}

/** Moves what linkedom left beside <head> and <body> into them, in order. */
function repair(doc: Document): void {
  const html = doc.documentElement;
  const { head, body } = doc;
  const strays = Array.from(html.childNodes).filter((n) => n !== head && n !== body && n.nodeType !== 10);
  for (const node of strays) {
    const headFirst = node.nodeType === 1 && HEAD_TAGS.has((node as Element).tagName.toUpperCase()) && !body.firstChild;
    (headFirst ? head : body).appendChild(node);
  }
}

/** Below MAX_DOM_DEPTH, every descendant becomes a child of the element at that depth, in document order. */
function flattenTooDeep(doc: Document): void {
  const atLimit: Element[] = [];
  walkTree<number>(doc.documentElement, (node, depth) => {
    if (node.nodeType !== 1) return null;
    const d = (depth ?? 0) + 1;
    if (d < MAX_DOM_DEPTH - 1) return d;
    if (node.firstChild) atLimit.push(node as Element);
    return null;
  });
  for (const parent of atLimit) {
    const descendants: Node[] = [];
    for (let n: Node | null = parent.firstChild; n; n = nextInOrder(n, parent)) descendants.push(n);
    // In document order: each node moves to the end, then its own children follow it out of it.
    for (const node of descendants) parent.appendChild(node);
  }
}

export function parsePage(html: string, maxMarkupChars = MAX_MARKUP_CHARS): ParsedPage {
  const markup = capMarkup(html, maxMarkupChars);
  let doc = parseHTML(markup).document as unknown as Document;
  if (doc.documentElement?.tagName.toUpperCase() !== 'HTML') {
    // A fragment or plain text: give it the <html> the browser would.
    doc = parseHTML(`<!DOCTYPE html><html>${markup.replace(/^\s*(<!doctype[^>]*>)?/i, '')}</html>`).document as unknown as Document;
  }
  repair(doc);
  flattenTooDeep(doc);
  return { doc, markupCut: html.length - markup.length };
}

/** The parsed page alone, for tests and benchmarks that build their own pages. */
export function parseDocument(html: string): Document {
  return parsePage(html).doc;
}
