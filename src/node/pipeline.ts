/**
 * The browser pipeline, run in Node on linkedom: declutter exactly as the content script does at
 * load (cheap locate + plan, no Readability: `visibleText`, `hidden`, `isArticle`), extract as
 * the popup does (Readability on a clone + cleanup: `text`), NLP. The CLI, the benchmarks and
 * the tests call these functions, so they all measure and check the real code.
 */
import { analyzeText } from '../core/index.js';
import { normalisePageText } from '../core/text/normalise.js';
import type { PageTruncation } from '../core/types.js';
import { blockText } from '../extract/block-text.js';
import { extractArticle, readingMinutes } from '../extract/article.js';
import { capDocument, type CapLimits, DEFAULT_LIMITS, MAX_TEXT_CHARS } from '../extract/page-cap.js';
import { cleanAtLoad, type PageAtLoad } from '../extract/page-load.js';
import type { AnalysisJson } from './analysis-json.js';
import { parsePage } from './parse-page.js';

export { parseDocument } from './parse-page.js';

export interface AnalyzeOptions {
  sentences?: number;
  /** The work caps (tests lower them; the defaults are page-cap.ts's). */
  limits?: CapLimits & { maxMarkupChars?: number };
}

const ms = (since: number): number => Math.round((performance.now() - since) * 10) / 10;

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

/**
 * Parses a page and cuts it to the work caps (parse-page.ts, page-cap.ts): every later pass is
 * bounded, and the result says how much was read.
 */
export function parseBounded(html: string, limits: AnalyzeOptions['limits'] = DEFAULT_LIMITS): { doc: Document; truncated: PageTruncation | null } {
  const { doc, markupCut } = parsePage(html, limits.maxMarkupChars);
  const capped = capDocument(doc.body, limits);
  if (capped) return { doc, truncated: capped };
  if (markupCut === 0) return { doc, truncated: null };
  const read = { elementsRead: doc.body.querySelectorAll('*').length, charactersRead: (doc.body.textContent ?? '').length };
  return { doc, truncated: { limit: 'markup', ...read } };
}

/** A page: extract, declutter, analyse. */
export function analyzeHtml(html: string, file: string, url: string, options: AnalyzeOptions = {}): AnalysisJson {
  const { doc, truncated } = parseBounded(html, options.limits);
  // The load path first, on the untouched page (extraction reads a clone, but order it anyway).
  let t = performance.now();
  const { visibleText, hidden } = declutterAtLoad(doc, url);
  const declutterMs = ms(t);

  t = performance.now();
  const article = extractArticle(doc, url, options.limits);
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
    // Only on a page over a cap: the contract's fields stay as they are.
    ...(truncated ? { truncated } : {}),
  };
}

/** Plain article text: analyse only; `text` is the input itself (line ends and invisibles normalised, capped). */
export function analyzePlainText(text: string, file: string, url: string, options: AnalyzeOptions = {}): AnalysisJson {
  const t = performance.now();
  const whole = normalisePageText(text.replace(/\r\n?/g, '\n'));
  const maxChars = options.limits?.maxTextChars ?? MAX_TEXT_CHARS;
  const normalised = whole.slice(0, maxChars);
  const truncated: PageTruncation | null = whole.length > maxChars ? { limit: 'text', elementsRead: 0, charactersRead: maxChars } : null;
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
    ...(truncated ? { truncated } : {}),
  };
}
