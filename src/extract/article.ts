/**
 * Document -> ArticleData. Readability runs on a CLONE (see readability-clone.ts): it rewrites
 * the document it is given, and the reader's page must never change because we read it.
 */
import { decideArticle } from '../core/declutter/is-article.js';
import { normaliseOptional, normalisePageText } from '../core/text/normalise.js';
import type { ArticleData } from '../core/types.js';
import { gatherEvidence } from './article-evidence.js';
import { readArticle } from './article-reading.js';
import { readMetadata } from './metadata.js';
import type { CapLimits } from './page-cap.js';

const WORDS_PER_MINUTE = 230;

export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * The article for the popup: Readability on a clone plus our cleanup of its text. Costly, so the
 * content script runs it only when the popup asks (the in-place plan does not need it).
 */
export function extractArticle(doc: Document, url: string, limits?: CapLimits): ArticleData {
  const metadata = readMetadata(doc);
  const verdict = decideArticle(gatherEvidence(doc, url, metadata));
  const reading = readArticle(doc, metadata, limits);
  const parsed = reading.parsed;
  // Page text enters the analysis here (popup and CLI alike): one canonical form, see normalise.ts.
  const text = normalisePageText(reading.chunks.map((c) => c.text).join('\n\n'));
  return {
    url,
    isArticle: verdict.isArticle,
    articleReason: verdict.reason,
    title: normaliseOptional(reading.title),
    byline: normaliseOptional(parsed?.byline?.replace(/\s+/g, ' ').trim() || metadata.author),
    siteName: normaliseOptional(reading.siteName),
    publishedTime: metadata.publishedTime ?? parsed?.publishedTime ?? null,
    lang: metadata.lang ?? parsed?.lang ?? null,
    text,
    readingMinutes: readingMinutes(text),
    // Only on a page over a work cap (page-cap.ts): the popup says the analysis covers its beginning.
    ...(reading.truncated ? { truncated: reading.truncated } : {}),
  };
}
