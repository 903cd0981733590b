/**
 * The load path cut into cumulative parts for load-split.ts: each function runs the load path up
 * to a point, so the cost of a part is the difference between two of them, each measured cold in
 * a world of its own (no part warms the next).
 */
import { collectBlocks } from '../../src/extract/blocks.js';
import { readPageAtLoad } from '../../src/extract/page-load.js';
import { planPageClutter } from '../../src/extract/page-plan.js';

/** Metadata, the article's place on the page and the isArticle decision. */
export function readOnly(doc: Document, url: string): number {
  return readPageAtLoad(doc, url).paragraphs.length;
}

/** That, and the blocks with their features (the element stats walk included): everything before the rules. */
export function throughBlocks(doc: Document, url: string): number {
  const load = readPageAtLoad(doc, url);
  return collectBlocks(doc.body, load.location, load.context).length;
}

/** The whole load path (as load-path-entry.ts): the rules and the lift of widgets too. */
export function wholePath(doc: Document, url: string): number {
  const load = readPageAtLoad(doc, url);
  return planPageClutter(doc, load.context, { article: load.location }).length;
}
