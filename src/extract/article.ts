/**
 * Document -> ArticleData. Readability runs on a CLONE (see readability-clone.ts): it rewrites
 * the document it is given, and the reader's page must never change because we read it.
 */
import { type ArticleVerdict, decideArticle } from '../core/declutter/is-article.js';
import { normaliseOptional, normalisePageText } from '../core/text/normalise.js';
import type { ArticleData } from '../core/types.js';
import { gatherEvidence } from './article-evidence.js';
import { readArticle } from './article-reading.js';
import type { LiveParagraph } from './live-article.js';
import { type PageMetadata, readMetadata } from './metadata.js';
import type { CapLimits } from './page-cap.js';

const WORDS_PER_MINUTE = 230;

/** What the content script's load-time pass found (page-load.ts), still true of the live page. */
export interface KnownAtLoad {
  metadata: PageMetadata;
  paragraphs: readonly LiveParagraph[];
  /** After an in-page navigation the <head> (JSON-LD, og:, article:*) may describe the first article: Readability must not read it. */
  headStale?: boolean;
  /** The pass's isArticle decision, made from the same evidence: not gathered a second time. */
  verdict?: ArticleVerdict;
}

export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * The article for the popup: Readability on a clone plus our cleanup of its text. Costly, so the
 * content script runs it only when the popup asks (the in-place plan does not need it).
 */
export function extractArticle(doc: Document, url: string, limits?: CapLimits, known?: KnownAtLoad): ArticleData {
  // The load-time pass already read the metadata and walked the page: reuse, do not walk again.
  const metadata = known?.metadata ?? readMetadata(doc);
  const verdict = known?.verdict ?? decideArticle(gatherEvidence(doc, url, metadata, known?.paragraphs));
  const trustHead = !known?.headStale;
  const reading = readArticle(doc, metadata, limits, trustHead);
  const parsed = reading.parsed;
  // Page text enters the analysis here (popup and CLI alike): one canonical form, see normalise.ts.
  const text = normalisePageText(reading.chunks.map((c) => c.text).join('\n\n'));
  return {
    url,
    isArticle: verdict.isArticle,
    articleReason: verdict.reason,
    title: normaliseOptional(reading.title),
    byline: normaliseOptional((trustHead ? parsed?.byline?.replace(/\s+/g, ' ').trim() : null) || metadata.author),
    siteName: normaliseOptional(reading.siteName),
    publishedTime: metadata.publishedTime ?? (trustHead ? parsed?.publishedTime : null) ?? null,
    lang: metadata.lang ?? parsed?.lang ?? null,
    text,
    readingMinutes: readingMinutes(text),
    // Only on a page over a work cap (page-cap.ts): the popup says the analysis covers its beginning.
    ...(reading.truncated ? { truncated: reading.truncated } : {}),
  };
}
