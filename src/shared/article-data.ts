import type { ArticleData, HiddenReason } from '../core/types.js';

export type { ArticleData };

/** One block the content script hid, as the popup lists it. */
export interface HiddenItem {
  id: number;
  reason: HiddenReason;
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
