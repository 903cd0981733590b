/**
 * What the Chromium bench evaluates in the page: the content script's load path (the same
 * modules, bundled with the content script's Vite settings) and Readability, side by side, so
 * both are compiled and run the same way in the same world.
 */
import { Readability } from '@mozilla/readability';
import { readPageAtLoad } from '../../src/extract/page-load.js';
import { planPageClutter } from '../../src/extract/page-plan.js';

/** The content script's work at load when the site auto-cleans: read the page, then plan the hides. */
export function loadPath(doc: Document, url: string): number {
  const load = readPageAtLoad(doc, url);
  return planPageClutter(doc, load.context, { article: load.location }).length;
}

/** Readability as its README prescribes for a live page: parse a clone. */
export function readabilityClone(doc: Document): number {
  return new Readability(doc.cloneNode(true) as Document).parse()?.textContent?.length ?? 0;
}
