/**
 * Which blocks of a page to hide, and why: DOM in, decisions out. Both the content script (which
 * applies them to the live page) and the CLI/bench (which compute `visibleText` on linkedom) call
 * this, so what the benchmark measures is what the reader gets.
 */
import type { DeclutterContext } from '../core/declutter/block-features.js';
import { planDeclutter } from '../core/declutter/plan.js';
import type { HiddenReason } from '../core/types.js';
import { collectBlocks } from './blocks.js';

export interface ClutterDecision {
  element: Element;
  reason: HiddenReason;
}

export function planPageClutter(doc: Document, context: DeclutterContext): ClutterDecision[] {
  if (!doc.body) return [];
  const blocks = collectBlocks(doc.body, null);
  const out: ClutterDecision[] = [];
  for (const decision of planDeclutter(blocks.map((b) => b.features), context)) {
    const block = blocks[decision.index];
    if (block && !out.some((d) => d.element.contains(block.element))) out.push({ element: block.element, reason: decision.reason });
  }
  return out;
}
