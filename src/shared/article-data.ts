import type { ArticleDraft } from '../core/declutter/article-text.js';
import type { ArticleData, HiddenReason } from '../core/types.js';

export type { ArticleData };

/** Why a block is hidden: a kind of clutter, or 'user' for a rule the reader saved ("Hidden by you"). */
export type HiddenKind = HiddenReason | 'user';

/** One block the content script hid, as the popup lists it. */
export interface HiddenItem {
  id: number;
  reason: HiddenKind;
  /** The id of the cleaner's rule that hid it, for "why was this hidden?" (core/declutter/block-rules.ts; 'user-rule' for the reader's own). */
  ruleId: string;
  /** A kind a reader may like to keep (author bio, tags, breadcrumb, print tools): listed as secondary. */
  secondary: boolean;
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

/**
 * What the tab sends the popup (content/on-demand/popup-read.ts on a first read, content.js's
 * getPageReport otherwise): the clean state and the article as a draft, which the popup finishes
 * itself (core/declutter/article-text.ts), where the chunk cleaner is compiled and warm while it
 * waits for the tab, and which keeps it out of the tab's scripts.
 */
export interface DraftReport extends CleanState {
  draft: ArticleDraft;
  /**
   * When the tab began and finished reading (performance.timeOrigin + now(), ms since the epoch,
   * comparable across processes): the popup marks them among its steps (popup/timings.ts), so the
   * bench can tell the tab's own time from the time its answer waited on the way back.
   */
  readTimes?: { started: number; done: number };
}
