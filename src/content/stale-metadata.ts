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
    const title = doc.title.trim();
    const heading = (doc.body?.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim() || null;
    return {
      ...now,
      // Stated here so that nothing falls back to the stale <head> (Readability reads og:title too).
      headline: changed(now.headline, first.headline) ?? changed(now.ogTitle, first.ogTitle) ?? (title && title !== firstTitle.trim() ? title : heading),
      ogTitle: changed(now.ogTitle, first.ogTitle),
      publishedTime: changed(now.publishedTime, first.publishedTime),
      author: changed(now.author, first.author),
    };
  };
}
