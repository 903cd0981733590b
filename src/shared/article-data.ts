import type { ArticleData, HiddenReason } from '../core/types.js';

export type { ArticleData };

/** Why a block is hidden: a kind of clutter, or 'user' for a rule the reader saved ("Hidden by you"). */
export type HiddenKind = HiddenReason | 'user';

/** One block the content script hid, as the popup lists it. */
export interface HiddenItem {
  id: number;
  reason: HiddenKind;
  /** First words of the block, for the list. */
  text: string;
  restored: boolean;
  /** The saved selector that hid it, for "Forget this rule" (user rules only). */
  rule?: string;
}

export interface CleanState {
  cleaned: boolean;
  hidden: HiddenItem[];
  /** Matches of the reader's rules left visible because they hold article text. */
  sparedByRules?: number;
}

export interface PageReport extends CleanState {
  article: ArticleData;
}
