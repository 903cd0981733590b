import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { ArticleEvidence } from '../core/declutter/is-article.js';
import { LONG_PARAGRAPH_CHARS, type LiveParagraph, locateLiveArticle } from './live-article.js';
import type { PageMetadata } from './metadata.js';

/** Reads, never writes, the document: counts the running text a reader would read. */
export function gatherEvidence(doc: Document, url: string, metadata: PageMetadata, paragraphs?: readonly LiveParagraph[]): ArticleEvidence {
  // Running text a reader would read: blocks of 100+ characters mostly outside links (<div> soup
  // counts like <p>), from the same walk that locates the article at load.
  const lengths = (paragraphs ?? locateLiveArticle(doc).paragraphs).filter((p) => p.chars >= LONG_PARAGRAPH_CHARS).map((p) => p.chars);
  return {
    url,
    jsonLdTypes: metadata.jsonLdTypes,
    ogType: metadata.ogType,
    readerable: isProbablyReaderable(doc),
    longParagraphs: lengths.length,
    paragraphChars: lengths.reduce((a, b) => a + b, 0),
  };
}
