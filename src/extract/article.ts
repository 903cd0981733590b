/**
 * Document -> ArticleData. Readability runs on a CLONE (see readability-clone.ts): it rewrites
 * the document it is given, and the reader's page must never change because we read it.
 */
import { finishArticle, readingMinutes } from '../core/declutter/article-text.js';
import type { ArticleData } from '../core/types.js';
import { type KnownAtLoad, draftArticle } from './article-draft.js';
import type { CapLimits } from './page-cap.js';

/** Where they have always been for the CLI; the draft is article-draft.ts, the count is pure (article-text.ts). */
export { type KnownAtLoad, draftArticle, readingMinutes };

/**
 * The article for the popup: Readability on a clone plus our cleanup of its text. Costly, so the
 * content script runs it only when the popup asks (the in-place plan does not need it).
 */
export function extractArticle(doc: Document, url: string, limits?: CapLimits, known?: KnownAtLoad): ArticleData {
  return finishArticle(draftArticle(doc, url, limits, known));
}
