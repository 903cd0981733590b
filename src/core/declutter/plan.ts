import type { HiddenReason } from '../types.js';
import type { BlockFeatures } from './block-features.js';
import { judgeBlock } from './block-reason.js';

export interface HideDecision {
  index: number;
  reason: HiddenReason;
  /** The rule that decided (block-rules.ts). */
  rule: string;
}

/**
 * Which blocks to hide, by index into `blocks`. The caller dedups nested picks (it knows the
 * tree); this stays a pure map over plain data so its weights are table-testable.
 */
export function planDeclutter(blocks: readonly BlockFeatures[]): HideDecision[] {
  const out: HideDecision[] = [];
  blocks.forEach((block, index) => {
    const verdict = judgeBlock(block);
    if (verdict) out.push({ index, ...verdict });
  });
  return out;
}
