/** Where the article is on the LIVE page, as found at load by the cheap read-only locator (live-article.ts). */
export interface ArticleLocation {
  /** The smallest live element holding the article's paragraphs, or null (no article found). */
  root: Element | null;
  /** Live elements holding the article text, in reading order: never hidden. */
  paragraphs: readonly Element[];
}
