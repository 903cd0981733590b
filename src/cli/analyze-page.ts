/**
 * The browser pipeline, run in Node on linkedom: declutter exactly as the content script does at
 * load (cheap locate + plan, no Readability: `visibleText`, `hidden`, `isArticle`), extract as
 * the popup does (Readability on a clone + cleanup: `text`), NLP. Benchmarks call these
 * functions, so they measure the real code.
 */
import { parseHTML } from 'linkedom';
import { analyzeText } from '../core/index.js';
import { blockText } from '../extract/block-text.js';
import { extractArticle, readingMinutes } from '../extract/article.js';
import { cleanAtLoad, type PageAtLoad } from '../extract/page-load.js';
import type { AnalysisJson } from './analysis-json.js';

export interface AnalyzeOptions {
  sentences?: number;
}

const ms = (since: number): number => Math.round((performance.now() - since) * 10) / 10;

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The content script's load path on a parsed page, and what a reader still sees after it. */
export function declutterAtLoad(doc: Document, url: string): { load: PageAtLoad; visibleText: string; hidden: AnalysisJson['hidden'] } {
  const { load, decisions } = cleanAtLoad(doc, url);
  const hiddenElements = new Set(decisions.map((d) => d.element));
  return {
    load,
    visibleText: doc.body ? blockText(doc.body, (el) => hiddenElements.has(el)) : '',
    hidden: decisions.map((d) => ({ reason: d.reason, rule: d.rule, text: (d.element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200) })),
  };
}

/** A page: extract, declutter, analyse. */
export function analyzeHtml(html: string, file: string, url: string, options: AnalyzeOptions = {}): AnalysisJson {
  const doc = parseDocument(html);
  // The load path first, on the untouched page (extraction reads a clone, but order it anyway).
  let t = performance.now();
  const { visibleText, hidden } = declutterAtLoad(doc, url);
  const declutterMs = ms(t);

  t = performance.now();
  const article = extractArticle(doc, url);
  const extractMs = ms(t);

  t = performance.now();
  const analysis = analyzeText(article.text, { sentences: options.sentences, title: article.title, byline: article.byline, siteName: article.siteName });
  return {
    file,
    ...article,
    url,
    visibleText,
    hidden,
    ...analysis,
    timingsMs: { extract: extractMs, declutter: declutterMs, nlp: ms(t) },
  };
}

/** Plain article text: analyse only; `text` is the input itself. */
export function analyzePlainText(text: string, file: string, url: string, options: AnalyzeOptions = {}): AnalysisJson {
  const t = performance.now();
  const normalised = text.replace(/\r\n?/g, '\n');
  const analysis = analyzeText(normalised, { sentences: options.sentences });
  return {
    file,
    url,
    isArticle: true,
    articleReason: 'plain text input',
    title: null,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    readingMinutes: readingMinutes(normalised),
    text: normalised,
    visibleText: normalised,
    hidden: [],
    ...analysis,
    timingsMs: { extract: 0, declutter: 0, nlp: ms(t) },
  };
}
