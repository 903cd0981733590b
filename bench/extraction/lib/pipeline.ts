/**
 * What the benchmarks measure: the real extraction and the real in-place plan, exactly as
 * src/cli/analyze-page.ts calls them (minus the NLP), on linkedom; plus Readability alone as the
 * reference, measured in the same run.
 */
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../../../src/cli/analyze-page.js';
import { extractArticle } from '../../../src/extract/article.js';
import { blockText } from '../../../src/extract/block-text.js';
import { planPageClutter } from '../../../src/extract/page-plan.js';
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
  const article = extractArticle(doc, url);
  const decisions = planPageClutter(doc, { title: article.title, siteName: article.siteName });
  const hiddenElements = new Set(decisions.map((d) => d.element));
  const visibleText = doc.body ? blockText(doc.body, (el) => hiddenElements.has(el)) : '';
  return {
    isArticle: article.isArticle,
    articleReason: article.articleReason,
    text: article.text,
    pageText,
    visibleText,
    hidden: decisions.map((d) => ({ reason: d.reason, text: (d.element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200) })),
  };
}

/** Readability alone: its own textContent, on its own parse of the page. */
export function readabilityText(html: string, url: string): string {
  const doc = parseDocument(html);
  void url;
  return new Readability(doc).parse()?.textContent ?? '';
}
