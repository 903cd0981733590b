/**
 * The last step of reading an article, pure: Readability's chunks (read in the page) -> the text
 * the reader gets. Split from the reading so it can run where it is cheapest: in the page for the
 * CLI and content.js (extractArticle), in the popup for its first read, where the popup has it
 * compiled and warm while it waits for the page (the chunk cleaner's label patterns cost a page
 * milliseconds to compile on their first run).
 */
import { normalisePageText } from '../text/normalise.js';
import type { ArticleData } from '../types.js';
import { type ChunkContext, type TextChunk, keepChunks } from './chunk-clutter.js';

const WORDS_PER_MINUTE = 230;

/** A chunk as read from the page, with whether it sits in a sign-up box there (Readability keeps the pitch). */
export interface ReadChunk extends TextChunk {
  inSignUpBox: boolean;
}

/** The article before its text is cleaned: everything but `text` and `readingMinutes`, and its chunks in reading order. */
export interface ArticleDraft extends Omit<ArticleData, 'text' | 'readingMinutes'> {
  chunks: ReadChunk[];
  /** The title and site name as stated on the page, before normalising: what the chunk cleaner compares with. */
  context: ChunkContext;
}

export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** The chunks the reader gets: furniture dropped (neighbours matter: keepChunks), and sign-up pitches. */
export function keptText(chunks: readonly ReadChunk[], context: ChunkContext): string {
  const keep = keepChunks(chunks, context);
  // Page text enters the analysis here (popup and CLI alike): one canonical form, see normalise.ts.
  return normalisePageText(chunks.filter((c, i) => keep[i] && !c.inSignUpBox).map((c) => c.text).join('\n\n'));
}

/** The article, its fields in the order the CLI's JSON has always had them. */
export function finishArticle(draft: ArticleDraft): ArticleData {
  const text = keptText(draft.chunks, draft.context);
  const { url, isArticle, articleReason, title, byline, siteName, publishedTime, lang, truncated } = draft;
  return {
    url, isArticle, articleReason, title, byline, siteName, publishedTime, lang, text, readingMinutes: readingMinutes(text),
    // Only on a page over a work cap (page-cap.ts): the popup says the analysis covers its beginning.
    ...(truncated ? { truncated } : {}),
  };
}
