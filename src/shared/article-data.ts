import type { ArticleData, HiddenReason } from '../core/types.js';

export type { ArticleData };

/** One block the content script hid, as the popup lists it. */
export interface HiddenItem {
  id: number;
  reason: HiddenReason;
  /** The id of the rule that hid it, for "why was this hidden?" (core/declutter/block-rules.ts). */
  rule: string;
  /** A kind a reader may like to keep (author bio, tags, breadcrumb, print tools): listed as secondary. */
  secondary: boolean;
  /** First words of the block, for the list. */
  text: string;
  restored: boolean;
}

export interface CleanState {
  cleaned: boolean;
  hidden: HiddenItem[];
}

export interface PageReport extends CleanState {
  article: ArticleData;
}
