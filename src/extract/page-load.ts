/**
 * What the content script does at page load, and nothing more: metadata, the article's place on
 * the live page (one cheap read-only walk, see live-article.ts), the isArticle decision from the
 * same evidence, and the in-place plan. Readability does NOT run here: it runs only when the popup
 * asks for the article (extractArticle), and then reuses this pass's metadata and paragraphs
 * instead of walking the page again. The CLI and the benchmarks call this same function, so
 * `visibleText` and the speed figures measure what the reader gets.
 */
import type { DeclutterContext } from '../core/declutter/block-features.js';
import { decideArticle, type ArticleVerdict } from '../core/declutter/is-article.js';
import { gatherEvidence } from './article-evidence.js';
import type { ArticleLocation } from './article-location.js';
import { type LiveParagraph, locateLiveArticleSteps } from './live-article.js';
import { type PageMetadata, readMetadata } from './metadata.js';
import { type ClutterDecision, planPageClutter } from './page-plan.js';
import { runNow, type Steps } from './steps.js';
import { statedTitle } from './title.js';

export interface PageAtLoad {
  context: DeclutterContext;
  verdict: ArticleVerdict;
  location: ArticleLocation;
  /** What the popup's extraction can reuse (see extractArticle). */
  metadata: PageMetadata;
  paragraphs: readonly LiveParagraph[];
  /** The <head> may still describe an earlier article (read after an in-page navigation). */
  headStale: boolean;
}

/** Reads, never writes, the live page. */
export function readPageAtLoad(doc: Document, url: string): PageAtLoad {
  return runNow(readPageAtLoadSteps(doc, url));
}

/** The same, in steps the content script runs between the page's own tasks. */
export function* readPageAtLoadSteps(doc: Document, url: string, adjustMetadata?: (m: PageMetadata) => PageMetadata): Steps<PageAtLoad> {
  const read = readMetadata(doc);
  // The content script corrects what a single-page site's <head> still says about its first article.
  const metadata = adjustMetadata ? adjustMetadata(read) : read;
  yield;
  const live = yield* locateLiveArticleSteps(doc);
  // Each of the next two queries the whole page once: a step of its own.
  const verdict = decideArticle(gatherEvidence(doc, url, metadata, live.paragraphs));
  yield;
  return { context: statedTitle(doc, metadata), verdict, location: live.location, metadata, paragraphs: live.paragraphs, headStale: !!adjustMetadata };
}

/** The load path end to end, as the CLI and benchmarks run it: decisions only when auto-clean would act. */
export function cleanAtLoad(doc: Document, url: string): { load: PageAtLoad; decisions: ClutterDecision[] } {
  const load = readPageAtLoad(doc, url);
  return { load, decisions: planPageClutter(doc, load.context, { article: load.location }) };
}
