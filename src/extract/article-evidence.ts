import { isProbablyReaderable } from '@mozilla/readability';
import type { ArticleEvidence } from '../core/declutter/is-article.js';
import { isBlockTag } from './block-text.js';
import type { PageMetadata } from './metadata.js';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA', 'NAV', 'FOOTER', 'HEADER', 'ASIDE']);
const MIN_PARAGRAPH = 100;

/**
 * Running text a reader would read: text grouped by its nearest block element (so <div> soup
 * counts like <p>), kept when a block holds at least 100 characters mostly outside links.
 */
function paragraphLengths(body: Element): number[] {
  const out: number[] = [];
  const walk = (el: Element): { text: number; links: number } => {
    let own = 0;
    let ownLinks = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) own += (child.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
      else if (child.nodeType === 1 && !SKIP.has((child as Element).tagName.toUpperCase())) {
        const c = child as Element;
        const inner = walk(c);
        // Inline children belong to this block's paragraph; block children are paragraphs of their own.
        if (!isBlockTag(c.tagName)) {
          own += inner.text;
          ownLinks += c.tagName.toUpperCase() === 'A' ? inner.text : inner.links;
        }
      }
    }
    if (isBlockTag(el.tagName) && own >= MIN_PARAGRAPH && ownLinks / own <= 0.5) out.push(own);
    return { text: own, links: ownLinks };
  };
  walk(body);
  return out;
}

/** Reads, never writes, the document: counts the running text a reader would read. */
export function gatherEvidence(doc: Document, url: string, metadata: PageMetadata): ArticleEvidence {
  const lengths = doc.body ? paragraphLengths(doc.body) : [];
  return {
    url,
    jsonLdTypes: metadata.jsonLdTypes,
    ogType: metadata.ogType,
    readerable: isProbablyReaderable(doc),
    longParagraphs: lengths.length,
    paragraphChars: lengths.reduce((a, b) => a + b, 0),
  };
}
