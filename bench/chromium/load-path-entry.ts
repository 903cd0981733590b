/**
 * What the Chromium bench evaluates in the page: the content script's load path (the same
 * modules, bundled with the content script's Vite settings). Readability is bundled the same way
 * from readability-entry.ts, so both are compiled and run the same way, each in a world of its own.
 */
import { readPageAtLoad } from '../../src/extract/page-load.js';
import { planPageClutter } from '../../src/extract/page-plan.js';

/** The content script's work at load when the site auto-cleans: read the page, then plan the hides. */
export function loadPath(doc: Document, url: string): number {
  const load = readPageAtLoad(doc, url);
  return planPageClutter(doc, load.context, { article: load.location }).length;
}
