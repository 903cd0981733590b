/**
 * The data contract shared by the core, the extension UI and the CLI.
 * Field names follow ../shared/ANALYSIS.md: tools outside the project read them, so keep them.
 * All `start`/`end` offsets are UTF-16 offsets into the article `text`, end exclusive.
 */

export interface SummarySentence {
  text: string;
  start: number;
  end: number;
}

export interface Quote {
  /** The quoted words, without the quote marks. */
  text: string;
  speaker: string | null;
  speakerRole: string | null;
  /** A one- or two-word scare quote ("armada"), not a statement. */
  fragment: boolean;
  /** One of the quotes the popup leads with. */
  key: boolean;
  start: number;
  end: number;
  /**
   * The sentence around a partial quote (words quoted inside somebody's sentence), for showing
   * the quote where it reads as a statement; null when the quote is a statement of its own.
   */
  sentence?: SummarySentence | null;
}

export type PartyKind = 'person' | 'organization' | 'place';

export interface Party {
  name: string;
  kind: PartyKind;
  role: string | null;
  aliases: string[];
  mentions: Array<[number, number]>;
}

/** What the NLP half of the core returns for an article text. */
export interface TextAnalysis {
  summary: SummarySentence[];
  quotes: Quote[];
  parties: Party[];
}

export interface AnalyzeTextOptions {
  /** Summary length; the popup offers 3 to 5. */
  sentences?: number;
  /** The headline, used to score sentences (never part of `text`). */
  title?: string | null;
  /** The byline: its authors write the story and are not parties to it. */
  byline?: string | null;
  /** The outlet's name: an organisation, never a person. */
  siteName?: string | null;
}

/** Reasons a block may be hidden: a small documented set (see README). */
export type HiddenReason =
  | 'feedback'
  | 'trending'
  | 'related'
  | 'newsletter'
  | 'share'
  | 'ad'
  | 'comments'
  | 'duplicate-title'
  | 'promo'
  | 'cookie'
  | 'audio'
  | 'social'
  | 'video'
  | 'author-bio'
  | 'tags'
  | 'breadcrumb'
  | 'print-email';

/** Kinds a reader may like to keep: hidden only outside the article body, and marked so in the hidden list. */
export const SECONDARY_REASONS: ReadonlySet<HiddenReason> = new Set<HiddenReason>(['author-bio', 'tags', 'breadcrumb', 'print-email']);

export interface HiddenBlock {
  reason: HiddenReason;
  /** The id of the rule that hid it (core/declutter/block-rules.ts, or a plan step such as 'widget-shell'). */
  rule: string;
  /** First 200 characters of the hidden block's text. */
  text: string;
}

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
  /** Present only when the page was too large to read whole: the analysis covers its beginning. */
  truncated?: PageTruncation;
}

/**
 * A page over a work cap was read up to the cap, never hung on: which cap, and how much was read.
 * The CLI prints it (JSON field `truncated`), the popup says so.
 */
export interface PageTruncation {
  /** `markup`: the HTML source was too long to parse whole; `elements`, `text`: the page's own size. */
  limit: 'markup' | 'elements' | 'text';
  /** Elements and text characters of the page that were read. */
  elementsRead: number;
  charactersRead: number;
}
