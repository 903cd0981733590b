/**
 * What the benchmarks measure: the real load-time plan (cleanAtLoad, as the content script runs
 * it) and the real extraction, exactly as src/node/pipeline.ts calls them (minus the NLP), on linkedom; plus Readability alone as the
 * reference, measured in the same run.
 */
import { Readability } from '@mozilla/readability';
import { declutterAtLoad, parseDocument } from '../../../src/node/pipeline.js';
import { extractArticle } from '../../../src/extract/article.js';
import { blockText } from '../../../src/extract/block-text.js';
import type { HiddenReason } from '../../../src/core/types.js';

export interface PipelineResult {
  isArticle: boolean;
  articleReason: string;
  text: string;
  pageText: string;
  visibleText: string;
  hidden: Array<{ reason: HiddenReason; text: string }>;
}

export function runPipeline(html: string, url: string): PipelineResult {
  const doc = parseDocument(html);
  const pageText = doc.body ? blockText(doc.body) : '';
  // What the content script does at load (cheap locate + plan), then what the popup asks for.
  const { load, visibleText, hidden } = declutterAtLoad(doc, url);
  const article = extractArticle(doc, url);
  return {
    isArticle: load.verdict.isArticle,
    articleReason: load.verdict.reason,
    text: article.text,
    pageText,
    visibleText,
    hidden,
  };
}

/** Readability alone: its own textContent, on its own parse of the page. */
export function readabilityText(html: string, url: string): string {
  const doc = parseDocument(html);
  void url;
  return new Readability(doc).parse()?.textContent ?? '';
}
