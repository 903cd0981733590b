import type { HiddenReason } from '../types.js';
import type { BlockFeatures, DeclutterContext } from './block-features.js';

/** First cut: heading phrases only. Replaced by structural scoring (issue 4). */
const HEADING_REASONS: Array<[RegExp, HiddenReason]> = [
  [/^(help us improve|was this (article|page) helpful)/i, 'feedback'],
  [/^(trending|most (read|popular|viewed))/i, 'trending'],
  [/^(related( articles| stories)?|read next|more from|recommended)/i, 'related'],
  [/^(sign up|subscribe to our newsletter|newsletter)/i, 'newsletter'],
];

export interface HideDecision {
  index: number;
  reason: HiddenReason;
}

export function planDeclutter(blocks: readonly BlockFeatures[], _context: DeclutterContext): HideDecision[] {
  const out: HideDecision[] = [];
  blocks.forEach((block, index) => {
    if (block.containsArticle) return;
    const label = block.heading || block.text;
    const hit = HEADING_REASONS.find(([re]) => re.test(label.trim()));
    if (hit) out.push({ index, reason: hit[1] });
  });
  return out;
}
