/**
 * A snapshot of one page block as plain data, so the scoring is pure and table-testable
 * (Readability keeps its scores on DOM nodes, which makes its weights untestable).
 * src/extract/blocks.ts fills these from the DOM; nothing else does.
 */
export interface BlockFeatures {
  tag: string;
  /** id + class names + role + aria-label, lower-cased, space separated. */
  attrs: string;
  /** The block's label: its first heading, else its aria-label, else its first short line. */
  heading: string;
  /** Whitespace-folded leading text, capped (a few hundred characters is enough to judge). */
  text: string;
  textLength: number;
  /** Share of the text that sits inside links, 0..1. */
  linkDensity: number;
  linkCount: number;
  /** Links to a place on the same page ("#section"): a table of contents, not other stories. */
  inPageLinks: number;
  /** Is the block inside the article's container on the live page? */
  insideArticle: boolean;
  /** Does the block contain the article container (a page wrapper: never hide it)? */
  containsArticle: boolean;
  /** Headings (h1-h6) inside the block: a block with several is a column, not one widget. */
  headingCount: number;
  /** Article paragraphs (what extraction kept as the article) inside the block. */
  articleParagraphs: number;
  /** Bylines, captions, pull quotes, editor's notes, contributor lines inside the block. */
  keepers: number;
  listItems: number;
  /** Buttons and button-like controls. */
  buttons: number;
  hasEmailInput: boolean;
  /** A password field: a login form, not a sign-up box. */
  hasPassword: boolean;
  /** The block's whole text is a copy of the headline (with or without the site name). */
  isTitleCopy: boolean;
  /** The block is, or contains, the page's main headline. */
  hasMainTitle: boolean;
  /** Comes after the last article paragraph in document order. */
  afterArticle: boolean;
  /** A heading whose next sibling is a list of links (an unwrapped "Related" widget). */
  nextIsLinkList: boolean;
  /** Links whose text reads like a headline (teasers for other stories). */
  headlineLinks: number;
  /** Share controls: links to share/intent URLs or mailto:?subject=, controls labelled "Share". */
  shareLinks: number;
  /** Images, videos and frames inside (an empty ad slot still shows its frame). */
  media: number;
  /** The block is or holds a numbered list (<ol>): a ranking. */
  ordered: boolean;
  hasForm: boolean;
  /** A <time> element inside: a dateline (or a teaser's date). */
  hasTime: boolean;
  /** An h1 inside: the page's headline, or the masthead's logo. */
  hasH1: boolean;
  /** Comes before the first article paragraph in document order. */
  beforeArticle: boolean;
  /** Links to social network profiles ("follow us"). */
  socialLinks: number;
  /** A text area: a comment form. */
  hasTextarea: boolean;
  /** Headings that label something rather than link a teaser: a block with several is several widgets. */
  labelHeadings: number;
  /** Frames of ad networks, or empty frames a script fills. */
  adFrames: number;
  /** An empty box whose inline style keeps room (min-height and min-width in px) for what a script fills: an ad slot. */
  reservedSlot: boolean;
  /** A teaser list's first line when it is short and not a link (a label that is not a heading); else empty. */
  leadLabel: string;
  /** Links and buttons to the comments ("12 comments", an icon linking to #comments, "Go to comments"). */
  commentLinks: number;
  /** Links that are only a picture and open another site in a new window: banners (a poster, a partner's logo). */
  bannerLinks: number;
  /** The page's headline was found (then an h1 elsewhere is a widget's heading, not the headline). */
  titleKnown: boolean;
  /** Sibling elements right before and after that are "Label: <one link>" lines too (a box of link lines). */
  linkLineSiblings: number;
  /** Teaser cards in the run of sibling cards this block belongs to, itself included (0 when it is not a card). */
  cardRun: number;
}

export interface DeclutterContext {
  title: string | null;
  siteName: string | null;
}

/** Defaults for tests and for callers that know little about a block. */
export function blockFeatures(partial: Partial<BlockFeatures>): BlockFeatures {
  const text = partial.text ?? '';
  return {
    tag: 'div', attrs: '', heading: '', text, textLength: text.length, linkDensity: 0, linkCount: 0, inPageLinks: 0,
    insideArticle: false, containsArticle: false, headingCount: 0, articleParagraphs: 0, keepers: 0,
    listItems: 0, buttons: 0, hasEmailInput: false, hasPassword: false, isTitleCopy: false, hasMainTitle: false, afterArticle: false, nextIsLinkList: false,
    headlineLinks: 0, shareLinks: 0, media: 0, ordered: false, hasForm: false, hasTime: false, hasH1: false, beforeArticle: false,
    socialLinks: 0, hasTextarea: false, labelHeadings: 0, adFrames: 0, reservedSlot: false, leadLabel: '', commentLinks: 0, titleKnown: false, bannerLinks: 0, linkLineSiblings: 0, cardRun: 0,
    ...partial,
  };
}
