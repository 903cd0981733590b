import { isProbablyReaderable } from '@mozilla/readability';
import type { ArticleEvidence } from '../core/declutter/is-article.js';
import type { PageMetadata } from './metadata.js';

/** Reads, never writes, the document: counts the running text a reader would read. */
export function gatherEvidence(doc: Document, url: string, metadata: PageMetadata): ArticleEvidence {
  let longParagraphs = 0;
  let paragraphChars = 0;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 100) continue;
    const linkChars = Array.from(p.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').length, 0);
    if (linkChars / text.length > 0.5) continue;
    longParagraphs += 1;
    paragraphChars += text.length;
  }
  return {
    url,
    jsonLdTypes: metadata.jsonLdTypes,
    ogType: metadata.ogType,
    readerable: isProbablyReaderable(doc),
    longParagraphs,
    paragraphChars,
  };
}
