/**
 * The properties every page must keep, hostile or not, checked on linkedom: the CLI pipeline does
 * not throw and its offsets lie inside its text; the cleaner hides no article paragraph; and
 * "restore all" gives the page back byte for byte. Shared by the fuzz test and the fuzz bench.
 * Each check throws an Error naming what broke (fast-check then shrinks the page).
 */
import { HIDDEN_NOW } from '../../src/content/hide-style.js';
import { createPageCleaner } from '../../src/content/page-cleaner.js';
import { readPageAtLoad } from '../../src/extract/page-load.js';
import { analyzeHtml, parseBounded } from '../../src/node/pipeline.js';
import { ARTICLE_MARK } from './hostile-html.js';

const URL = 'https://fuzz.example/news/harbour-plan';

/**
 * linkedom has no CSSOM: the cleaner's one constructed stylesheet gets a stand-in. What these
 * checks look at is the attributes and the serialisation, which are linkedom's own.
 */
class StyleSheetStandIn {
  replaceSync(): void {}
}

function withCssom(doc: Document): Document {
  Object.assign(doc.defaultView as object, { CSSStyleSheet: StyleSheetStandIn });
  if (!Array.isArray(doc.adoptedStyleSheets)) Object.assign(doc, { adoptedStyleSheets: [] });
  return doc;
}

function fail(what: string): never {
  throw new Error(what);
}

/** The CLI pipeline: no throw, every offset inside the text and matching what it names. */
export function checkPipeline(html: string): void {
  const r = analyzeHtml(html, 'fuzz.html', URL);
  const inside = (start: number, end: number): boolean => Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= r.text.length;
  for (const q of r.quotes) {
    if (!inside(q.start, q.end)) fail(`quote offsets [${q.start}, ${q.end}) outside the text (${r.text.length})`);
    if (r.text.slice(q.start, q.end) !== q.text) fail(`quote text is not text[${q.start}, ${q.end})`);
  }
  for (const s of r.summary) {
    if (!inside(s.start, s.end)) fail(`summary offsets [${s.start}, ${s.end}) outside the text`);
    if (r.text.slice(s.start, s.end) !== s.text) fail('summary sentence is not its slice of the text');
  }
  for (const p of r.parties) {
    for (const [start, end] of p.mentions) if (!inside(start, end)) fail(`mention of ${p.name} [${start}, ${end}) outside the text`);
  }
}

/** The cleaner on the page: no article paragraph hidden; restore all = the page as it was. Returns how many blocks it hid. */
export function checkCleaner(html: string): number {
  const doc = withCssom(parseBounded(html).doc);
  const before = doc.documentElement.outerHTML;
  const load = readPageAtLoad(doc, URL);
  const cleaner = createPageCleaner(doc, () => ({ context: load.context, article: load.location }));
  const hidden = cleaner.clean().hidden.length;
  for (const p of Array.from(doc.querySelectorAll(`[${ARTICLE_MARK}]`))) {
    // The stylesheet's own selector: what the page would really hide, forged markers included.
    if (p.closest(HIDDEN_NOW) || p.querySelector(HIDDEN_NOW)) fail(`article paragraph hidden: "${(p.textContent ?? '').slice(0, 60)}"`);
  }
  cleaner.restore('all');
  if (doc.documentElement.outerHTML !== before) fail('restore all did not give back the same page');
  return hidden;
}
