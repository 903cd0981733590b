/**
 * After an in-page navigation many single-page sites swap the article but leave the <head>
 * as it was: JSON-LD and Open Graph still describe the first article. A statement that has not
 * changed since the first address is about the first article, so it is dropped; the new page's
 * own <title>, or failing that its first <h1>, names the new one. Otherwise the popup would show
 * the old headline over the new text.
 */
import type { PageMetadata } from '../extract/metadata.js';

export function staleAfterNavigation(doc: Document, first: PageMetadata, firstTitle: string): (now: PageMetadata) => PageMetadata {
  return (now) => {
    const changed = <T>(value: T, before: T): T | null => (value === before ? null : value);
    const titleStale = doc.title.trim() === firstTitle.trim();
    const heading = titleStale ? (doc.body?.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim() || null : null;
    return {
      ...now,
      headline: changed(now.headline, first.headline) ?? heading,
      ogTitle: changed(now.ogTitle, first.ogTitle),
      publishedTime: changed(now.publishedTime, first.publishedTime),
      author: changed(now.author, first.author),
    };
  };
}
