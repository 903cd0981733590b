/**
 * What the Chromium bench evaluates in the page: the content script's load path (the same
 * modules, bundled with the content script's Vite settings) and Readability, side by side, so
 * both are compiled and run the same way in the same world.
 */
import { Readability } from '@mozilla/readability';
import { readPageAtLoad } from '../../src/extract/page-load.js';
import { planPageClutter } from '../../src/extract/page-plan.js';
import { locateLiveArticle } from '../../src/extract/live-article.js';
import { collectBlocks } from '../../src/extract/blocks.js';
import { readMetadata } from '../../src/extract/metadata.js';

/** The content script's work at load when the site auto-cleans: read the page, then plan the hides. */
export function loadPath(doc: Document, url: string): number {
  const load = readPageAtLoad(doc, url);
  return planPageClutter(doc, load.context, { article: load.location }).length;
}

/** Readability as its README prescribes for a live page: parse a clone. */
export function readabilityClone(doc: Document): number {
  return new Readability(doc.cloneNode(true) as Document).parse()?.textContent?.length ?? 0;
}

export const parts = { readPageAtLoad, planPageClutter, locateLiveArticle, collectBlocks, readMetadata };

import { readPageAtLoadSteps } from '../../src/extract/page-load.js';
import { planPageClutterSteps } from '../../src/extract/page-plan.js';
export const steps = { readPageAtLoadSteps, planPageClutterSteps };

/** Hide what the plan picks the way the content script does (one attribute, one adopted sheet), then lay out: the browser's share of cleaning. */
export function applyAndLayout(doc: Document, url: string): { hidden: number; layoutMs: number } {
  const load = readPageAtLoad(doc, url);
  const decisions = planPageClutter(doc, load.context, { article: load.location });
  doc.body.offsetHeight;
  for (const d of decisions) d.element.setAttribute('data-bench-hidden', '');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('[data-bench-hidden] { display: none !important; }');
  const t = performance.now();
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  doc.body.offsetHeight;
  return { hidden: decisions.length, layoutMs: performance.now() - t };
}
