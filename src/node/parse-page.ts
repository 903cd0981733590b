/**
 * HTML text -> a Document on linkedom, shaped as a browser would shape it: linkedom does not run
 * HTML's tree construction, so a fragment ("<p>…</p>", plain text) has no <html> at all and
 * content outside <body> is not in `document.body`. We repair both, so every page has a head and
 * a body holding its content. Markup beyond MAX_MARKUP_CHARS is not parsed (see page-cap.ts for
 * the element and text caps that follow).
 */
import { parseHTML } from 'linkedom';

/**
 * Markup read at most (UTF-16 units): four times the text cap, room for the markup of a 5 MB text
 * page, while a 50 MB page cannot tie linkedom up for minutes and gigabytes.
 */
export const MAX_MARKUP_CHARS = 20_000_000;

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

export function parsePage(html: string, maxMarkupChars = MAX_MARKUP_CHARS): ParsedPage {
  const markup = capMarkup(html, maxMarkupChars);
  let doc = parseHTML(markup).document as unknown as Document;
  if (doc.documentElement?.tagName.toUpperCase() !== 'HTML') {
    // A fragment or plain text: give it the <html> the browser would.
    doc = parseHTML(`<!DOCTYPE html><html>${markup.replace(/^\s*(<!doctype[^>]*>)?/i, '')}</html>`).document as unknown as Document;
  }
  repair(doc);
  return { doc, markupCut: html.length - markup.length };
}

/** The parsed page alone, for tests and benchmarks that build their own pages. */
export function parseDocument(html: string): Document {
  return parsePage(html).doc;
}
