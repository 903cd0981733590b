/**
 * What the content script does at page load, and nothing more: metadata, the article's place on
 * the live page (one cheap read-only walk, see live-article.ts), the isArticle decision from the
 * same evidence, and the in-place plan. Readability does NOT run here: it runs only when the popup
 * asks for the article (extractArticle). The CLI and the benchmarks call this same function, so
 * `visibleText` and the speed figures measure what the reader gets.
 */
import type { DeclutterContext } from '../core/declutter/block-features.js';
import { decideArticle, type ArticleVerdict } from '../core/declutter/is-article.js';
import { gatherEvidence } from './article-evidence.js';
import type { ArticleLocation } from './article-location.js';
import { locateLiveArticle } from './live-article.js';
import { readMetadata } from './metadata.js';
import { type ClutterDecision, planPageClutter } from './page-plan.js';
import { statedTitle } from './title.js';

export interface PageAtLoad {
  context: DeclutterContext;
  verdict: ArticleVerdict;
  location: ArticleLocation;
}

/** Reads, never writes, the live page. */
export function readPageAtLoad(doc: Document, url: string): PageAtLoad {
  const metadata = readMetadata(doc);
  const live = locateLiveArticle(doc);
  return {
    context: statedTitle(doc, metadata),
    verdict: decideArticle(gatherEvidence(doc, url, metadata, live.paragraphs)),
    location: live.location,
  };
}

/** The load path end to end, as the CLI and benchmarks run it: decisions only when auto-clean would act. */
export function cleanAtLoad(doc: Document, url: string): { load: PageAtLoad; decisions: ClutterDecision[] } {
  const load = readPageAtLoad(doc, url);
  return { load, decisions: planPageClutter(doc, load.context, { article: load.location }) };
}
