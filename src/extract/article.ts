/**
 * Document -> ArticleData. Readability runs on a CLONE: it rewrites the document it is given,
 * and the reader's page must never change because we read it.
 */
import { Readability } from '@mozilla/readability';
import { decideArticle } from '../core/declutter/is-article.js';
import type { ArticleData } from '../core/types.js';
import { gatherEvidence } from './article-evidence.js';
import { blockText } from './block-text.js';
import { readMetadata } from './metadata.js';
import { cleanTitle } from './title.js';

const WORDS_PER_MINUTE = 230;

export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export interface ExtractOptions {
  /** Skip the article decision (the user asked to analyse anyway). */
  force?: boolean;
}

export function extractArticle(doc: Document, url: string, _options: ExtractOptions = {}): ArticleData {
  const metadata = readMetadata(doc);
  const verdict = decideArticle(gatherEvidence(doc, url, metadata));
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  const siteName = metadata.siteName ?? parsed?.siteName ?? null;
  const title = cleanTitle(metadata.headline ?? metadata.ogTitle ?? parsed?.title ?? doc.title ?? null, siteName);
  const text = parsed?.content ? dropLeadingTitle(blockText(parsed.content), title) : '';
  return {
    url,
    isArticle: verdict.isArticle,
    articleReason: verdict.reason,
    title,
    byline: parsed?.byline?.trim() || metadata.author,
    siteName,
    publishedTime: metadata.publishedTime ?? parsed?.publishedTime ?? null,
    lang: metadata.lang ?? parsed?.lang ?? null,
    text,
    readingMinutes: readingMinutes(text),
  };
}

/** The article text excludes the headline; Readability sometimes keeps it as the first block. */
function dropLeadingTitle(text: string, title: string | null): string {
  if (!title) return text;
  const blocks = text.split('\n\n');
  const norm = (s: string): string => s.toLowerCase().replace(/\W+/g, ' ').trim();
  while (blocks.length > 1 && norm(blocks[0] ?? '') === norm(title)) blocks.shift();
  return blocks.join('\n\n');
}
