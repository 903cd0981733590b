import type { HiddenReason } from '../types.js';
import type { BlockFeatures } from './block-features.js';
import { reasonForBlock } from './block-reason.js';

export interface HideDecision {
  index: number;
  reason: HiddenReason;
}

/**
 * Which blocks to hide, by index into `blocks`. The caller dedups nested picks (it knows the
 * tree); this stays a pure map over plain data so its weights are table-testable.
 */
export function planDeclutter(blocks: readonly BlockFeatures[]): HideDecision[] {
  const out: HideDecision[] = [];
  blocks.forEach((block, index) => {
    const reason = reasonForBlock(block);
    if (reason) out.push({ index, reason });
  });
  return out;
}
