import type { HiddenReason } from '../core/types.js';

/** What extraction gives the popup and the CLI: plain data, no DOM. */
export interface ArticleData {
  url: string;
  isArticle: boolean;
  articleReason: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** The article as the reader gets it: headline excluded, paragraphs separated by blank lines. */
  text: string;
  readingMinutes: number;
}

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
