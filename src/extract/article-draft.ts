/**
 * Document -> ArticleDraft: everything the popup shows of an article but its cleaned text, which
 * is the next, pure step (core/declutter/article-text.ts, run by the popup or by extractArticle).
 * A module of its own so the tab's scripts carry Readability without the chunk cleaner.
 */
import type { ArticleDraft } from '../core/declutter/article-text.js';
import { type ArticleVerdict, decideArticle } from '../core/declutter/is-article.js';
import { normaliseOptional } from '../core/text/normalise.js';
import { gatherEvidence } from './article-evidence.js';
import { readArticle } from './article-reading.js';
import type { LiveParagraph } from './live-article.js';
import { type PageMetadata, readMetadata } from './metadata.js';
import type { CapLimits } from './page-cap.js';

/** What the content script's load-time pass found (page-load.ts), still true of the live page. */
export interface KnownAtLoad {
  metadata: PageMetadata;
  paragraphs: readonly LiveParagraph[];
  /** After an in-page navigation the <head> (JSON-LD, og:, article:*) may describe the first article: Readability must not read it. */
  headStale?: boolean;
  /** The pass's isArticle decision, made from the same evidence: not gathered a second time. */
  verdict?: ArticleVerdict;
}

/** All of extractArticle but the text's cleanup (finishArticle): plain data, which the popup finishes itself. */
export function draftArticle(doc: Document, url: string, limits?: CapLimits, known?: KnownAtLoad): ArticleDraft {
  // The load-time pass already read the metadata and walked the page: reuse, do not walk again.
  const metadata = known?.metadata ?? readMetadata(doc);
  const verdict = known?.verdict ?? decideArticle(gatherEvidence(doc, url, metadata, known?.paragraphs));
  const trustHead = !known?.headStale;
  const reading = readArticle(doc, metadata, limits, trustHead);
  const parsed = reading.parsed;
  return {
    url,
    isArticle: verdict.isArticle,
    articleReason: verdict.reason,
    title: normaliseOptional(reading.title),
    byline: normaliseOptional((trustHead ? parsed?.byline?.replace(/\s+/g, ' ').trim() : null) || metadata.author),
    siteName: normaliseOptional(reading.siteName),
    publishedTime: metadata.publishedTime ?? (trustHead ? parsed?.publishedTime : null) ?? null,
    lang: metadata.lang ?? parsed?.lang ?? null,
    ...(reading.truncated ? { truncated: reading.truncated } : {}),
    chunks: reading.chunks,
    context: { title: reading.title, siteName: reading.siteName },
  };
}
